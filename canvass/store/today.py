"""Today's commitments of one consultant: callbacks due (or overdue) and meetings today.

Read by the morning panel above the call list and by the reminders (every 30 s). "Today"
is a Copenhagen day; a callback counts as due when its time has come (``due_at <= now``)
and as "later today" until midnight — the same rule as the call list's ``overdue`` and
``due`` groups (:mod:`canvass.store.call_lists`).

A consultant of a department may have thousands of overdue callbacks. The day keeps
what the panel shows and the reminders need — the counts, the first :data:`NAMED`
companies of each group, the ids of the callbacks due (plain numbers) and the details of
those not seen before — not an object per callback: thousands of them, read again every
30 s, made each full garbage collection of the session walk them.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlalchemy import func
from sqlmodel import Session, col

from canvass.domain.when import copenhagen_day
from canvass.store.models import Call, Callback, Company, Meeting, MeetingStatus

#: Companies named per group (overdue, later today): more than one line of the panel
#: shows at the widest terminal.
NAMED = 24
#: Callbacks come due since the last look, given in full at most (the reminders).
FRESH = 20


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
    """What the consultant has promised for today, and when the day's first call began.

    Companies are counted once, by their earliest open callback, as the list does."""

    now: datetime
    overdue: tuple[DueCallback, ...]  # the first NAMED companies whose time has come
    later_today: tuple[DueCallback, ...]  # the first NAMED to call later today
    overdue_count: int  # companies
    later_count: int
    due_ids: frozenset[int]  # every callback whose time has come
    fresh: tuple[DueCallback, ...]  # due, and not among the ids known at the last look
    meetings: tuple[TodaysMeeting, ...]  # soonest first
    first_call_at: datetime | None

    @classmethod
    def of(
        cls,
        now: datetime,
        callbacks: Iterable[tuple[int, int, str, datetime]],
        meetings: tuple[TodaysMeeting, ...] = (),
        first_call_at: datetime | None = None,
        known: Set[int] | None = None,
    ) -> Today:
        """The day from the callbacks due by midnight (id, company, name, due), earliest
        first; ``known``: the due ids of the last look (None: the first look, nothing
        is fresh)."""
        seen: set[int] = set()
        groups: tuple[list[DueCallback], list[DueCallback]] = ([], [])
        counts = [0, 0]
        due_ids: set[int] = set()
        fresh: list[DueCallback] = []
        for callback_id, company_id, name, due_at in callbacks:
            due = due_at <= now
            if due:
                due_ids.add(callback_id)
                if known is not None and callback_id not in known and len(fresh) < FRESH:
                    fresh.append(DueCallback(callback_id, company_id, name, due_at))
            if company_id in seen:
                continue
            seen.add(company_id)
            group = 0 if due else 1
            counts[group] += 1
            if len(groups[group]) < NAMED:
                groups[group].append(DueCallback(callback_id, company_id, name, due_at))
        return cls(
            now=now,
            overdue=tuple(groups[0]),
            later_today=tuple(groups[1]),
            overdue_count=counts[0],
            later_count=counts[1],
            due_ids=frozenset(due_ids),
            fresh=tuple(fresh),
            meetings=meetings,
            first_call_at=first_call_at,
        )


def today(
    session: Session, consultant_id: int, now: datetime, known: Set[int] | None = None
) -> Today:
    """The consultant's callbacks due by midnight, meetings today and first call today;
    ``known``: the ids of the callbacks due at the last look (see :meth:`Today.of`)."""
    start, end = copenhagen_day(now)
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
    # Read last and row by row: a department's thousands of callbacks are never a list.
    callbacks = session.exec(
        sqlmodel.select(Callback.id, Callback.company_id, Company.name, Callback.due_at)
        .join(Company, col(Company.id) == Callback.company_id)
        .where(
            Callback.consultant_id == consultant_id,
            col(Callback.done_at).is_(None),
            col(Callback.due_at) < end,
        )
        .order_by(col(Callback.due_at), col(Callback.id))
    )
    return Today.of(
        now,
        ((int(row[0] or 0), row[1], row[2], row[3]) for row in callbacks),  # ids are set
        tuple(TodaysMeeting(*row) for row in meetings),
        first_call,
        known,
    )
