"""The statistics' tallies (revision 0016), on both backends: each call counted on its
Copenhagen day (worked out by hand across the end of summer time and the new year), an
A/B variant shown tallied, an objection's fact following its answer and call, and a
database at 0015 given its days and tallies by the revision. That the tallies stay the
sums of the facts after every kind of write is checked by ``assert_right`` in
``test_call_facts`` and ``test_fact_week_segment``; that every statistic is the same from
the tallies as from the facts, in ``tests/unit/services/test_stats_tallies.py``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, text, update
from sqlmodel import SQLModel

from canvass.domain.call_session import Event, EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import Phase
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store import Store
from canvass.store.fact_tallies import computed_and_kept
from canvass.store.schema import upgrade
from tests.unit.store.calls_data import T0, finished_call, people
from tests.unit.store.revision_helpers import engine_for
from tests.unit.store.test_call_facts import assert_right
from tests.unit.store.test_fact_week_segment import _AT_0012, write_at_0012

_T = SQLModel.metadata.tables
_FACT, _TALLY, _VTALLY = _T["call_fact"], _T["call_tally"], _T["variant_tally"]

# UTC start → the Copenhagen day it is counted on
DAYS = {
    datetime(2026, 10, 25, 22, 30, tzinfo=UTC): "2026-10-25",  # Sunday 23:30 (UTC+1)
    datetime(2026, 10, 25, 23, 30, tzinfo=UTC): "2026-10-26",  # Monday 00:30
    datetime(2026, 10, 18, 21, 30, tzinfo=UTC): "2026-10-18",  # Sunday 23:30 (UTC+2)
    datetime(2026, 10, 18, 22, 30, tzinfo=UTC): "2026-10-19",  # Monday 00:30
    datetime(2026, 12, 31, 23, 30, tzinfo=UTC): "2027-01-01",  # Friday 00:30
}


def test_each_call_is_tallied_on_its_copenhagen_day(store: Store) -> None:
    people(store)
    ids = {at: finished_call(store, WrapUp(Outcome.BUSY), at=at) for at in DAYS}
    with store.connection() as conn:
        days = dict(conn.execute(select(_FACT.c.call_id, _FACT.c.day)).all())
        tallied = conn.execute(select(_TALLY.c.day, _TALLY.c.calls, _TALLY.c.reached)).all()
    assert {at: days[call_id] for at, call_id in ids.items()} == DAYS
    assert sorted(tuple(row) for row in tallied) == sorted((day, 1, 0) for day in DAYS.values())
    assert_right(store)


def test_a_variant_shown_is_tallied_once_per_call(store: Store) -> None:
    people(store)
    call_id = finished_call(store, WrapUp(Outcome.MEETING))
    shown = Event(EventKind.VARIANT_SHOWN, T0, phase=Phase.AABNING, detail="hilsen:a")
    Services.of(store).calls.record_events(call_id, [shown, shown])  # twice: one call
    assert_right(store)
    with store.connection() as conn:
        rows = conn.execute(
            select(_VTALLY.c.day, _VTALLY.c.detail, _VTALLY.c.calls, _VTALLY.c.meetings)
        ).all()
    assert [tuple(r) for r in rows] == [("2026-11-23", "hilsen:a", 1, 1)]


def test_an_objection_follows_its_answer_and_its_call(store: Store) -> None:
    """An objection met is a fact of its finished call; a changed answer (a Core UPDATE),
    a corrected outcome and the call deleted are followed."""
    people(store)
    call_id = finished_call(store, WrapUp(Outcome.MEETING), objection="travlt")
    event = _T["call_event"]

    def objections() -> list[tuple[object, ...]]:
        assert_right(store)
        with store.connection() as conn:
            o = _T["objection_fact"]
            query = select(o.c.objection_id, o.c.phase, o.c.answer_id, o.c.meeting)
            return [tuple(row) for row in conn.execute(query)]

    assert objections() == [("travlt", "aabning", "travlt-svar", True)]
    with store.connection(write=True) as conn:
        conn.execute(
            update(event).where(event.c.kind == "objection").values(answer_id="travlt-kort")
        )
    assert objections() == [("travlt", "aabning", "travlt-kort", True)]
    history = Services.of(store).history
    assert history.correct_call(call_id, 1, T0 + timedelta(hours=1), wrapup=WrapUp(Outcome.BUSY))
    assert objections() == [("travlt", "aabning", "travlt-kort", False)]
    with store.connection(write=True) as conn:  # the facts and tallies go with the call
        conn.execute(delete(_T["call"]).where(_T["call"].c.id == call_id))
    assert objections() == []


def test_a_database_at_0015_gets_its_days_and_tallies(db_url: str) -> None:
    """Calls written at 0012, their facts made at 0013 and 0014; at 0016 the facts get
    their Copenhagen days and the tallies their sums, and the objections met their facts
    (call 1: a meeting on Sunday 25 October, hilsen:a shown, objection pris answered
    pris-a; call 2: busy, Monday 00:30; call 3 no outcome)."""
    objection = (
        "INSERT INTO call_event (call_id, at, kind, phase, objection_id, answer_id, detail)"
        " VALUES (1, :t0, 'objection', 'analyse', 'pris', 'pris-a', '')"
    )
    engine = engine_for(db_url)
    try:
        upgrade(engine, "0012")
        with engine.begin() as conn:
            write_at_0012(conn, (*_AT_0012, objection))
        upgrade(engine, "0015")
        upgrade(engine)
        with engine.connect() as conn:
            days = conn.execute(text("SELECT call_id, day FROM call_fact ORDER BY 1")).all()
            tally = conn.execute(
                text(
                    "SELECT day, segment, calls, reached, meetings, goals FROM call_tally"
                    " ORDER BY day"
                )
            ).all()
            variants = conn.execute(text("SELECT day, detail, calls FROM variant_tally")).all()
            stops = conn.execute(text("SELECT count(*) FROM stop_tally")).scalar_one()
            objections = conn.execute(
                text(
                    "SELECT objection_id, phase, answer_id, call_id, day, meeting"
                    " FROM objection_fact"
                )
            ).all()
            sums = computed_and_kept(conn)
    finally:
        engine.dispose()
    assert [tuple(r) for r in days] == [(1, "2026-10-25"), (2, "2026-10-26")]
    assert [tuple(r) for r in tally] == [
        ("2026-10-25", "industri", 1, 1, 1, 0),
        ("2026-10-26", "", 1, 0, 0, 0),
    ]
    assert [tuple(r) for r in variants] == [("2026-10-25", "hilsen:a", 1)]
    assert stops == 0
    assert [tuple(r) for r in objections] == [("pris", "analyse", "pris-a", 1, "2026-10-25", True)]
    assert all(computed == kept for computed, kept in sums)
    Store.open(db_url).close()  # at head: opens without complaint
