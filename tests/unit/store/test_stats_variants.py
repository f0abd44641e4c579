"""Counting A/B variants: calls, reached and meetings per variant shown — hand-counted
data on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from canvass.store import Store
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant
from canvass.store.stats import Scope
from canvass.store.stats_variants import VariantCounts, variant_counts

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _call(
    store: Store,
    n: int,
    events: list[tuple[str | None, str]],
    outcome: str | None,
    bala: tuple[str, ...] = (),
) -> None:
    with store.session(write=True) as session:
        call = Call(
            company_id=1,
            consultant_id=1,
            script_id="demo",
            script_version=2,
            script_hash="0" * 64,
            started_at=T0 + timedelta(minutes=n),
        )
        session.add(call)
        session.flush()
        assert call.id is not None
        for objection_id, detail in events:
            session.add(
                CallEvent(
                    call_id=call.id,
                    at=T0 + timedelta(minutes=n),
                    kind="variant_shown",
                    phase="aabning",
                    objection_id=objection_id,
                    answer_id=detail.split(":")[0] if objection_id else None,
                    detail=detail,
                )
            )
        session.add(CallEvent(call_id=call.id, at=T0, kind="phase_entered", phase="aabning"))
        for step in bala:
            session.add(CallEvent(call_id=call.id, at=T0, kind="bala_reached", bala_step=step))
        if outcome is not None:
            reached = outcome not in ("no_answer", "busy")
            at = T0 + timedelta(minutes=n, seconds=30)
            session.add(
                CallOutcome(call_id=call.id, outcome=outcome, reached=reached, decided_at=at)
            )


def test_variants_are_counted_per_call_with_their_outcomes(store: Store) -> None:
    with store.session(write=True) as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.add(Company(name="Firma ApS"))
    svar = ("ingen-tid", "kort-svar:lang")
    _call(store, 1, [(None, "hilsen:a")], "meeting", ("behov", "accept_behov"))
    _call(store, 2, [(None, "hilsen:a"), svar, svar], "meeting", ("behov",))  # answer twice
    _call(store, 3, [(None, "hilsen:a")], "no_answer")
    _call(store, 4, [(None, "hilsen:b"), svar], "job_order")
    _call(store, 5, [(None, "hilsen:b")], None)  # not finished: not counted
    with store.session() as session:
        counts = variant_counts(session, Scope())
        later = variant_counts(session, Scope(start=T0 + timedelta(minutes=3)))
    # BALA levels: call 1 → 2 (B A), call 2 → 1 (B); reached: calls 1, 2 and 4.
    assert counts == [
        VariantCounts(
            "demo", 2, None, "hilsen", "a", calls=3, reached=2, meetings=2, job_orders=0,
            steps=(2, 1, 0, 0),
        ),
        VariantCounts(
            "demo", 2, None, "hilsen", "b", calls=1, reached=1, meetings=0, job_orders=1,
            steps=(0, 0, 0, 0),
        ),
        VariantCounts(
            "demo", 2, "ingen-tid", "kort-svar", "lang", calls=2, reached=2, meetings=1,
            job_orders=1, steps=(1, 0, 0, 0),
        ),
    ]  # fmt: skip
    assert [(v.item_id, v.variant, v.calls) for v in later] == [
        ("hilsen", "a", 1),
        ("hilsen", "b", 1),
        ("kort-svar", "lang", 1),
    ]
