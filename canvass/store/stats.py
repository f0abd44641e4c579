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

Returned rows carry plain counts; the service turns them into rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, and_, case, cast, func, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from canvass.domain.call_session import EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import Phase
from canvass.domain.sparring import ReviewStatus
from canvass.domain.stats import By
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant
from canvass.store.sparring_models import Review, SparringCommitment


@dataclass(frozen=True)
class Scope:
    """Which calls: started in [start, end) (None: unbounded), by one consultant or all."""

    start: datetime | None = None
    end: datetime | None = None
    consultant_id: int | None = None


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
class FunnelCounts:
    """Reached calls of one script version and how far their BALA got; meetings booked."""

    script_id: str
    script_version: int
    reached: int
    steps: tuple[int, int, int, int]  # calls at BALA level ≥ 1, 2, 3, 4
    meetings: int


@dataclass(frozen=True)
class ObjectionCounts:
    """How often one objection was met with one answer in one phase, and how many of those
    uses were on calls that ended in a meeting."""

    objection_id: str
    phase: str | None
    answer_id: str | None
    uses: int
    meetings: int


@dataclass(frozen=True)
class StopCounts:
    """Reached calls that booked no meeting, by the phase they ended in and their BALA level."""

    phase: str | None
    bala_level: int  # 0..4
    calls: int


@dataclass(frozen=True)
class ToolCounts:
    """One consultant's reached calls and how many used each tool."""

    consultant_id: int
    reached: int
    phases: int  # a phase beyond the opening
    bala: int  # any BALA step reached
    objections: int  # any objection from the bank
    goals: int  # a goal set before the call
    reviewed: int  # a shared review


