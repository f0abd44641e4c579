"""Several canvass processes on one database at once, on SQLite and on PostgreSQL.

Processes, not threads: each opens its own store (its own connections, as two consultants'
machines do). Claims must be atomic (exactly one wins each company), and importing and
exporting while colleagues call must lose nothing and never show "database is locked" or a
serialization failure.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import select

from canvass.config import CONFIG_KEYS
from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import Phase
from canvass.domain.wrapup import WrapUp
from canvass.errors import CanvassError
from canvass.services import Services
from canvass.store import Store
from canvass.store.calls import CompanyClaimed
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter, as another machine


def _people(store: Store, consultants: int, companies: int) -> None:
    with store.session(write=True) as session:
        for index in range(consultants):
            session.add(Consultant(initials="K" + "ABCDEFGH"[index], name=f"Konsulent {index}"))
        for index in range(companies):
            session.add(Company(name=f"Firma {index:03d} ApS", phone=f"7{index:07d}"))


def _claimer(url: str, consultant_id: int, company_ids: list[int], go: Any, out: Any) -> None:
    """Try to start a call on every company, in this process's own order."""
    order = list(company_ids)
    random.Random(consultant_id).shuffle(order)
    won, refused, errors = [], [], []
    with Store.open(url) as store:
        go.wait()
        for company_id in order:
            _state, first = CallSession.begin(T0)
            try:
                Services.of(store).calls.start_call(
                    company_id=company_id, consultant_id=consultant_id,
                    script_id="rekruttering-besoeg", script_version=1, script_hash="",
                    first_event=first,
                )  # fmt: skip
                won.append(company_id)
            except CompanyClaimed:
                refused.append(company_id)
            except CanvassError as error:
                errors.append(str(error))
    out.put((consultant_id, won, refused, errors))


def test_exactly_one_process_wins_each_company(db_url: str) -> None:
    with Store.open(db_url) as store:
        _people(store, consultants=4, companies=40)
    go, out = SPAWN.Barrier(4), SPAWN.Queue()  # all at once, once every store is open
    companies = list(range(1, 41))
    processes = [
        SPAWN.Process(target=_claimer, args=(db_url, who, companies, go, out))
        for who in range(1, 5)
    ]
    for process in processes:
        process.start()
    results = [out.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert [errors for *_, errors in results] == [[], [], [], []]
    # Every process tried every company: it either won it or was told who has it.
    assert all(sorted(won + refused) == companies for _, won, refused, _ in results)
    winners: dict[int, int] = {}
    for consultant_id, won, *_ in results:
        for company_id in won:
            assert company_id not in winners, f"company {company_id} won twice"
            winners[company_id] = consultant_id
    assert sorted(winners) == companies
    with Store.open(db_url) as store, store.session() as session:
        calls = session.exec(select(Call.company_id, Call.consultant_id)).all()
        claims = dict(session.exec(select(Company.id, Company.claimed_by)).all())
    assert sorted(calls) == sorted(winners.items())  # one call per company, the winner's
    assert claims == winners


def _caller(url: str, consultant_id: int, company_ids: list[int], go: Any, out: Any) -> None:
    """Make full calls: start, phases, notes, wrap-up — as the call screen does."""
    errors = []
    with Store.open(url) as store:
        go.wait()
        for number, company_id in enumerate(company_ids):
            at = T0 + timedelta(minutes=number)
            state, first = CallSession.begin(at)
            try:
                call_id = Services.of(store).calls.start_call(
                    company_id=company_id, consultant_id=consultant_id,
                    script_id="rekruttering-besoeg", script_version=1, script_hash="",
                    first_event=first,
                )  # fmt: skip
                events = state.go_to(Phase.ANALYSE, at + timedelta(seconds=10))
                note = state.set_notes(f"noter {company_id}", at + timedelta(seconds=20))
                assert note is not None
                for event in [*events, note]:
                    Services.of(store).calls.record_events(call_id, [event])
                Services.of(store).calls.finish_call(
                    call_id, WrapUp(Outcome.NOT_INTERESTED), at + timedelta(seconds=30)
                )
            except CanvassError as error:
                errors.append(str(error))
    out.put((consultant_id, errors))


def _canvass(config: Path, *args: str | Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CANVASS_CONFIG": str(config), "COLUMNS": "200"}  # never the user's
    for variable in CONFIG_KEYS.values():
        env.pop(variable, None)
    command = [sys.executable, "-m", "canvass", *map(str, args)]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def test_importing_and_exporting_while_colleagues_call_loses_nothing(
    db_url: str, tmp_path: Path
) -> None:
    with Store.open(db_url) as store:
        _people(store, consultants=2, companies=40)
    config = tmp_path / "config.toml"  # not there: defaults only
    rows = "".join(f"Import {index:04d} A/S;6{index:07d}\r\n" for index in range(400))
    source = tmp_path / "nye.csv"
    source.write_text("Navn;Telefon\r\n" + rows, encoding="utf-8")
    go, out = SPAWN.Barrier(3), SPAWN.Queue()  # the callers, and this process
    callers = [
        SPAWN.Process(target=_caller, args=(db_url, 1, list(range(1, 41, 2)), go, out)),
        SPAWN.Process(target=_caller, args=(db_url, 2, list(range(2, 41, 2)), go, out)),
    ]
    for process in callers:
        process.start()
    go.wait(timeout=120)
    importing = _canvass(config, "import", source, "--db", db_url, "--list", "Uge 49")
    exports = [
        _canvass(config, "export", "calls", "--csv", tmp_path / f"opkald{n}.csv", "--db", db_url)
        for n in range(3)
    ]
    results = [out.get(timeout=300) for _ in callers]
    for process in callers:
        process.join(timeout=60)
    outputs = [(p.args, *p.communicate(timeout=300), p.returncode) for p in [importing, *exports]]
    for args, stdout, stderr, code in outputs:
        assert code == 0, (args, stdout, stderr)
        for shown in ("låst", "locked", "serializ", "deadlock", "Traceback"):
            assert shown not in stdout + stderr, (args, stdout, stderr)
    assert "400 nye" in outputs[0][1]
    assert [errors for _, errors in results] == [[], []]
    final = tmp_path / "alle.csv"
    last = _canvass(config, "export", "calls", "--csv", final, "--db", db_url)
    assert last.wait(timeout=120) == 0
    with Store.open(db_url) as store, store.session() as session:
        assert len(session.exec(select(Company.id)).all()) == 440
        assert len(session.exec(select(CallOutcome.call_id)).all()) == 40
        assert len(session.exec(select(CallEvent.id)).all()) == 40 * 4  # start, left, entered, note
        notes = set(session.exec(select(Call.notes)).all())
    assert notes == {f"noter {company_id}" for company_id in range(1, 41)}
    exported = final.read_text(encoding="utf-8-sig").splitlines()
    assert len(exported) == 1 + 40  # a header and every call
