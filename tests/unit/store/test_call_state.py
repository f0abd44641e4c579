"""The derived call state on ``company`` stays equal to a from-scratch recomputation after
every kind of write, on both databases (:mod:`canvass.store.call_state`).

The reference below reads the plain rows and computes the columns in Python, so
the tests do not just run the same SQL twice (the last outcome of revision 0018 too).
"""

from __future__ import annotations

import gzip
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlmodel
from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update
from sqlmodel import SQLModel

from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.retention import Age, Retention
from canvass.domain.wrapup import CallbackDraft, MeetingDraft, WrapUp
from canvass.services import Services
from canvass.store import Store, call_state
from canvass.store.audit import Actor
from canvass.store.call_state import COLUMNS, refresh_call_state
from canvass.store.demo import fill_demo
from canvass.store.models import Callback, Company, Meeting, MeetingStatus
from canvass.store.schema import upgrade
from canvass.transfer import apply_import, read_companies
from tests.unit.store.calls_data import T0, finished_call, people
from tests.unit.store.revision_helpers import engine_for

_T = SQLModel.metadata.tables
OLD = Path(__file__).with_name("old_databases")


def expected(conn: Connection) -> dict[int, tuple[Any, ...]]:
    """Every company's state, computed in Python from the rows."""
    state: dict[int, dict[str, Any]] = {
        i: {"ad_override": False} for i in conn.execute(select(_T["company"].c.id)).scalars()
    }
    outcome = _T["call_outcome"]
    decided = {
        row[0]: (row[1], row[2])
        for row in conn.execute(select(outcome.c.call_id, outcome.c.reached, outcome.c.outcome))
    }
    call = _T["call"]
    latest: dict[int, tuple[datetime, int]] = {}  # company -> its latest call with an outcome
    for call_id, company_id, started_at in conn.execute(
        select(call.c.id, call.c.company_id, call.c.started_at)
    ):
        row = state[company_id]
        row["last_call_at"] = max(row.get("last_call_at") or started_at, started_at)
        if call_id in decided and (started_at, call_id) > latest.get(company_id, (started_at, 0)):
            latest[company_id] = (started_at, call_id)
            row["last_outcome"] = decided[call_id][1]
        if decided.get(call_id, (False,))[0]:
            row["last_reached_at"] = max(row.get("last_reached_at") or started_at, started_at)
    cb = _T["callback"]
    first: dict[int, tuple[datetime, int, int]] = {}
    for callback_id, company_id, consultant_id, due_at, done_at in conn.execute(
        select(cb.c.id, cb.c.company_id, cb.c.consultant_id, cb.c.due_at, cb.c.done_at)
    ):
        if done_at is None:
            mine = (due_at, callback_id, consultant_id)
            first[company_id] = min(first.get(company_id, mine), mine)
    for company_id, (due_at, _id, consultant_id) in first.items():
        state[company_id] |= {"next_callback_at": due_at, "next_callback_by": consultant_id}
    m = _T["meeting"]
    for company_id, starts_at, status in conn.execute(
        select(m.c.company_id, m.c.starts_at, m.c.status)
    ):
        if status == MeetingStatus.BOOKED.value:
            row = state[company_id]
            row["meeting_until"] = max(row.get("meeting_until") or starts_at, starts_at)
    s = _T["skip_override"]
    for company_id, kind, created_at in conn.execute(
        select(s.c.company_id, s.c.kind, s.c.created_at)
    ):
        row = state[company_id]
        if kind == "ad_protected":
            row["ad_override"] = True
        elif kind == "recent":
            row["recent_override_at"] = max(row.get("recent_override_at") or created_at, created_at)
    return {i: tuple(row.get(name) for name in COLUMNS) for i, row in state.items()}


def stored(conn: Connection) -> dict[int, tuple[Any, ...]]:
    c = _T["company"]
    rows = conn.execute(select(c.c.id, *(c.c[name] for name in COLUMNS)))
    return {row[0]: tuple(row[1:]) for row in rows}


def assert_right(store: Store) -> dict[int, tuple[Any, ...]]:
    """The stored state equals the recomputation; returns it."""
    with store.connection() as conn:
        want, have = expected(conn), stored(conn)
    assert have == want
    return have


def _col(name: str) -> int:
    return COLUMNS.index(name)


def _start(store: Store, company_id: int, consultant_id: int, at: datetime) -> int:
    _, first = CallSession.begin(at)
    return Services.of(store).calls.start_call(
        company_id=company_id,
        consultant_id=consultant_id,
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=first,
    )


