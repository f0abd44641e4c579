"""A/B variants side by side: for each variant shown, how many calls showed it, how many
of them reached the right person and how many ended in a meeting (issue 12).

The calls counted are those of :mod:`canvass.store.stats` (finished, in the scope). A
variant shown is a ``variant_shown`` call event (revision 0012): ``detail`` is ``"<item
id>:<variant id>"``; a script line's event has no ``objection_id``, an answer's names its
objection (and ``answer_id``). A call counts once per variant however often it showed it
(an answer used twice); the line's script is the call's (``call.script_id``/``version``),
read with the call's outcome from ``call_fact``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, distinct, func, select
from sqlmodel import Session, col

from canvass.domain.call_session import EventKind
from canvass.domain.variants import parse_variant_detail
from canvass.store.fact_models import CallFact
from canvass.store.models import CallEvent
from canvass.store.stats import MEETING, REACHED, Scope, in_scope


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


def variant_counts(session: Session, scope: Scope) -> list[VariantCounts]:
    """Every variant shown in the scope's finished calls, ordered by script, version,
    objection (lines first), item and variant."""
    call_id = col(CallFact.call_id)
    keys = (
        col(CallFact.script_id),
        col(CallFact.script_version),
        col(CallEvent.objection_id),
        col(CallEvent.detail),
    )
    query = (
        select(
            *keys,
            func.count(distinct(call_id)),
            func.count(distinct(case((REACHED, call_id)))),
            func.count(distinct(case((MEETING, call_id)))),
        )
        .select_from(CallEvent)
        .join(CallFact, call_id == col(CallEvent.call_id))
        .where(col(CallEvent.kind) == EventKind.VARIANT_SHOWN.value, *in_scope(scope))
        .group_by(*keys)
    )
    found: list[VariantCounts] = []
    for script_id, version, objection_id, detail, calls, reached, meetings in session.execute(
        query
    ).all():
        parsed = parse_variant_detail(detail)
        if parsed is not None:
            item_id, variant = parsed
            found.append(
                VariantCounts(
                    script_id,
                    int(version),
                    objection_id,
                    item_id,
                    variant,
                    int(calls),
                    int(reached),
                    int(meetings),
                )
            )
    return sorted(
        found,
        key=lambda v: (v.script_id, v.script_version, v.objection_id or "", v.item_id, v.variant),
    )
