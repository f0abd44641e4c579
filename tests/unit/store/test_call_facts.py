"""``call_fact`` stays right after every kind of write, on both backends: the kept facts
equal the facts rebuilt from scratch (the calls, outcomes and events as they are now),
the tallies equal the facts summed again, and a few are checked against what the call
plainly did."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlmodel import SQLModel

from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import Phase
from canvass.domain.retention import Age, Retention
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store import Store
from canvass.store.audit import Actor
from canvass.store.call_facts import (
    computed_facts,
    computed_objection_facts,
    computed_variant_facts,
    kept_facts,
    kept_objection_facts,
    kept_variant_facts,
    refresh_facts,
)
from canvass.store.demo import fill_demo
from canvass.store.fact_tallies import computed_and_kept
from canvass.transfer import apply_import, read_companies
from tests.unit.store.calls_data import T0, finished_call, people

_T = SQLModel.metadata.tables
_FACT = _T["call_fact"]


def assert_right(store: Store) -> dict[int, dict[str, Any]]:
    """The kept facts (and variant and objection facts) equal a rebuild from scratch, the
    tallies the facts summed; returns the facts by call id."""
    with store.connection() as conn:
        kept, rebuilt = kept_facts(conn), computed_facts(conn)
        assert kept_variant_facts(conn) == computed_variant_facts(conn)
        assert kept_objection_facts(conn) == computed_objection_facts(conn)
        for summed, tallied in computed_and_kept(conn):
            assert tallied == summed
        names = [c.name for c in _FACT.columns]
        rows = {row[0]: dict(zip(names, row, strict=True)) for row in conn.execute(select(_FACT))}
    assert kept == rebuilt
    return rows


def _call_with_events(store: Store, wrapup: WrapUp) -> int:
    """A call that enters the analysis, reaches B and A, undoes A, meets an objection."""
    state, first = CallSession.begin(T0)
    calls = Services.of(store).calls
    call_id = calls.start_call(
        company_id=1,
        consultant_id=1,
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    events = [*state.go_to(Phase.ANALYSE, T0)]
    events += [e for e in (state.reach_bala(T0), state.reach_bala(T0), state.undo_bala(T0)) if e]
    events.append(state.use_objection("travlt", "travlt-svar", T0))
    calls.record_events(call_id, events)
    assert assert_right(store) == {}  # not finished: no facts yet
    calls.finish_call(call_id, wrapup, T0 + timedelta(minutes=2))
    return call_id


def test_a_finished_call_gets_its_facts(store: Store) -> None:
    people(store)
    call_id = _call_with_events(store, WrapUp(Outcome.NOT_INTERESTED))
    fact = assert_right(store)[call_id]
    assert fact["reached"] and fact["outcome"] == Outcome.NOT_INTERESTED.value
    assert (fact["bala1"], fact["bala2"], fact["bala3"], fact["bala4"]) == (1, 0, 0, 0)
    assert fact["beyond"] and fact["bala_any"] and fact["objection_any"]
    assert fact["last_phase"] == Phase.ANALYSE.value and not fact["goal"]


def test_events_added_after_the_call_and_a_corrected_outcome(store: Store) -> None:
    people(store)
    call_id = _call_with_events(store, WrapUp(Outcome.NOT_INTERESTED))
    state = CallSession.begin(T0)[0]
    more = [e for e in (state.reach_bala(T0),) if e]
    Services.of(store).calls.record_events(call_id, more)
    assert assert_right(store)[call_id]["bala1"] == 2
    history = Services.of(store).history
    assert history.correct_call(call_id, 1, T0 + timedelta(hours=1), wrapup=WrapUp(Outcome.BUSY))
    fact = assert_right(store)[call_id]
    assert not fact["reached"] and fact["outcome"] == Outcome.BUSY.value


def test_core_statements_keep_the_facts(store: Store) -> None:
    people(store)
    first = finished_call(store, WrapUp(Outcome.NOT_INTERESTED))
    second = finished_call(store, WrapUp(Outcome.BUSY), company_id=2, at=T0 + timedelta(hours=1))
    call, outcome, event = _T["call"], _T["call_outcome"], _T["call_event"]
    with store.session(write=True) as session:
        session.execute(update(call).where(call.c.id == first).values(goal="Få et møde"))
        session.execute(update(outcome).values(outcome=Outcome.NO_ANSWER.value, reached=False))
        session.execute(update(call).values(notes="tekst"))  # no fact column: left alone
    rows = assert_right(store)
    assert rows[first]["goal"] and not rows[first]["reached"]
    with store.connection(write=True) as conn:
        conn.execute(
            insert(event),
            [{"call_id": second, "at": T0, "kind": "bala_reached", "bala_step": "behov"}],
        )
        conn.execute(update(call).where(call.c.id == second).values(consultant_id=2))
        conn.execute(delete(outcome).where(outcome.c.call_id == first))
    rows = assert_right(store)
    assert set(rows) == {second} and rows[second]["bala1"] == 1
    assert rows[second]["consultant_id"] == 2


def test_import_forget_and_purge_keep_the_facts(store: Store, tmp_path: Path) -> None:
    people(store)
    finished_call(store, WrapUp(Outcome.NOT_INTERESTED), notes="Jens er syg", objection="travlt")
    finished_call(store, WrapUp(Outcome.BUSY), company_id=2)
    before = assert_right(store)
    path = tmp_path / "firmaer.csv"
    path.write_text(
        "Navn;CVR;Telefon;By\r\n"
        "Hansen & Søn ApS;;75821140;Vejle\r\n"
        "Nyt Firma ApS;;33445566;Give\r\n",
        encoding="utf-8",
    )
    apply_import(store, read_companies(path), "Efterår")
    assert assert_right(store) == before
    privacy = Services.of(store).privacy
    privacy.forget(Actor("dpo"), company_id=1)
    assert_right(store)
    year = Age(12, "m")
    privacy.purge(Actor("dpo"), T0 + timedelta(days=800), Retention(year, year, year))
    assert_right(store)


def test_the_demo_keeps_its_facts_and_a_rebuild_changes_nothing(store: Store) -> None:
    assert fill_demo(store, today=date(2026, 11, 20)) is not None
    rows = assert_right(store)
    assert rows and any(r["bala4"] for r in rows.values()) and any(r["goal"] for r in rows.values())
    with store.connection(write=True) as conn:
        refresh_facts(conn, None)
    assert assert_right(store) == rows
    with store.connection(write=True) as conn:
        conn.execute(delete(_FACT))  # lost facts come back with a rebuild
        refresh_facts(conn, sorted(rows))
    assert assert_right(store) == rows


def _variant_rows(store: Store) -> list[tuple[Any, ...]]:
    with store.connection() as conn:
        return kept_variant_facts(conn)


def test_variants_shown_keep_their_facts_through_outcome_changes_and_core_writes(
    store: Store,
) -> None:
    people(store)
    call_id = _call_with_events(store, WrapUp(Outcome.MEETING))
    event = _T["call_event"]
    line = {"objection_id": None, "answer_id": None, "detail": "hilsen:a"}
    answer = {"objection_id": "travlt", "answer_id": "travlt-svar", "detail": "travlt-svar:kort"}
    base = {"call_id": call_id, "at": T0, "kind": "variant_shown", "phase": "aabning"}
    shown = [base | line, base | line, base | answer]  # the line shown twice: still one row
    with store.connection(write=True) as conn:
        conn.execute(insert(event), shown)
    assert_right(store)
    rows = _variant_rows(store)
    assert [(r[1], r[2], r[7], r[8], r[9]) for r in rows] == [
        ("", "hilsen:a", True, Outcome.MEETING.value, 1),
        ("travlt", "travlt-svar:kort", True, Outcome.MEETING.value, 1),
    ]
    history = Services.of(store).history
    assert history.correct_call(call_id, 1, T0 + timedelta(hours=1), wrapup=WrapUp(Outcome.BUSY))
    assert_right(store)
    assert {(r[7], r[8]) for r in _variant_rows(store)} == {(False, Outcome.BUSY.value)}
    with store.session(write=True) as session:
        session.execute(delete(event).where(event.c.detail == "hilsen:a"))
    assert_right(store)
    assert [r[2] for r in _variant_rows(store)] == ["travlt-svar:kort"]
