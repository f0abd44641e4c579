"""Callbacks as commitments: who owns one, what settles it, and who is on a company now.

A callback belongs to one consultant. Only a *reached* call by that consultant on the
company settles it (those due by the end of the call's Copenhagen day: overdue or due
today), recording the settling call; a not-reached call by the owner counts an attempt
and leaves it open and due. A colleague's callbacks are never touched by a call; by
hand they can be marked done or reassigned (:mod:`canvass.store.followup`).

Functions take an open :class:`Session`; the services (:mod:`canvass.services`) call them.
Plain Python: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import Session, SQLModel

from canvass.domain.when import copenhagen_day
from canvass.store import models  # noqa: F401  (defines the tables read below)

_T = SQLModel.metadata.tables
_CALLBACK, _CONSULTANT = _T["callback"], _T["consultant"]


@dataclass(frozen=True)
class ColleagueCallback:
    """An open callback a colleague promised the company (shown on the company card)."""

    initials: str
    due_at: datetime
    reason: str


def settle_callbacks(
    session: Session,
    *,
    call_id: int,
    company_id: int,
    consultant_id: int,
    reached: bool,
    at: datetime,
) -> int:
    """After a call ends at ``at``: settle (reached) or count an attempt on (not reached)
    the caller's own open callbacks on the company due by the end of that day.

    Callbacks made by this very call, due later, or owned by a colleague stay as they
    are. Returns how many callbacks were changed.
    """
    cb = _CALLBACK.c
    query = update(_CALLBACK).where(
        cb.company_id == company_id,
        cb.consultant_id == consultant_id,
        cb.done_at.is_(None),
        cb.due_at < copenhagen_day(at)[1],
        cb.call_id.is_distinct_from(call_id),
    )
    if reached:
        query = query.values(done_at=at, settled_by_call_id=call_id)
    else:
        query = query.values(attempts=cb.attempts + 1, last_attempt_at=at)
    return int(session.execute(query).rowcount)  # type: ignore[attr-defined]


def colleague_callbacks(
    session: Session, company_id: int, consultant_id: int | None
) -> tuple[ColleagueCallback, ...]:
    """Open callbacks on the company owned by anyone but ``consultant_id``, earliest first."""
    cb = _CALLBACK.c
    query = (
        select(_CONSULTANT.c.initials, cb.due_at, cb.reason)
        .join(_CONSULTANT, _CONSULTANT.c.id == cb.consultant_id)
        .where(cb.company_id == company_id, cb.done_at.is_(None))
        .where(cb.consultant_id.is_distinct_from(consultant_id))
        .order_by(cb.due_at, cb.id)
    )
    return tuple(ColleagueCallback(*row) for row in session.execute(query).all())