@dataclass(frozen=True)
class PairCounts:
    """Reviews between two people (ids in order): shared and still drafts."""

    first_id: int
    second_id: int
    shared: int
    drafts: int


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _in_scope(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.start is not None:
        conditions.append(col(Call.started_at) >= scope.start)
    if scope.end is not None:
        conditions.append(col(Call.started_at) < scope.end)
    if scope.consultant_id is not None:
        conditions.append(col(Call.consultant_id) == scope.consultant_id)
    return conditions


_REACHED = col(CallOutcome.reached).is_(True)
_MEETING = col(CallOutcome.outcome) == Outcome.MEETING.value
_GOAL = and_(col(Call.goal).is_not(None), func.trim(col(Call.goal)) != "")


def _hour_bucket(session: Session) -> ColumnElement[str]:
    """The call's start as its UTC hour, "YYYY-MM-DD HH": whole hours map to one Copenhagen
    week each (the offsets are whole hours), which Python then names."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", col(Call.started_at)), "YYYY-MM-DD HH24")
    return func.substr(cast(col(Call.started_at), String), 1, 13)


def _keys(session: Session, by: By) -> list[Any]:
    if by is By.CONSULTANT:
        return [col(Call.consultant_id)]
    if by is By.SCRIPT:
        return [col(Call.script_id)]
    if by is By.VARIANT:
        return [col(Call.script_id), col(Call.script_version)]
    if by is By.SEGMENT:
        return [col(Company.segment)]
    if by is By.WEEK:
        return [_hour_bucket(session)]
    return []


def overview(session: Session, scope: Scope, by: By) -> list[CallCounts]:
    """Calls, reached, meetings, job orders and goals per ``by`` key (one row for the team).

    The keys: consultant id; script id; (script id, version); segment (None: none); for a
    week the UTC hour "YYYY-MM-DD HH" (the service sums the hours of each week)."""
    keys = _keys(session, by)
    query = (
        select(
            *keys,
            func.count(),
            _count(_REACHED),
            _count(_MEETING),
            _count(col(CallOutcome.outcome) == Outcome.JOB_ORDER.value),
            _count(_GOAL),
        )
        .select_from(Call)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(*_in_scope(scope))
    )
    if by is By.SEGMENT:
        query = query.join(Company, col(Company.id) == col(Call.company_id))
    if keys:
        query = query.group_by(*keys)
    width = len(keys)
    return [
        CallCounts(tuple(row[:width]), *(int(v) for v in row[width:]))
        for row in session.execute(query).all()
        if row[width]  # the team's one row over no calls at all
    ]


def _per_call() -> Any:
    """Each call's BALA level and which tools its events show (one row per call with any)."""
    kind = col(CallEvent.kind)
    return (
        select(
            col(CallEvent.call_id).label("call_id"),
            func.sum(
                case(
                    (kind == EventKind.BALA_REACHED.value, 1),
                    (kind == EventKind.BALA_UNDONE.value, -1),
                    else_=0,
                )
            ).label("bala"),
            func.max(
                case(
                    (
                        and_(
                            kind == EventKind.PHASE_ENTERED.value,
                            col(CallEvent.phase) != Phase.AABNING.value,
                        ),
                        1,
                    ),
                    else_=0,
                )
            ).label("beyond"),
            func.max(case((kind == EventKind.BALA_REACHED.value, 1), else_=0)).label("bala_any"),
            func.max(case((kind == EventKind.OBJECTION.value, 1), else_=0)).label("objection"),
        )
        .where(
            kind.in_(
                [
                    EventKind.PHASE_ENTERED.value,
                    EventKind.BALA_REACHED.value,
                    EventKind.BALA_UNDONE.value,
                    EventKind.OBJECTION.value,
                ]
            )
        )
        .group_by(col(CallEvent.call_id))
        .subquery("per_call")
    )


def funnel(session: Session, scope: Scope) -> list[FunnelCounts]:
    """Per script version: reached calls, those at BALA level ≥ 1..4, meetings booked."""
    events = _per_call()
    level = func.coalesce(events.c.bala, 0)
    query = (
        select(
            col(Call.script_id),
            col(Call.script_version),
            func.count(),
            *(_count(level >= step) for step in (1, 2, 3, 4)),
            _count(_MEETING),
        )
        .select_from(Call)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .outerjoin(events, events.c.call_id == col(Call.id))
        .where(_REACHED, *_in_scope(scope))
        .group_by(col(Call.script_id), col(Call.script_version))
        .order_by(col(Call.script_id), col(Call.script_version))
    )
    return [
        FunnelCounts(row[0], int(row[1]), int(row[2]), tuple(int(v) for v in row[3:7]), int(row[7]))  # type: ignore[arg-type]
        for row in session.execute(query).all()
    ]


def stops(session: Session, scope: Scope) -> list[StopCounts]:
    """Reached calls without a meeting by last phase and BALA level (clamped to 0..4)."""
    events = _per_call()
    level = func.coalesce(events.c.bala, 0)
    clamped = case((level < 0, 0), (level > 4, 4), else_=level)
    query = (
        select(col(Call.current_phase), clamped, func.count())
        .select_from(Call)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .outerjoin(events, events.c.call_id == col(Call.id))
        .where(_REACHED, col(CallOutcome.outcome) != Outcome.MEETING.value, *_in_scope(scope))
        .group_by(col(Call.current_phase), clamped)
    )
    return [StopCounts(row[0], int(row[1]), int(row[2])) for row in session.execute(query).all()]


def objections(session: Session, scope: Scope) -> list[ObjectionCounts]:
    """Every objection event of the scope's calls, by objection, phase and answer."""
    keys = (col(CallEvent.objection_id), col(CallEvent.phase), col(CallEvent.answer_id))
    query = (
        select(*keys, func.count(), _count(_MEETING))
        .select_from(CallEvent)
        .join(Call, col(Call.id) == col(CallEvent.call_id))
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(
            col(CallEvent.kind) == EventKind.OBJECTION.value,
            col(CallEvent.objection_id).is_not(None),
            *_in_scope(scope),
        )
        .group_by(*keys)
    )
    return [
        ObjectionCounts(row[0], row[1], row[2], int(row[3]), int(row[4]))
        for row in session.execute(query).all()
    ]


def tools(session: Session, scope: Scope) -> list[ToolCounts]:
    """Per consultant: reached calls and how many used each tool (see the module doc)."""
    events = _per_call()
    reviewed = (
        select(col(Review.call_id).label("call_id"))
        .where(col(Review.call_id).is_not(None), col(Review.status) == ReviewStatus.SHARED.value)
        .distinct()
        .subquery("reviewed")
    )
    query = (
        select(
            col(Call.consultant_id),
            func.count(),
            _count(events.c.beyond == 1),
            _count(events.c.bala_any == 1),
            _count(events.c.objection == 1),
            _count(_GOAL),
            _count(reviewed.c.call_id.is_not(None)),
        )
        .select_from(Call)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .outerjoin(events, events.c.call_id == col(Call.id))
        .outerjoin(reviewed, reviewed.c.call_id == col(Call.id))
        .where(_REACHED, *_in_scope(scope))
        .group_by(col(Call.consultant_id))
    )
    return [ToolCounts(*(int(v) for v in row)) for row in session.execute(query).all()]


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
            _count(col(Review.status) == ReviewStatus.SHARED.value),
            _count(col(Review.status) == ReviewStatus.DRAFT.value),
        )
        .where(*_moment_in(moment, scope))
        .group_by(first, second)
    )
    if scope.consultant_id is not None:
        query = query.where(or_(reviewer == scope.consultant_id, caller == scope.consultant_id))
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
    return {str(status): int(count) for status, count in session.execute(query).all()}


def consultant_names(session: Session) -> dict[int, tuple[str, str]]:
    """Every consultant's (initials, name) by id: the row labels."""
    rows: Sequence[Any] = session.execute(
        select(col(Consultant.id), col(Consultant.initials), col(Consultant.name))
    ).all()
    return {int(row[0]): (row[1], row[2]) for row in rows}


def hour_start(bucket: str) -> datetime:
    """The UTC moment an hour bucket of :func:`overview` (by week) names."""
    return datetime.strptime(bucket, "%Y-%m-%d %H").replace(tzinfo=UTC)
