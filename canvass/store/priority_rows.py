"""The prioritised list's values: its groups, skip reasons, rows, counts and cursor.

Plain values with no SQLAlchemy, so that the call list can be drawn (e.g. at start,
before the data layer is loaded) from these alone. The rules are in
:mod:`canvass.store.call_lists` and :mod:`canvass.store.priority`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum

from canvass.store.rows import CompanyRow


class Priority(StrEnum):
    """The groups of the prioritised order, first to last."""

    OVERDUE = "overdue"
    DUE = "due"
    KEY_ACCOUNT = "key_account"
    NEW_IN_SEGMENT = "new_in_segment"
    REST = "rest"


class SkipReason(StrEnum):
    """Why a company is left out of the prioritised list, most serious first."""

    DO_NOT_CALL = "do_not_call"
    AD_PROTECTED = "ad_protected"
    MEETING = "meeting"
    RECENT = "recent"


#: Skip rules a consultant may override by giving a reason.
OVERRIDABLE: frozenset[SkipReason] = frozenset({SkipReason.AD_PROTECTED, SkipReason.RECENT})


@dataclass(frozen=True)
class CallListInfo:
    """A named call list and how many companies are on it."""

    id: int
    name: str
    script_id: str | None
    members: int


@dataclass(frozen=True, slots=True)
class PriorityRow(CompanyRow):
    """A company-list row with its place in the prioritised order."""

    priority: str = Priority.REST.value
    skip_reason: str | None = None
    claimed_by: str | None = None  # initials of another consultant on a call with it now
    last_reached_at: datetime | None = None  # the last call that reached someone


@dataclass(frozen=True)
class PriorityCounts:
    """How many companies a prioritised list shows, and how many it skips."""

    listed: int
    skipped: int


@dataclass(frozen=True)
class PageCursor:
    """Where a page ended: the last row's place in the order (opaque to the UI)."""

    skipped: bool
    rank: int  # index into Priority; -1 when ordered by name
    due: datetime | None  # the callback's due time, for the overdue and due groups
    sort_name: str
    id: int


@dataclass(frozen=True)
class PriorityQuery:
    """What a prioritised list is asked for (the same for a page and for the count)."""

    list_id: int | None
    search: str
    now: datetime
    consultant_id: int | None
    recent_days: int
    segments: tuple[str, ...] = ()
    include_skipped: bool = False
    by_name: bool = False  # alphabetical instead of prioritised (skipped ones in place)


_ROW_FIELDS = tuple(f.name for f in fields(CompanyRow))
#: Columns whose texts repeat from row to row (a list that has loaded 100,000 rows keeps
#: one string per distinct value instead of one per row: about 20 MB less).
_SHARED = ("industry", "city", "segment", "last_outcome")


def priority_row(
    details: tuple[object, ...], priority: str, skip: str | None, reached: datetime | None
) -> PriorityRow:
    """A row from the company-list detail columns followed by the initials of a colleague
    who holds a claim on it (:func:`canvass.store.companies.detail_columns`)."""
    values = dict(zip(_ROW_FIELDS, details[:-1], strict=True))
    for name in _SHARED:  # a few hundred distinct values across 100,000 rows: one copy each
        if isinstance(text := values[name], str):
            values[name] = sys.intern(text)
    claimed_by = details[-1]
    return PriorityRow(
        **values,  # type: ignore[arg-type]
        priority=sys.intern(priority),
        skip_reason=sys.intern(skip) if skip else None,
        claimed_by=claimed_by if isinstance(claimed_by, str) else None,
        last_reached_at=reached,
    )
