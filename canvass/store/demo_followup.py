"""The demo's follow-up: meetings, callbacks and job orders made by the demo calls.

Part of the demo builder (:mod:`canvass.store.demo`), kept apart so each module stays
small; the same random source drives both, in a fixed order.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from canvass.domain.outcomes import Outcome
from canvass.store import demo_data as d
from canvass.store.models import (
    Call,
    Callback,
    Company,
    JobOrder,
    JobOrderStatus,
    LocationKind,
    Meeting,
    MeetingStatus,
)

LOCAL = ZoneInfo("Europe/Copenhagen")


def local_time(day: date, hour: int, minute: int = 0) -> datetime:
    """A Copenhagen wall-clock time on ``day`` as aware UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=LOCAL).astimezone(UTC)


def workday(day: date, step: int) -> date:
    """Move to the nearest weekday in the direction of ``step`` (±1) if ``day`` is a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=step)
    return day


class FollowupBuilder:
    """The follow-up part of the demo builder (which sets the attributes below)."""

    s: Session
    today: date
    rng: random.Random

    def slot(self, after: date, min_days: int, max_days: int) -> datetime:
        day = workday(after + timedelta(days=self.rng.randint(min_days, max_days)), 1)
        return local_time(day, self.rng.randint(9, 14), self.rng.choice((0, 30)))

    def meetings(self, calls: list[tuple[Call, Outcome]], companies: dict[int, Company]) -> int:
        rng, cutoff = self.rng, local_time(self.today, 0)
        count = 0
        for call, outcome in calls:
            if outcome is not Outcome.MEETING:
                continue
            called = call.started_at.astimezone(LOCAL).date()
            # Recent bookings lie ahead, so the calendar always has upcoming visits.
            recent = (self.today - called).days <= 14
            starts = self.slot(self.today, 1, 12) if recent else self.slot(called, 2, 15)
            if starts >= cutoff:
                status = MeetingStatus.BOOKED
            else:
                status = MeetingStatus.HELD if rng.random() < 0.85 else MeetingStatus.CANCELLED
            company = companies[call.company_id]
            kind = rng.choices(list(LocationKind), (8, 1, 1))[0]
            self.s.add(
                Meeting(
                    call_id=call.id,
                    company_id=call.company_id,
                    consultant_id=call.consultant_id,
                    starts_at=starts,
                    duration_min=rng.choice((30, 45, 60)),
                    location_kind=kind.value,
                    location=f"{company.address}, {company.zip} {company.city}"
                    if kind is LocationKind.COMPANY
                    else "",
                    purpose="Afdække rekrutteringsbehov og præsentere jobcentrets tilbud",
                    status=status.value,
                    result_note="Aftalt jobordre på to stillinger"
                    if status is MeetingStatus.HELD and rng.random() < 0.3
                    else "",
                    created_at=call.ended_at or call.started_at,
                )
            )
            count += 1
        return count

    def callbacks(self, calls: list[tuple[Call, Outcome]]) -> int:
        rng, cutoff = self.rng, local_time(self.today, 0)
        wanted = [(c, o) for c, o in calls if o in (Outcome.CALLBACK, Outcome.SEND_MATERIAL)]
        # The three latest callback promises fall due today; older ones may be overdue.
        today_ids = {id(c) for c in [c for c, o in wanted if o is Outcome.CALLBACK][-3:]}
        for index, (call, outcome) in enumerate(wanted):
            called = call.started_at.astimezone(LOCAL).date()
            if id(call) in today_ids:
                due = local_time(self.today, 10 + index % 4)
            elif outcome is Outcome.SEND_MATERIAL:
                due = self.slot(called, 5, 10)
            else:
                due = self.slot(called, 1, 21)
            done = due < cutoff and rng.random() < 0.6
            reason = (
                d.CALLBACK_REASONS[3]
                if outcome is Outcome.SEND_MATERIAL
                else rng.choice(d.CALLBACK_REASONS)
            )
            self.s.add(
                Callback(
                    company_id=call.company_id,
                    consultant_id=call.consultant_id,
                    call_id=call.id,
                    due_at=due,
                    reason=reason,
                    done_at=due + timedelta(hours=1) if done else None,
                    created_at=call.ended_at or call.started_at,
                )
            )
        return len(wanted)

    def job_orders(self, calls: list[tuple[Call, Outcome]], trades: dict[int, d.Trade]) -> int:
        rng = self.rng
        sources = [c for c, o in calls if o is Outcome.JOB_ORDER]
        sources += rng.sample([c for c, o in calls if o is Outcome.MEETING], 3)
        for call in sources:
            trade = trades[call.company_id]
            created = call.ended_at or call.started_at
            age = (self.today - created.astimezone(LOCAL).date()).days
            status = (
                rng.choice(
                    (
                        JobOrderStatus.FILLED,
                        JobOrderStatus.EXPIRED,
                        JobOrderStatus.ENOUGH_CANDIDATES,
                    )
                )
                if age > 30
                else rng.choice(
                    (JobOrderStatus.OPEN, JobOrderStatus.OPEN, JobOrderStatus.ENOUGH_CANDIDATES)
                )
            )
            created_day = created.astimezone(LOCAL).date()
            self.s.add(
                JobOrder(
                    company_id=call.company_id,
                    call_id=call.id,
                    consultant_id=call.consultant_id,
                    title=rng.choice(trade.jobs),
                    positions=rng.choice((1, 1, 2, 3)),
                    description="Virksomheden søger en stabil medarbejder til et travlt team.",
                    hours_per_week=rng.choice((37.0, 37.0, 30.0, 25.0)),
                    start_date=created_day + timedelta(days=rng.randint(14, 45)),
                    deadline=created_day + timedelta(days=rng.randint(7, 21)),
                    requirements="Kørekort B.",
                    nice_to_have="Erfaring fra branchen.",
                    salary="Efter overenskomst",
                    # no rng here: the demo's later random draws stay as they were
                    employment="temporary" if (call.id or 0) % 4 == 0 else "permanent",
                    how_to_apply="Send en kort ansøgning på mail til kontaktpersonen.",
                    sharing="jobnet" if (call.id or 0) % 3 else "colleagues",
                    status=status.value,
                    created_at=created,
                    updated_at=created,
                )
            )
        return len(sources)