def _meeting(at: datetime) -> MeetingDraft:
    return MeetingDraft(at, 60, "company", "", "", "Lærling")


# -- calls and outcomes ----------------------------------------------------------------


def test_a_call_started_and_finished_keeps_the_state(store: Store) -> None:
    people(store)
    assert assert_right(store)[1] == (None, None, None, None, None, False, None, None)
    call_id = _start(store, 1, 1, T0)
    assert assert_right(store)[1][_col("last_call_at")] == T0
    Services.of(store).calls.finish_call(
        call_id, WrapUp(Outcome.NO_ANSWER), T0 + timedelta(minutes=1)
    )
    state = assert_right(store)[1]
    assert state[_col("last_call_at")] == T0 and state[_col("last_reached_at")] is None
    assert state[_col("last_outcome")] == Outcome.NO_ANSWER.value
    later = T0 + timedelta(hours=1)
    wrapup = WrapUp(
        Outcome.MEETING,
        meeting=_meeting(T0 + timedelta(days=3)),
        callback=CallbackDraft(T0 + timedelta(days=10), "følg op"),
    )
    finished_call(store, wrapup, at=later, consultant_id=2)
    state = assert_right(store)[1]
    assert state[_col("last_reached_at")] == later
    assert state[_col("meeting_until")] == T0 + timedelta(days=3)
    assert state[_col("next_callback_at")] == T0 + timedelta(days=10)
    assert state[_col("next_callback_by")] == 2
    assert state[_col("last_outcome")] == Outcome.MEETING.value
    assert assert_right(store)[2] == (None, None, None, None, None, False, None, None)


def test_a_reached_call_settles_the_callback_and_a_miss_leaves_it(store: Store) -> None:
    people(store)
    callback = CallbackDraft(T0 + timedelta(hours=2), "ring igen")
    finished_call(store, WrapUp(Outcome.CALLBACK, callback=callback))
    assert assert_right(store)[1][_col("next_callback_at")] == T0 + timedelta(hours=2)
    finished_call(store, WrapUp(Outcome.BUSY), at=T0 + timedelta(hours=3))
    assert assert_right(store)[1][_col("next_callback_at")] == T0 + timedelta(hours=2)
    finished_call(store, WrapUp(Outcome.NOT_INTERESTED), at=T0 + timedelta(hours=4))
    state = assert_right(store)[1]
    assert state[_col("next_callback_at")] is None and state[_col("next_callback_by")] is None
    assert state[_col("last_reached_at")] == T0 + timedelta(hours=4)


def test_a_corrected_outcome_and_callback_keep_the_state(store: Store) -> None:
    people(store)
    callback = CallbackDraft(T0 + timedelta(days=2), "ring igen")
    wrapup = WrapUp(Outcome.CALLBACK, callback=callback, meeting=_meeting(T0 + timedelta(days=5)))
    call_id = finished_call(store, wrapup)
    assert assert_right(store)[1][_col("last_reached_at")] == T0
    history = Services.of(store).history
    now = T0 + timedelta(hours=1)
    # Rescheduled callback, moved meeting.
    moved = WrapUp(
        Outcome.CALLBACK,
        callback=CallbackDraft(T0 + timedelta(days=4), "senere"),
        meeting=_meeting(T0 + timedelta(days=6)),
    )
    assert history.correct_call(call_id, 1, now, wrapup=moved)
    state = assert_right(store)[1]
    assert state[_col("next_callback_at")] == T0 + timedelta(days=4)
    assert state[_col("meeting_until")] == T0 + timedelta(days=6)
    # Not reached after all: no callback (deleted), meeting cancelled.
    assert history.correct_call(call_id, 1, now, wrapup=WrapUp(Outcome.NO_ANSWER))
    assert assert_right(store)[1][:5] == (None, None, T0, None, None)


# -- callbacks, meetings, overrides ------------------------------------------------------


