"""Merge fields: the one place that declares which ``{placeholders}`` scripts may use.

An unknown field in a script is a validation error; a known field with no value
is shown as a visible gap (never as a raw ``{placeholder}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

#: name -> what it is (shown to trainers in ``canvass check`` hints and the README).
MERGE_FIELDS: dict[str, str] = {
    "virksomhed": "the company's name",
    "kontaktperson": "the contact person's full name",
    "kontaktperson_fornavn": "the contact person's first name",
    "kontaktperson_rolle": "the contact person's role",
    "konsulent": "the consultant's full name",
    "konsulent_fornavn": "the consultant's first name",
    "konsulent_telefon": "the consultant's direct phone number",
    "organisation": "the employment service's name (e.g. 'Jobcenter Vejle')",
    "branche": "the company's industry (the official DB07/DB25 label)",
    "fag": "the company's trade as said aloud ('metalbranchen'), from scripts/fag.yaml",
    "by": "the company's city",
    "ansatte": "the number of employees",
    "moede_dato": "the agreed meeting's date ('14. december')",
    "moede_ugedag": "the agreed meeting's weekday ('tirsdag')",
    "moede_tid": "the agreed meeting's time ('kl. 10')",
    "moede_sted": "where the meeting is ('hos jer på Vestergade 4')",
}

_FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class FieldUse:
    """One ``{name}`` found in a text, with its character offset."""

    name: str
    offset: int


def find_fields(text: str) -> Iterator[FieldUse]:
    """Yield every ``{name}`` in ``text`` (known or not), in order."""
    for match in _FIELD.finditer(text):
        yield FieldUse(match.group(1).strip(), match.start())


def unknown_fields(text: str) -> list[FieldUse]:
    """The ``{name}`` uses in ``text`` that are not declared merge fields."""
    return [use for use in find_fields(text) if use.name not in MERGE_FIELDS]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of filled-in text: literal text, or a merge field with or without a value."""

    text: str
    field: str | None = None
    missing: bool = False


def fill(text: str, values: Mapping[str, str | None]) -> list[Segment]:
    """Split ``text`` into segments with merge fields filled from ``values``.

    A field with no (or an empty) value becomes a ``missing`` segment whose text
    is the field name, so the UI can show it as a gap to fill in.
    """
    segments: list[Segment] = []
    pos = 0
    for match in _FIELD.finditer(text):
        if match.start() > pos:
            segments.append(Segment(text[pos : match.start()]))
        name = match.group(1).strip()
        value = values.get(name)
        if value:
            segments.append(Segment(value, field=name))
        else:
            segments.append(Segment(name, field=name, missing=True))
        pos = match.end()
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def fill_plain(text: str, values: Mapping[str, str | None], gap: str = "[{name}]") -> str:
    """Fill ``text`` as a plain string; missing values become ``gap`` (e.g. ``[kontaktperson]``)."""
    return "".join(gap.format(name=s.text) if s.missing else s.text for s in fill(text, values))
