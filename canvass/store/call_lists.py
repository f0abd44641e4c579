"""Call lists (campaigns) and the prioritised order a consultant works them in.

The order, group by group:

1. ``overdue`` — an open callback whose time has passed (earliest first);
2. ``due`` — an open callback later today, Copenhagen time (earliest first);
3. ``key_account`` — key accounts (by name);
4. ``new_in_segment`` — never called, in one of the list script's target segments
   (by name; the caller passes the segment names in, the store reads no YAML);
5. ``rest`` — everyone else (by name).

Skipped (left out, but counted): companies marked do-not-call, reklamebeskyttet, with
a booked meeting ahead, or reached by a call in the last ``recent_days`` days (a call
nobody answered does not count) — in that order of precedence. A due or overdue
callback is never skipped for "called recently". A consultant may override
"reklamebeskyttet" (for good) and "called recently" (until the next reached call) with a
stated reason, stored in ``skip_override``.

The order is read from each company's derived call state and paged by keyset: see
:mod:`canvass.store.priority`. This module holds the lists and the values both share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel

from canvass.store.models import CallList, SkipOverride
from canvass.store.rows import CompanyRow

_T = SQLModel.metadata.tables
_MEMBER, _LIST = _T["call_list_member"], _T["call_list"]


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


# -- lists -----------------------------------------------------------------------------


def call_lists(session: Session) -> list[CallListInfo]:
    """Every named list with its member count, by name."""
    members = (
        select(func.count())
        .select_from(_MEMBER)
        .where(_MEMBER.c.list_id == _LIST.c.id)
        .scalar_subquery()
    )
    query = select(_LIST.c.id, _LIST.c.name, _LIST.c.script_id, members).order_by(_LIST.c.name)
    return [CallListInfo(*row) for row in session.execute(query).all()]


def create_call_list(session: Session, name: str, script_id: str | None = None) -> int:
    """Create a list; ``ValueError`` for an empty name (a taken name is an IntegrityError)."""
    clean = " ".join(name.split())
    if not clean or len(clean) > 120:
        raise ValueError(name)
    created = CallList(name=clean, script_id=script_id)
    session.add(created)
    session.flush()
    assert created.id is not None
    return created.id


def set_list_script(session: Session, list_id: int, script_id: str | None) -> None:
    """Choose the script calls from this list start with."""
    found = session.get(CallList, list_id)
    if found is None:
        raise LookupError(list_id)
    found.script_id = script_id
    session.add(found)


def override_skip(
    session: Session, company_id: int, consultant_id: int, kind: str, reason: str, at: datetime
) -> int:
    """Record why the consultant calls a company the list would skip; returns its id."""
    if SkipReason(kind) not in OVERRIDABLE:
        raise ValueError(kind)
    text = reason.strip()
    if not text:
        raise ValueError(reason)
    row = SkipOverride(
        company_id=company_id, consultant_id=consultant_id, kind=kind, reason=text, created_at=at
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id
