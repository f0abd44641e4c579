"""A/B variants side by side: for each variant shown, how many calls showed it, how many
of them reached the right person, how far those got in BALA (the funnel) and how many
ended in a meeting or a job order (issue 12).

The calls counted are those of :mod:`canvass.store.stats` (finished, in the scope). A
variant shown is a ``variant_shown`` call event (revision 0012): ``detail`` is ``"<item
id>:<variant id>"``; a script line's event has no ``objection_id``, an answer's names its
objection (and ``answer_id``). A call counts once per variant however often it showed it
(an answer used twice): ``variant_fact`` keeps one row per call and variant shown with
the call's facts (its script version, outcome and BALA levels), summed per Copenhagen day
and consultant in ``variant_tally`` (:mod:`canvass.store.tally_models`): a scope of whole
days adds up the tallies, any other is one pass over the facts' covering index in group
order — no join, no sort.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from canvass.domain.outcomes import Outcome
from canvass.domain.variants import parse_variant_detail
from canvass.store.fact_models import VariantFact
from canvass.store.stats import Scope, in_scope, tallied, tally_sum
from canvass.store.tally_models import VariantTally


@dataclass(frozen=True)
class VariantCounts:
    """One variant of one line or answer: the calls that showed it and how they ended."""

    script_id: str
    script_version: int
    objection_id: str | None  # None: a script line
    item_id: str  # the line's or the answer's id
    variant: str
    calls: int
    reached: int
    meetings: int
    job_orders: int = 0
    steps: tuple[int, int, int, int] = (0, 0, 0, 0)  # reached calls at BALA level ≥ 1 … 4


def variant_counts(session: Session, scope: Scope) -> list[VariantCounts]:
    """Every variant shown in the scope's finished calls, ordered by script, version,
    objection (lines first), item and variant."""
    conditions = tallied(scope, VariantTally)
    sums = _tallied(session, conditions) if conditions is not None else _counted(session, scope)
    found: list[VariantCounts] = []
    for (script_id, version, objection_id, detail), tally in sums.items():
        parsed = parse_variant_detail(detail)
        if parsed is not None:
            calls, reached, meetings, orders, b, ba, bal, bala = tally
            found.append(
                VariantCounts(
                    script_id=script_id,
                    script_version=int(version),
                    objection_id=objection_id or None,
                    item_id=parsed[0],
                    variant=parsed[1],
                    calls=calls,
                    reached=reached,
                    meetings=meetings,
                    job_orders=orders,
                    steps=(b, ba, bal, bala),
                )
            )
    return sorted(
        found,
        key=lambda v: (v.script_id, v.script_version, v.objection_id or "", v.item_id, v.variant),
    )


_Sums = dict[tuple[Any, ...], list[int]]


def _tallied(session: Session, conditions: list[Any]) -> _Sums:
    """Per (script, version, objection, detail): calls, reached, meetings, job orders and
    the reached calls at BALA level ≥ 1 … 4, summed from the tallies."""
    t: Any = VariantTally
    keys = (col(t.script_id), col(t.script_version), col(t.objection_id), col(t.detail))
    names = (
        "calls",
        "reached",
        "meetings",
        "job_orders",
        *(f"reached_bala{n}" for n in range(1, 5)),
    )
    query = (
        select(*keys, *(tally_sum(col(getattr(t, n))) for n in names))
        .where(*conditions)
        .group_by(*keys)
    )
    return {tuple(row[:4]): [int(n) for n in row[4:]] for row in session.execute(query).all()}


def _counted(session: Session, scope: Scope) -> _Sums:
    """The same sums, counted from the variant facts."""
    v: Any = VariantFact
    keys = (col(v.script_id), col(v.script_version), col(v.objection_id), col(v.detail))
    kinds = (col(v.reached), col(v.outcome), *(col(getattr(v, f"bala{n}")) for n in range(1, 5)))
    # Grouped by the index's whole prefix and only counted: one streaming pass, and the
    # few (reached, outcome, BALA) kinds of call per variant are added up here.
    query = select(*keys, *kinds, func.count()).where(*in_scope(scope, v)).group_by(*keys, *kinds)
    sums: _Sums = {}
    for row in session.execute(query).all():
        key, (reached, outcome, *levels), calls = tuple(row[:4]), row[4:10], int(row[10])
        tally = sums.setdefault(key, [0] * 8)
        tally[0] += calls
        if reached:
            tally[1] += calls
            for n, level in enumerate(levels):
                tally[4 + n] += calls * int(level)
        tally[2] += calls if outcome == Outcome.MEETING.value else 0
        tally[3] += calls if outcome == Outcome.JOB_ORDER.value else 0
    return sums
