"""The statistics' aggregate queries (issue 12): each one or two SQL statements that count
in the database, on SQLite and PostgreSQL alike — never a Python loop over the calls.

Which calls count: the *finished* calls (those with an outcome, as the top bar counts them)
that started in the scope's period (UTC moments, from Copenhagen days), all consultants' or
one consultant's. The figures:

- *reached*: the outcome's ``reached``; *meeting*: outcome ``meeting``; *job order*: outcome
  ``job_order``; *goal*: ``call.goal`` set (not null, not blank).
- *BALA level* of a call: its ``bala_reached`` events minus its ``bala_undone`` events (the
  call screen only ever reaches the next step and undoes the last one, so the difference is
  the number of steps standing when the call ended: 1 = B, 2 = B A, 3 = B A L, 4 = B A L A).
- *last phase*: ``call.current_phase``, which every ``phase_entered`` event sets in the same
  write (:func:`canvass.store.calls.record_event`): the phase the call was in when it ended.
- *beyond the opening*: a ``phase_entered`` event of any phase but ``aabning``.
- *reviewed*: a shared review of the call (by the buddy or a trainer).

Every figure per call is kept in ``call_fact`` (:mod:`canvass.store.fact_models`, one
row per finished call, kept right by the writes themselves), and summed per Copenhagen
day, consultant, script version and segment in ``call_tally``
(:mod:`canvass.store.tally_models`, kept by triggers). A scope of whole Copenhagen days —
every :class:`canvass.domain.stats.Period` — reads the tallies (some ten thousand rows a
year, not a million); any other scope one pass over a covering index of the facts: no
join of a million calls to their outcomes, companies and events, no sort per grouping.
The queries of the events' statistics are in :mod:`canvass.store.stats_events`. Returned
rows carry plain counts; the service turns them into rates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from canvass.domain.outcomes import Outcome
from canvass.domain.sparring import ReviewStatus
from canvass.domain.stats import By, iso_week
from canvass.domain.when import COPENHAGEN
from canvass.store.fact_models import CallFact
from canvass.store.models import Consultant
from canvass.store.sparring_models import Review, SparringCommitment
from canvass.store.tally_models import CallTally


@dataclass(frozen=True)
class Scope:
    """Which calls: started in [start, end) (None: unbounded), by one consultant or all,
    and (``team``) only by the consultants in the team of that name."""

    start: datetime | None = None
    end: datetime | None = None
    consultant_id: int | None = None
    team: str | None = None


@dataclass(frozen=True)
class CallCounts:
    """One overview row's counts; ``key`` as grouped (see :func:`overview`)."""

    key: tuple[Any, ...]
    calls: int
    reached: int
    meetings: int
    job_orders: int
    goals: int


