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

from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel

from canvass.store.models import CallList, SkipOverride
from canvass.store.priority_rows import (
    OVERRIDABLE,
    CallListInfo,
    PageCursor,
    Priority,
    PriorityCounts,
    PriorityQuery,
    PriorityRow,
    SkipReason,
)

__all__ = [  # the list's values live in priority_rows; imported from here too
    "OVERRIDABLE",
    "CallListInfo",
    "PageCursor",
    "Priority",
    "PriorityCounts",
    "PriorityQuery",
    "PriorityRow",
    "SkipReason",
]

_T = SQLModel.metadata.tables
_MEMBER, _LIST = _T["call_list_member"], _T["call_list"]


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
