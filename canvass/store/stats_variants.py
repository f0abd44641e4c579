"""A/B variants side by side: for each variant shown, how many calls showed it, how many
of them reached the right person, how far those got in BALA (the funnel) and how many
ended in a meeting or a job order (issue 12).

The calls counted are those of :mod:`canvass.store.stats` (finished, in the scope). A
variant shown is a ``variant_shown`` call event (revision 0012): ``detail`` is ``"<item
id>:<variant id>"``; a script line's event has no ``objection_id``, an answer's names its
objection (and ``answer_id``). A call counts once per variant however often it showed it
(an answer used twice): ``variant_fact`` keeps one row per call and variant shown with
the call's facts (its script version, outcome and BALA levels), so the comparison is one
pass over that table's covering index in group order — no join, no sort.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from canvass.domain.outcomes import Outcome
from canvass.domain.variants import parse_variant_detail
from canvass.store.fact_models import VariantFact
from canvass.store.stats import Scope, count_if, in_scope


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
    v: Any = VariantFact
    keys = (
        col(v.script_id),
        col(v.script_version),
        col(v.objection_id),
        col(v.detail),
    )
    is_reached = col(v.reached).is_(True)
    levels = [
        func.coalesce(func.sum(case((is_reached, getattr(v, f"bala{n}")), else_=0)), 0)
        for n in range(1, 5)
    ]
    query = (
        select(
            *keys,
            func.count(),
            count_if(is_reached),
            count_if(col(v.outcome) == Outcome.MEETING.value),
            count_if(col(v.outcome) == Outcome.JOB_ORDER.value),
            *levels,
        )
        .where(*in_scope(scope, v))
        .group_by(*keys)
    )
    found: list[VariantCounts] = []
    for row in session.execute(query).all():
        parsed = parse_variant_detail(row[3])
        if parsed is not None:
            calls, reached, meetings, orders, b, ba, bal, bala = (int(n) for n in row[4:])
            found.append(
                VariantCounts(
                    script_id=row[0],
                    script_version=int(row[1]),
                    objection_id=row[2] or None,
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
