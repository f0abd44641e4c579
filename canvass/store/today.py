"""Today's commitments of one consultant: callbacks due (or overdue) and meetings today.

Read by the morning panel above the call list and by the reminders (every 30 s). "Today"
is a Copenhagen day; a callback counts as due when its time has come (``due_at <= now``)
and as "later today" until midnight — the same rule as the call list's ``overdue`` and
``due`` groups (:mod:`canvass.store.call_lists`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlalchemy import func
from sqlmodel import Session, col

from canvass.domain.when import copenhagen_day
from canvass.store.models import Call, Callback, Company, Meeting, MeetingStatus


@dataclass(frozen=True)
class DueCallback:
    """An open callback of the consultant that is due today or overdue."""

    id: int
    company_id: int
    company_name: str
    due_at: datetime


@dataclass(frozen=True)
class TodaysMeeting:
    """A booked meeting of the consultant today."""

    id: int
    company_id: int
    company_name: str
    starts_at: datetime


@dataclass(frozen=True)
class Today:
    """What the consultant has promised for today, and when the day's first call began."""

    now: datetime
    callbacks: tuple[DueCallback, ...]  # earliest due first; every open one up to midnight
    meetings: tuple[TodaysMeeting, ...]  # soonest first
    first_call_at: datetime | None

    def _first_per_company(self) -> list[DueCallback]:
        seen: set[int] = set()
        first = []
        for callback in self.callbacks:
            if callback.company_id not in seen:
                seen.add(callback.company_id)
                first.append(callback)
        return first

    @property
    def overdue(self) -> list[DueCallback]:
        """Companies whose (earliest) callback's time has come, as the list counts them."""
        return [cb for cb in self._first_per_company() if cb.due_at <= self.now]

    @property
    def later_today(self) -> list[DueCallback]:
        """Companies to call back later today."""
        return [cb for cb in self._first_per_company() if cb.due_at > self.now]


def today(session: Session, consultant_id: int, now: datetime) -> Today:
    """The consultant's callbacks due by midnight, meetings today and first call today."""
    start, end = copenhagen_day(now)
    callbacks = session.exec(
        sqlmodel.select(Callback.id, Callback.company_id, Company.name, Callback.due_at)
        .join(Company, col(Company.id) == Callback.company_id)
        .where(
            Callback.consultant_id == consultant_id,
            col(Callback.done_at).is_(None),
            col(Callback.due_at) < end,
        )
        .order_by(col(Callback.due_at), col(Callback.id))
    ).all()
    meetings = session.exec(
        sqlmodel.select(Meeting.id, Meeting.company_id, Company.name, Meeting.starts_at)
        .join(Company, col(Company.id) == Meeting.company_id)
        .where(
            Meeting.consultant_id == consultant_id,
            Meeting.status == MeetingStatus.BOOKED.value,
            col(Meeting.starts_at) >= start,
            col(Meeting.starts_at) < end,
        )
        .order_by(col(Meeting.starts_at), col(Meeting.id))
    ).all()
    first_call = session.exec(
        sqlmodel.select(func.min(Call.started_at)).where(
            Call.consultant_id == consultant_id, col(Call.started_at) >= start
        )
    ).one()
    return Today(
        now=now,
        callbacks=tuple(DueCallback(*row) for row in callbacks),
        meetings=tuple(TodaysMeeting(*row) for row in meetings),
        first_call_at=first_call,
    )