def test_callbacks_done_and_reassigned_keep_the_state(store: Store) -> None:
    people(store)
    first = CallbackDraft(T0 + timedelta(days=1), "a")
    finished_call(store, WrapUp(Outcome.CALLBACK, callback=first))
    second = CallbackDraft(T0 + timedelta(days=2), "b")
    finished_call(store, WrapUp(Outcome.CALLBACK, callback=second), consultant_id=2)
    followup = Services.of(store).followup
    rows = followup.callback_rows(consultant_id=None, include_done=False)
    by_due = {row.due_at: row.id for row in rows}
    followup.reassign_callback(by_due[T0 + timedelta(days=1)], 2)
    assert assert_right(store)[1][:2] == (T0 + timedelta(days=1), 2)
    followup.mark_callback_done(by_due[T0 + timedelta(days=1)], T0 + timedelta(hours=5))
    assert assert_right(store)[1][:2] == (T0 + timedelta(days=2), 2)
    followup.mark_callback_done(by_due[T0 + timedelta(days=2)], T0 + timedelta(hours=5))
    assert assert_right(store)[1][:2] == (None, None)


def test_meetings_cancelled_and_booked_again_keep_the_state(store: Store) -> None:
    people(store)
    finished_call(store, WrapUp(Outcome.MEETING, meeting=_meeting(T0 + timedelta(days=3))))
    finished_call(
        store,
        WrapUp(Outcome.MEETING, meeting=_meeting(T0 + timedelta(days=1))),
        at=T0 + timedelta(hours=1),
    )
    followup = Services.of(store).followup
    rows = followup.meeting_rows(consultant_id=None, upcoming=True, now=T0)
    later = next(r.id for r in rows if r.starts_at == T0 + timedelta(days=3))
    followup.set_meeting_status(later, MeetingStatus.CANCELLED.value, at=T0)
    assert assert_right(store)[1][_col("meeting_until")] == T0 + timedelta(days=1)
    followup.set_meeting_status(later, MeetingStatus.BOOKED.value, at=T0)
    assert assert_right(store)[1][_col("meeting_until")] == T0 + timedelta(days=3)


def test_skip_overrides_keep_the_state(store: Store) -> None:
    people(store)
    lists = Services.of(store).lists
    lists.override_skip(1, 1, "recent", "Lovede at ringe", T0)
    lists.override_skip(1, 1, "recent", "Igen", T0 + timedelta(days=1))
    assert assert_right(store)[1][5:7] == (False, T0 + timedelta(days=1))
    lists.override_skip(2, 1, "ad_protected", "De bad selv om det", T0)
    assert assert_right(store)[2][5:7] == (True, None)


# -- Core statements through a session, objects already loaded ----------------------------


def test_core_statements_through_a_session_keep_the_state(store: Store) -> None:
    people(store)
    for days in (1, 2):
        callback = CallbackDraft(T0 + timedelta(days=days), "x")
        finished_call(store, WrapUp(Outcome.CALLBACK, callback=callback, meeting=_meeting(T0)))
    cb, m, s = _T["callback"], _T["meeting"], _T["skip_override"]
    with store.session(write=True) as session:
        session.execute(update(cb).where(cb.c.due_at < T0 + timedelta(days=2)).values(done_at=T0))
        assert assert_right_in(session)[1][:2] == (T0 + timedelta(days=2), 1)
        session.execute(update(Callback).values(consultant_id=2))  # ORM-enabled, no WHERE
        session.execute(delete(m).where(m.c.company_id == 1))
        session.execute(
            insert(s),
            [
                {
                    "company_id": 2,
                    "consultant_id": 1,
                    "kind": "recent",
                    "reason": "r",
                    "created_at": T0,
                }
            ],
        )
        session.execute(update(cb).values(reason="tekst"))  # no state column: left alone
    state = assert_right(store)
    assert state[1][:2] == (T0 + timedelta(days=2), 2) and state[1][_col("meeting_until")] is None
    assert state[2][_col("recent_override_at")] == T0


def test_core_statements_on_a_bare_connection_keep_the_state(store: Store) -> None:
    people(store)
    for days in (1, 2, 3):
        callback = CallbackDraft(T0 + timedelta(days=days), "x")
        finished_call(store, WrapUp(Outcome.CALLBACK, callback=callback, meeting=_meeting(T0)))
    cb, m, call = _T["callback"], _T["meeting"], _T["call"]
    row = {"consultant_id": 2, "script_id": "s", "script_version": 1, "script_hash": ""}
    later = T0 + timedelta(days=9)
    with store.connection(write=True) as conn:
        conn.execute(insert(call), [row | {"company_id": 2, "started_at": later}])
        conn.execute(insert(call).values(row | {"company_id": 1, "started_at": later}))
        first = conn.execute(select(func.min(cb.c.id))).scalar_one()
        by_id = update(cb).where(cb.c.id == bindparam("b_id")).values(done_at=bindparam("at"))
        conn.execute(by_id, [{"b_id": first, "at": T0}, {"b_id": first + 1, "at": T0}])
        conn.execute(delete(m).where(m.c.company_id == 1))
        conn.execute(update(cb).values(reason="tekst"))  # no state column: left alone
    state = assert_right(store)
    assert state[1][:3] == (T0 + timedelta(days=3), 1, later)
    assert state[2][_col("last_call_at")] == later


