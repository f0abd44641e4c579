"""The string catalogue: every text a user sees, in Danish (default) and English.

Each area keeps its strings in a module of this package (``ui``, ``cli``,
``check``, ...), merged here into one catalogue. Look texts up with :func:`t`.
Plain Python: no Textual.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any, Final

from canvass.i18n import (
    call_screen,
    check,
    cli,
    commitments,
    dashboard,
    db,
    domain,
    editor,
    feedback,
    files,
    followup,
    gdpr,
    goal,
    history,
    hub,
    list_admin,
    lists,
    me,
    objection_bank,
    observe,
    publish,
    report,
    review,
    review_screen,
    stats,
    store,
    store_faults,
    team,
    teams,
    transfer,
    ui,
    wrapup_dialog,
)

LANGUAGES: Final = ("da", "en")

#: key -> {"da": ..., "en": ...}
CATALOGUE: dict[str, Mapping[str, str]] = {}
for _section in (
    ui.STRINGS,
    cli.STRINGS,
    check.STRINGS,
    store.STRINGS,
    store_faults.STRINGS,
    domain.STRINGS,
    files.STRINGS,
    call_screen.STRINGS,
    objection_bank.STRINGS,
    publish.STRINGS,
    wrapup_dialog.STRINGS,
    followup.STRINGS,
    transfer.STRINGS,
    lists.STRINGS,
    history.STRINGS,
    me.STRINGS,
    commitments.STRINGS,
    list_admin.STRINGS,
    gdpr.STRINGS,
    db.STRINGS,
    feedback.STRINGS,
    hub.STRINGS,
    observe.STRINGS,
    review.STRINGS,
    review_screen.STRINGS,
    goal.STRINGS,
    stats.STRINGS,
    report.STRINGS,
    dashboard.STRINGS,
    team.STRINGS,
    teams.STRINGS,
    editor.STRINGS,
):
    _clash = CATALOGUE.keys() & _section.keys()
    if _clash:  # pragma: no cover - caught by tests/unit/test_i18n.py
        raise RuntimeError(f"catalogue keys defined twice: {sorted(_clash)}")
    CATALOGUE.update(_section)

_language = "da"


class _PluralFormatter(string.Formatter):
    """``str.format`` plus plurals: ``{count:møde|møder}`` is "møde" for 1, else "møder".

    So a catalogue text writes ``"{meetings} {meetings:møde|møder}"`` and reads "1 møde",
    "2 møder"; every other format spec works as in ``str.format``.
    """

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            try:
                return one if int(value) == 1 else many
            except (TypeError, ValueError):
                return many
        return str(super().format_field(value, format_spec))


_FORMATTER = _PluralFormatter()


def set_language(language: str) -> None:
    """Choose the language of :func:`t`; unknown languages raise ``ValueError``."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language


def language() -> str:
    """The language in use."""
    return _language


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` in the current language, with ``{name}`` values filled in.

    A missing key returns the key itself, so a slip shows on screen instead of crashing.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry.get(_language) or entry["da"]
    return _FORMATTER.format(text, **values) if values else text
