"""A/B variants side by side: for each variant shown, how many calls showed it, how many
of them reached the right person, how far those got in BALA (the funnel) and how many
ended in a meeting or a job order (issue 12).

The calls counted are those of :mod:`canvass.store.stats` (finished, in the scope). A
variant shown is a ``variant_shown`` call event (revision 0012): ``detail`` is ``"<item
id>:<variant id>"``; a script line's event has no ``objection_id``, an answer's names its
objection (and ``answer_id``). A call counts once per variant however often it showed it
(an answer used twice): the events are made distinct per call first, then joined to the
call's facts (its script version, outcome and BALA levels, :mod:`canvass.store.stats`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from canvass.domain.call_session import EventKind
from canvass.domain.variants import parse_variant_detail
from canvass.store.fact_models import CallFact
from canvass.store.models import CallEvent
from canvass.store.stats import JOB_ORDER, MEETING, REACHED, Scope, count_if, in_scope


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
    shown = (
        select(col(CallEvent.call_id), col(CallEvent.objection_id), col(CallEvent.detail))
        .where(col(CallEvent.kind) == EventKind.VARIANT_SHOWN.value)
        .distinct()
        .subquery("shown")
    )
    keys = (
        col(CallFact.script_id),
        col(CallFact.script_version),
        shown.c.objection_id,
        shown.c.detail,
    )
    levels = [
        func.coalesce(func.sum(case((REACHED, getattr(CallFact, f"bala{n}")), else_=0)), 0)
        for n in range(1, 5)
    ]
    query = (
        select(
            *keys,
            func.count(),
            count_if(REACHED),
            count_if(MEETING),
            count_if(JOB_ORDER),
            *levels,
        )
        .select_from(shown)
        .join(CallFact, col(CallFact.call_id) == shown.c.call_id)
        .where(*in_scope(scope))
        .group_by(*keys)
    )
    found: list[VariantCounts] = []
    for row in session.execute(query).all():
        parsed = parse_variant_detail(row[3])
        if parsed is not None:
            calls, reached, meetings, orders, b, ba, bal, bala = (int(v) for v in row[4:])
            found.append(
                VariantCounts(
                    script_id=row[0],
                    script_version=int(row[1]),
                    objection_id=row[2],
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
