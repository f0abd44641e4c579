"""The statistics that read call events: the BALA funnel, where calls stop, objections and
the tools used. Which calls count and what each figure means: :mod:`canvass.store.stats`.

The BALA counts need no grouping per call. The call screen only reaches the *next* step
and only undoes the *last* one (:class:`canvass.domain.call_session.CallSession`), so on
one call the events of step k alternate reached, undone, reached …; their difference is
1 when step k stands at the end (the call's BALA level is ≥ k) and 0 when it does not.
Summed over calls: the calls at level ≥ k = the ``bala_reached`` events of step k minus
the ``bala_undone`` events of step k — one pass over the events, no per-call table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session, col

from canvass.domain.call_session import EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import Phase
from canvass.domain.sparring import ReviewStatus
from canvass.store.models import Call, CallEvent, CallOutcome
from canvass.store.sparring_models import Review
from canvass.store.stats import (
    GOAL,
    MEETING,
    REACHED,
    Scope,
    count_if,
    group_key,
    in_scope,
    is_long,
)


@dataclass(frozen=True)
class StepCounts:
    """Reached calls (of a script version, or without a meeting) at BALA level ≥ step."""

    script_id: str
    script_version: int
    step: str  # a BalaStep value
    calls: int


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
class ToolCounts:
    """One consultant's reached calls and how many used each tool."""

    consultant_id: int
    reached: int
    phases: int  # a phase beyond the opening
    bala: int  # any BALA step reached
    objections: int  # any objection from the bank
    goals: int  # a goal set before the call
    reviewed: int  # a shared review


_BALA_KINDS = (EventKind.BALA_REACHED.value, EventKind.BALA_UNDONE.value)


def _events_in(scope: Scope) -> list[Any]:
    """For a short period, only the events of the period's calls, found through the
    ``call_event.call_id`` index from the calls the ``started_at`` index finds (else every
    event is read and joined to its call); for a long one, none: one pass is cheaper."""
    if is_long(scope):
        return []
    return [col(CallEvent.call_id).in_(select(col(Call.id)).where(*in_scope(scope)))]


def _net_steps() -> Any:
    """+1 for a step reached, -1 for one undone."""
    return func.sum(case((col(CallEvent.kind) == EventKind.BALA_REACHED.value, 1), else_=-1))


def _bala_events(scope: Scope, *conditions: Any) -> Any:
    return (
        select()
        .select_from(CallEvent)
        .join(Call, col(Call.id) == col(CallEvent.call_id))
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(
            col(CallEvent.kind).in_(_BALA_KINDS),
            REACHED,
            *conditions,
            *in_scope(scope),
            *_events_in(scope),
        )
    )


def funnel_steps(session: Session, scope: Scope) -> list[StepCounts]:
    """Per script version and BALA step: the reached calls at that level or beyond."""
    version = group_key(col(Call.script_version))
    keys = (col(Call.script_id), version, col(CallEvent.bala_step))
    query = _bala_events(scope).add_columns(*keys, _net_steps()).group_by(*keys)
    return [
        StepCounts(row[0], int(row[1]), row[2], int(row[3]))
        for row in session.execute(query).all()
        if row[2] is not None
    ]


def stop_steps(session: Session, scope: Scope) -> dict[str, int]:
    """Reached calls without a meeting at BALA level ≥ each step (by step value)."""
    not_booked = col(CallOutcome.outcome) != Outcome.MEETING.value
    query = (
        _bala_events(scope, not_booked)
        .add_columns(col(CallEvent.bala_step), _net_steps())
        .group_by(col(CallEvent.bala_step))
    )
    return {row[0]: int(row[1]) for row in session.execute(query).all() if row[0] is not None}


def stop_phases(session: Session, scope: Scope) -> dict[str | None, int]:
    """Reached calls without a meeting by the phase they ended in (``current_phase``)."""
    query = (
        select(col(Call.current_phase), func.count())
        .select_from(Call)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(REACHED, col(CallOutcome.outcome) != Outcome.MEETING.value, *in_scope(scope))
        .group_by(col(Call.current_phase))
    )
    return {row[0]: int(row[1]) for row in session.execute(query).all()}


def objections(session: Session, scope: Scope) -> list[ObjectionCounts]:
    """Every objection event of the scope's calls, by objection, phase and answer."""
    keys = (col(CallEvent.objection_id), col(CallEvent.phase), col(CallEvent.answer_id))
    query = (
        select(*keys, func.count(), count_if(MEETING))
        .select_from(CallEvent)
        .join(Call, col(Call.id) == col(CallEvent.call_id))
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(
            col(CallEvent.kind) == EventKind.OBJECTION.value,
            col(CallEvent.objection_id).is_not(None),
            *in_scope(scope),
            *_events_in(scope),
        )
        .group_by(*keys)
    )
    return [
        ObjectionCounts(row[0], row[1], row[2], int(row[3]), int(row[4]))
        for row in session.execute(query).all()
    ]


def _tool_events(scope: Scope) -> Any:
    """Per call with any: whether it entered a phase after the opening, reached a BALA step,
    or used the objection bank (only those events are read)."""
    kind, phase = col(CallEvent.kind), col(CallEvent.phase)
    beyond = and_(kind == EventKind.PHASE_ENTERED.value, phase != Phase.AABNING.value)
    return (
        select(
            col(CallEvent.call_id).label("call_id"),
            func.max(case((beyond, 1), else_=0)).label("beyond"),
            func.max(case((kind == EventKind.BALA_REACHED.value, 1), else_=0)).label("bala"),
            func.max(case((kind == EventKind.OBJECTION.value, 1), else_=0)).label("objection"),
        )
        .where(
            or_(beyond, kind.in_([EventKind.BALA_REACHED.value, EventKind.OBJECTION.value])),
            *_events_in(scope),
        )
        .group_by(col(CallEvent.call_id))
        .subquery("tool_events")
    )


def tools(session: Session, scope: Scope) -> list[ToolCounts]:
    """Per consultant: reached calls and how many used each tool (two passes: the calls
    with their goals and reviews, then the calls' events)."""
    consultant = group_key(col(Call.consultant_id))
    shared = select(col(Review.call_id)).where(
        col(Review.call_id).is_not(None), col(Review.status) == ReviewStatus.SHARED.value
    )
    calls = (
        select(consultant, func.count(), count_if(GOAL), count_if(col(Call.id).in_(shared)))
        .select_from(Call)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(REACHED, *in_scope(scope))
        .group_by(consultant)
    )
    events = _tool_events(scope)
    used = (
        select(
            consultant,
            count_if(events.c.beyond == 1),
            count_if(events.c.bala == 1),
            count_if(events.c.objection == 1),
        )
        .select_from(events)
        .join(Call, col(Call.id) == events.c.call_id)
        .join(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .where(REACHED, *in_scope(scope))
        .group_by(consultant)
    )
    tools_used = {int(row[0]): [int(v) for v in row[1:]] for row in session.execute(used).all()}
    rows = []
    for who, reached, goals, reviewed in session.execute(calls).all():
        phases, bala, objection = tools_used.get(int(who), [0, 0, 0])
        rows.append(
            ToolCounts(int(who), int(reached), phases, bala, objection, int(goals), int(reviewed))
        )
    return rows
