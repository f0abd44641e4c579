"""Texts of the company history, the search across all calls, today's calls and corrections."""

from __future__ import annotations

from collections.abc import Mapping

STRINGS: dict[str, Mapping[str, str]] = {
    # Export dialog: enter exports from any field.
    "lists.export.key.run.tip": {
        "da": "Skriv filen med de valgte møder eller opkald",
        "en": "Write the file with the chosen meetings or calls",
    },
    # Store errors.
    "history.error.no_call": {"da": "Opkald {id} findes ikke", "en": "Call {id} does not exist"},
    "history.error.not_yours_today": {
        "da": "Du kan kun rette dine egne opkald fra i dag",
        "en": "You can only correct your own calls from today",
    },
}
