"""The statistics that read call events: the BALA funnel, where calls stop, objections and
the tools used. Which calls count and what each figure means: :mod:`canvass.store.stats`.

The BALA counts need no grouping per call. The call screen only reaches the *next* step
and only undoes the *last* one (:class:`canvass.domain.call_session.CallSession`), so on
one call the events of step k alternate reached, undone, reached …; their difference is
1 when step k stands at the end (the call's BALA level is ≥ k) and 0 when it does not.
``call_fact.bala1`` … ``bala4`` keep that difference per call, so the calls at level ≥ k
are a sum over the facts; the tools used are the facts' flags. A scope of whole days sums
the tallies of these instead (``call_tally``, ``stop_tally``:
:mod:`canvass.store.tally_models`). The objections read ``objection_fact``, one row per
use with its call's facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, case, cast, distinct, func, select
from sqlmodel import Session, col

from canvass.domain.phases import BALA_ORDER
from canvass.domain.sparring import ReviewStatus
from canvass.store.fact_models import CallFact, ObjectionFact
from canvass.store.sparring_models import Review
from canvass.store.stats import (
    MEETING,
    REACHED,
    Scope,
    count_if,
    in_scope,
    tallied,
    tally_sum,
)
from canvass.store.tally_models import CallTally, StopTally


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


_STEPS = tuple(step.value for step in BALA_ORDER)


def _bala(name: str) -> Any:
    return getattr(CallFact, name)


@dataclass(frozen=True)
class FunnelCounts:
    """One script version: its calls' reached and meetings, and the reached calls at BALA
    level ≥ each step (in :data:`canvass.domain.phases.BALA_ORDER`)."""

    script_id: str
    script_version: int
    reached: int
    meetings: int
    steps: tuple[int, ...]


def funnel(session: Session, scope: Scope) -> list[FunnelCounts]:
    """The funnel's counts per script version: the tallies', or one pass over the
    script index."""
    conditions = tallied(scope)
    if conditions is not None:
        t: Any = CallTally
        keys = (col(t.script_id), col(t.script_version))
        names = ("reached", "meetings", *(f"reached_bala{n}" for n in range(1, 5)))
        query = select(*keys, *(tally_sum(col(getattr(t, n))) for n in names))
        return _funnel_rows(session, query.where(*conditions).group_by(*keys))
    keys = (col(CallFact.script_id), col(CallFact.script_version))
    sums = [
        func.coalesce(func.sum(case((REACHED, col(_bala(f"bala{n}"))), else_=0)), 0)
        for n in range(1, 5)
    ]
    query = (
        select(*keys, count_if(REACHED), count_if(MEETING), *sums)
        .where(*in_scope(scope))
        .group_by(*keys)
    )
    return _funnel_rows(session, query)


def _funnel_rows(session: Session, query: Any) -> list[FunnelCounts]:
    return [
        FunnelCounts(row[0], int(row[1]), int(row[2]), int(row[3]), tuple(int(v) for v in row[4:]))
        for row in session.execute(query).all()
    ]


def stop_steps(session: Session, scope: Scope) -> dict[str, int]:
    """Reached calls without a meeting at BALA level ≥ each step (by step value)."""
    conditions = tallied(scope)
    if conditions is not None:
        sums = [tally_sum(col(getattr(CallTally, f"stop_bala{n}"))) for n in range(1, 5)]
        query = select(*sums).where(*conditions)
    else:
        sums = [func.coalesce(func.sum(col(_bala(f"bala{n}"))), 0) for n in range(1, 5)]
        query = select(*sums).where(REACHED, ~MEETING, *in_scope(scope))
    row = session.execute(query).one()
    return {step: int(row[n]) for n, step in enumerate(_STEPS) if row[n]}


def stop_phases(session: Session, scope: Scope) -> dict[str | None, int]:
    """Reached calls without a meeting by the phase they ended in (``current_phase``;
    None or "": none)."""
    conditions = tallied(scope, StopTally)
    if conditions is not None:
        phase = col(StopTally.last_phase)
        tally = select(phase, tally_sum(col(StopTally.calls))).where(*conditions).group_by(phase)
        return {row[0]: int(row[1]) for row in session.execute(tally).all()}
    query = (
        select(col(CallFact.last_phase), func.count())
        .where(REACHED, ~MEETING, *in_scope(scope))
        .group_by(col(CallFact.last_phase))
    )
    return {row[0]: int(row[1]) for row in session.execute(query).all()}


def objections(session: Session, scope: Scope) -> list[ObjectionCounts]:
    """Every objection met in the scope's calls, by objection, phase and answer (""
    none): one pass over ``objection_fact`` in its key order, no join, no sort."""
    o: Any = ObjectionFact
    keys = (col(o.objection_id), col(o.phase), col(o.answer_id))
    query = (
        select(*keys, func.count(), count_if(col(o.meeting).is_(True)))
        .where(*in_scope(scope, o))
        .group_by(*keys)
    )
    return [
        ObjectionCounts(row[0], row[1], row[2], int(row[3]), int(row[4]))
        for row in session.execute(query).all()
    ]


def tools(session: Session, scope: Scope) -> list[ToolCounts]:
    """Per consultant: reached calls and how many used each tool — one pass over the
    consultant's covering index of ``call_fact``, then the shared reviews (few) joined to
    their calls' facts (a lookup per review, not a membership test per call). A scope of
    whole days sums the consultants' tallies instead of the pass."""
    conditions = tallied(scope)
    if conditions is not None:
        t: Any = CallTally
        names = ("reached", "reached_beyond", "reached_bala_any", "reached_objection_any")
        sums = [tally_sum(col(getattr(t, n))) for n in (*names, "reached_goals")]
        query = (
            select(col(t.consultant_id), *sums)
            .where(*conditions)
            .group_by(col(t.consultant_id))
            .having(func.sum(col(t.reached)) > 0)
        )
        return _tool_rows(session, scope, query)
    flags = [
        func.coalesce(func.sum(cast(col(getattr(CallFact, name)), Integer)), 0)
        for name in ("beyond", "bala_any", "objection_any", "goal")
    ]
    consultant = col(CallFact.consultant_id)
    query = (
        select(consultant, func.count(), *flags)
        .where(REACHED, *in_scope(scope))
        .group_by(consultant)
    )
    return _tool_rows(session, scope, query)


def _tool_rows(session: Session, scope: Scope, query: Any) -> list[ToolCounts]:
    """The tools' rows of ``query`` (consultant, reached, beyond, BALA, objections, goals)
    with each consultant's reviewed calls."""
    consultant = col(CallFact.consultant_id)
    reviewed_query = (
        select(consultant, func.count(distinct(col(CallFact.call_id))))
        .select_from(Review)
        .join(CallFact, col(CallFact.call_id) == col(Review.call_id))
        .where(col(Review.status) == ReviewStatus.SHARED.value, REACHED, *in_scope(scope))
        .group_by(consultant)
    )
    reviewed = {int(row[0]): int(row[1]) for row in session.execute(reviewed_query).all()}
    found = []
    for row in session.execute(query).all():
        who, reached, beyond, bala, objections, goals = (int(v) for v in row)
        found.append(
            ToolCounts(who, reached, beyond, bala, objections, goals, reviewed.get(who, 0))
        )
    return found