def assert_right_in(session: sqlmodel.Session) -> dict[int, tuple[Any, ...]]:
    conn = session.connection()
    want, have = expected(conn), stored(conn)
    assert have == want
    return have


def test_a_company_loaded_before_the_write_shows_the_new_state(store: Store) -> None:
    people(store)
    with store.session(write=True) as session:
        company = session.get(Company, 1)
        assert company is not None and company.meeting_until is None
        session.add(Meeting(company_id=1, consultant_id=1, starts_at=T0 + timedelta(days=2)))
        session.flush()
        assert company.meeting_until == T0 + timedelta(days=2)
        company.notes = "ændret"  # a later write of the company keeps the state
    assert assert_right(store)[1][_col("meeting_until")] == T0 + timedelta(days=2)


# -- bulk writes: import, forget, purge, demo, lists --------------------------------------


def test_an_import_leaves_every_state_right(store: Store, tmp_path: Path) -> None:
    people(store)
    finished_call(store, WrapUp(Outcome.MEETING, meeting=_meeting(T0 + timedelta(days=3))))
    before = assert_right(store)
    path = tmp_path / "firmaer.csv"
    path.write_text(
        "Navn;CVR;Telefon;By\r\n"
        "Hansen & Søn ApS;;75821140;Vejle\r\n"
        "Nyt Firma ApS;;33445566;Give\r\n",
        encoding="utf-8",
    )
    summary = apply_import(store, read_companies(path), "Efterår")
    assert summary.new >= 1
    after = assert_right(store)
    assert {i: after[i] for i in before} == before
    assert len(after) > len(before)


def test_forget_and_purge_leave_every_state_right(store: Store) -> None:
    people(store)
    callback = CallbackDraft(T0 + timedelta(days=1), "Ring til Jens")
    finished_call(store, WrapUp(Outcome.CALLBACK, callback=callback), notes="Jens er syg")
    finished_call(
        store, WrapUp(Outcome.MEETING, meeting=_meeting(T0 + timedelta(days=2))), company_id=2
    )
    Services.of(store).lists.override_skip(2, 1, "recent", "Jens bad om det", T0)
    before = assert_right(store)
    privacy = Services.of(store).privacy
    privacy.forget(Actor("dpo"), company_id=1)
    assert assert_right(store) == before
    year = Age(12, "m")
    privacy.purge(Actor("dpo"), T0 + timedelta(days=800), Retention(year, year, year))
    assert assert_right(store) == before


def test_the_demo_and_list_deletion_leave_every_state_right(store: Store) -> None:
    assert fill_demo(store, today=date(2026, 11, 20)) is not None
    state = assert_right(store)
    assert any(row[_col("last_reached_at")] for row in state.values())
    assert any(row[_col("next_callback_by")] for row in state.values())
    assert any(row[_col("ad_override")] for row in state.values())
    lists = Services.of(store).lists
    for found in lists.call_lists():
        lists.delete_list(found.id)
    assert assert_right(store) == state


# -- the full rebuild and the backfill ---------------------------------------------------


@pytest.mark.parametrize("way", ["refresh", "grouped", "correlated", "membership"])
def test_a_full_refresh_repairs_every_company(store: Store, way: str) -> None:
    """Both ways of rebuilding every company (each backend uses the faster one) are right
    on both backends; a rebuild of a right state changes nothing."""
    assert fill_demo(store, today=date(2026, 11, 20)) is not None
    state = assert_right(store)
    c = _T["company"]
    with store.connection(write=True) as conn:  # a bare connection is not watched
        conn.execute(update(c).values(last_call_at=None, ad_override=True, next_callback_by=None))
        conn.execute(update(c).where(c.c.id == 1).values(meeting_until=T0, recent_override_at=T0))
    with store.connection() as conn:
        assert stored(conn) != state
    for _ in range(2):
        with store.session(write=True) as session:
            if way == "refresh":
                refresh_call_state(session, None)
            elif way == "grouped":
                call_state._refresh_all(session.connection())
            else:
                every = way == "membership"
                session.execute(update(c).values(call_state._values(every=every)))
        assert assert_right(store) == state