@dataclass(frozen=True)
class PairCounts:
    """Reviews between two people (ids in order): shared and still drafts."""

    first_id: int
    second_id: int
    shared: int
    drafts: int


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet ``condition`` (0, not null, over none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


#: A period longer than this reads the calls in table order instead of through the
#: ``started_at`` index: over most of a big table the index's random reads cost seconds
#: where one pass costs a fraction (measured by benchmarks/bench_stats.py on SQLite).
LONG_PERIOD = timedelta(days=92)


def is_long(scope: Scope) -> bool:
    """Whether the scope's period is unbounded or longer than :data:`LONG_PERIOD`."""
    return scope.start is None or scope.end is None or scope.end - scope.start > LONG_PERIOD


def in_scope(scope: Scope, table: Any = CallFact) -> list[ColumnElement[bool]]:
    """The conditions on ``call_fact`` (or ``table``, with the same columns: the variant
    facts) for the scope's calls."""
    started: Any = col(table.started_at)
    if is_long(scope):
        started = func.coalesce(started, started)  # the same value, but no index range
    conditions: list[ColumnElement[bool]] = []
    if scope.start is not None:
        conditions.append(started >= scope.start)
    if scope.end is not None:
        conditions.append(started < scope.end)
    if scope.consultant_id is not None:
        conditions.append(col(table.consultant_id) == scope.consultant_id)
    if scope.team is not None:
        conditions.append(col(table.consultant_id).in_(team_members(scope.team)))
    return conditions


def _day_at(moment: datetime) -> str | None:
    """The Copenhagen day a moment begins (None: not a Copenhagen midnight)."""
    if moment.tzinfo is None:
        return None
    local = moment.astimezone(COPENHAGEN)
    return local.date().isoformat() if local.time() == time() else None


def tallied(scope: Scope, table: Any = CallTally) -> list[ColumnElement[bool]] | None:
    """The conditions on a tally table (with ``day`` and ``consultant_id``) for the scope's
    calls; None when the scope is not whole Copenhagen days (then read the facts)."""
    conditions: list[ColumnElement[bool]] = []
    for moment, after in ((scope.start, True), (scope.end, False)):
        if moment is None:
            continue
        day = _day_at(moment)
        if day is None:
            return None
        conditions.append(col(table.day) >= day if after else col(table.day) < day)
    if scope.consultant_id is not None:
        conditions.append(col(table.consultant_id) == scope.consultant_id)
    if scope.team is not None:
        conditions.append(col(table.consultant_id).in_(team_members(scope.team)))
    return conditions


def tally_sum(column: Any) -> ColumnElement[int]:
    """A tally's measure summed (0, not null, over none)."""
    return func.coalesce(func.sum(column), 0)


def team_members(team: str) -> Any:
    """The ids of the consultants in the team named ``team`` (a subquery)."""
    return select(col(Consultant.id)).where(col(Consultant.team) == team).scalar_subquery()


REACHED = col(CallFact.reached).is_(True)
MEETING = col(CallFact.outcome) == Outcome.MEETING.value
JOB_ORDER = col(CallFact.outcome) == Outcome.JOB_ORDER.value
GOAL = col(CallFact.goal).is_(True)


#: The column each grouping keys on (the tallies' week: their day, named as a week after).
_KEYS = {By.CONSULTANT: "consultant_id", By.SCRIPT: "script_id", By.SEGMENT: "segment"}


def _keys(by: By, table: Any = CallFact) -> list[Any]:
    name = _KEYS.get(by) or (("week" if table is CallFact else "day") if by is By.WEEK else None)
    return [col(getattr(table, name))] if name else []


def _counts() -> list[Any]:
    return [func.count(), count_if(REACHED), count_if(MEETING), count_if(JOB_ORDER), count_if(GOAL)]


def overview(session: Session, scope: Scope, by: By) -> list[CallCounts]:
    """Calls, reached, meetings, job orders and goals per ``by`` key (one row for the team).

    The keys: consultant id; script id; the company's segment (None or "": none); the
    Copenhagen ISO week ("2026-W48"); the team (and the variants, which are counted by
    :mod:`canvass.store.stats_variants`): none. Read from the tallies, or else from
    ``call_fact`` along the grouping's covering index: no sort, no join."""
    conditions = tallied(scope)
    if conditions is not None:
        return _tallied_overview(session, conditions, by)
    keys = _keys(by)
    query = select(*keys, *_counts()).where(*in_scope(scope))
    if keys:
        query = query.group_by(*keys)
    width = len(keys)
    return [
        CallCounts(tuple(row[:width]), *(int(v) for v in row[width:]))
        for row in session.execute(query).all()
        if row[width]  # the team's one row over no calls at all
    ]


def _tallied_overview(
    session: Session, conditions: list[ColumnElement[bool]], by: By
) -> list[CallCounts]:
    keys = _keys(by, CallTally)  # a day lies in one week: named below
    measures = ("calls", "reached", "meetings", "job_orders", "goals")
    sums = [tally_sum(col(getattr(CallTally, name))) for name in measures]
    query = select(*keys, *sums).where(*conditions)
    if keys:
        query = query.group_by(*keys)
    rows = [
        (tuple(row[: len(keys)]), [int(v) for v in row[len(keys) :]])
        for row in session.execute(query)
    ]
    if by is By.WEEK:
        weeks: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0] * len(measures))
        for (day,), counts in rows:
            week = weeks[
                (iso_week(datetime.combine(date.fromisoformat(day), time(12), COPENHAGEN)),)
            ]
            for n, count in enumerate(counts):
                week[n] += count
        rows = list(weeks.items())
    return [CallCounts(key, *counts) for key, counts in rows if counts[0]]


def _moment_in(column: Any, scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.start is not None:
        conditions.append(column >= scope.start)
    if scope.end is not None:
        conditions.append(column < scope.end)
    return conditions


def review_pairs(session: Session, scope: Scope) -> list[PairCounts]:
    """Reviews made in the period (shared: when shared; drafts: when begun) per pair of
    reviewer and caller, the lower id first; with a consultant, only pairs they are in."""
    reviewer, caller = col(Review.reviewer_id), col(Review.caller_id)
    first = case((reviewer < caller, reviewer), else_=caller)
    second = case((reviewer < caller, caller), else_=reviewer)
    moment = func.coalesce(col(Review.shared_at), col(Review.created_at))
    query = (
        select(
            first,
            second,
            count_if(col(Review.status) == ReviewStatus.SHARED.value),
            count_if(col(Review.status) == ReviewStatus.DRAFT.value),
        )
        .where(*_moment_in(moment, scope))
        .group_by(first, second)
    )
    if scope.consultant_id is not None:
        query = query.where(or_(reviewer == scope.consultant_id, caller == scope.consultant_id))
    if scope.team is not None:  # pairs with someone in the team (a trainer may be in none)
        members = team_members(scope.team)
        query = query.where(or_(reviewer.in_(members), caller.in_(members)))
    return [PairCounts(*(int(v) for v in row)) for row in session.execute(query).all()]


def commitments(session: Session, scope: Scope) -> dict[str, int]:
    """Commitments made in the period, counted by status (open, kept, dropped)."""
    query = (
        select(col(SparringCommitment.status), func.count())
        .where(*_moment_in(col(SparringCommitment.created_at), scope))
        .group_by(col(SparringCommitment.status))
    )
    if scope.consultant_id is not None:
        query = query.where(col(SparringCommitment.consultant_id) == scope.consultant_id)
    if scope.team is not None:
        query = query.where(col(SparringCommitment.consultant_id).in_(team_members(scope.team)))
    return {str(status): int(count) for status, count in session.execute(query).all()}


def consultant_names(session: Session) -> dict[int, tuple[str, str]]:
    """Every consultant's (initials, name) by id: the row labels."""
    rows: Sequence[Any] = session.execute(
        select(col(Consultant.id), col(Consultant.initials), col(Consultant.name))
    ).all()
    return {int(row[0]): (row[1], row[2]) for row in rows}