def test_a_refresh_of_some_companies_leaves_the_others(store: Store) -> None:
    assert fill_demo(store, today=date(2026, 11, 20)) is not None
    state = assert_right(store)
    c = _T["company"]
    with store.connection(write=True) as conn:
        conn.execute(update(c).values(last_call_at=None))
    with store.session(write=True) as session:
        refresh_call_state(session, [1, 2, 10**6])
    with store.connection() as conn:
        now = stored(conn)
    assert (now[1], now[2]) == (state[1], state[2])
    assert all(row[_col("last_call_at")] is None for i, row in now.items() if i > 2)


@pytest.mark.parametrize("version", [3, 5])
def test_an_old_database_is_backfilled(version: int, tmp_path: Path) -> None:
    path = tmp_path / f"v{version}.db"
    with gzip.open(OLD / f"v{version}.db.gz", "rb") as packed, path.open("wb") as plain:
        shutil.copyfileobj(packed, plain)
    with Store.open(path) as store:
        state = assert_right(store)
    assert sum(1 for row in state.values() if row[_col("last_call_at")]) > 10
    assert any(row[_col("next_callback_at")] for row in state.values())
    assert any(row[_col("meeting_until")] for row in state.values())


def test_the_revision_backfills_a_postgres_or_sqlite_database(db_url: str) -> None:
    """Rows written at revision 0006 (before the columns existed) get their state at 0007."""
    engine = engine_for(db_url)
    moments = {"t0": T0, "t1": T0 + timedelta(days=1), "t2": T0 + timedelta(days=2)}
    utc = _T["call"].c.started_at.type  # stored the way the models store them
    try:
        upgrade(engine, "0006")
        with engine.begin() as conn:
            for sql in _AT_0006:
                statement = text(sql)
                names = [name for name in moments if f":{name}" in sql]
                statement = statement.bindparams(*(bindparam(n, type_=utc) for n in names))
                conn.execute(statement, {n: moments[n] for n in names})
        upgrade(engine)
    finally:
        engine.dispose()
    with Store.open(db_url) as store:
        state = assert_right(store)
    t1 = T0 + timedelta(days=1)
    # Two open callbacks due at once: the older one's owner (2); the done one is ignored.
    assert state[1][:7] == (t1, 2, t1, T0, t1, True, T0)
    assert state[2][:7] == (None, None, None, None, None, False, None)


_AT_0006 = (
    "INSERT INTO consultant (id, initials, name, created_at) VALUES (1, 'AB', 'A', :t0),"
    " (2, 'MK', 'M', :t0)",
    "INSERT INTO company (id, name, created_at, updated_at, key_account, ad_protected,"
    " do_not_call, notes, search_key, sort_name) VALUES (1, 'Hansen', :t0, :t0, false, false,"
    " false, '', '', 'hansen'), (2, 'Olsen', :t0, :t0, false, false, false, '', '', 'olsen')",
    "INSERT INTO call (id, company_id, consultant_id, script_id, script_version, script_hash,"
    " started_at, notes) VALUES (1, 1, 1, 's', 1, '', :t0, ''), (2, 1, 2, 's', 1, '', :t1, '')",
    "INSERT INTO call_outcome (call_id, outcome, reached, decided_at, comment) VALUES"
    " (1, 'meeting', true, :t0, ''), (2, 'busy', false, :t1, '')",
    "INSERT INTO callback (id, company_id, consultant_id, due_at, reason, created_at,"
    " attempts) VALUES (1, 1, 2, :t1, '', :t0, 0), (2, 1, 1, :t1, '', :t0, 0)",
    "INSERT INTO callback (id, company_id, consultant_id, due_at, reason, created_at,"
    " attempts, done_at) VALUES (3, 1, 1, :t0, '', :t0, 0, :t0)",
    "INSERT INTO meeting (company_id, consultant_id, starts_at, duration_min, location_kind,"
    " location, attendees, purpose, status, result_note, created_at, uid, sequence, updated_at)"
    " VALUES (1, 1, :t1, 60, 'company', '', '', '', 'booked', '', :t0, 'a', 0, :t0),"
    " (1, 1, :t2, 60, 'company', '', '', '', 'cancelled', '', :t0, 'b', 0, :t0)",
    "INSERT INTO skip_override (company_id, consultant_id, kind, reason, created_at) VALUES"
    " (1, 1, 'ad_protected', 'r', :t0), (1, 1, 'recent', 'r', :t0)",
)
