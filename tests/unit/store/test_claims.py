"""Claims across processes: two separate Python processes on one SQLite file.

Each child opens its own :class:`Store` (its own engine and connections), so the only
thing standing between two consultants and one company is the conditional UPDATE.
"""

from __future__ import annotations

import multiprocessing
import os
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import pytest

from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import build_wrapup
from canvass.services import Services
from canvass.store import Store
from canvass.store.calls import CLAIM_TTL, CompanyClaimed
from canvass.store.models import Company, Consultant

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SPAWN = multiprocessing.get_context("spawn")
TIMEOUT = 60


def _child(
    db: str,
    initials: str,
    at: str,
    barrier: Barrier | None,
    results: Any,
    then: str = "",
) -> None:
    """Try to start a call on company 1; report "won" or "claimed:XX".

    ``then="finish"`` ends the call properly; ``then="crash"`` dies without a word,
    leaving the claim behind, as a killed terminal would.
    """
    store = Store.open(db)
    consultant = Services.of(store).consultants.consultant(initials)
    assert consultant is not None
    moment = datetime.fromisoformat(at)
    _session, first = CallSession.begin(moment)
    if barrier is not None:
        barrier.wait(TIMEOUT)  # both processes go for the company at the same moment
    try:
        call_id = Services.of(store).calls.start_call(
            company_id=1,
            consultant_id=consultant.id,
            script_id="rekruttering-besoeg",
            script_version=1,
            script_hash="abc",
            first_event=first,
        )
    except CompanyClaimed as claimed:
        results.put(f"claimed:{claimed.initials}")
        store.close()
        return
    results.put("won")
    if then == "crash":
        results.close()
        results.join_thread()  # the answer must leave before the process dies
        os._exit(0)  # no clean-up, no release: the claim stays behind
    if then == "finish":
        wrapup = build_wrapup(Outcome.NOT_INTERESTED, {}, now=moment, today=moment.date()).wrapup
        assert wrapup is not None
        Services.of(store).calls.finish_call(call_id, wrapup, moment + timedelta(minutes=3))
    store.close()


def _run(*children: tuple[Any, ...]) -> list[str]:
    results = SPAWN.Queue()
    processes = [
        SPAWN.Process(target=_child, args=(*args[:4], results, *args[4:])) for args in children
    ]
    for process in processes:
        process.start()
    found = [results.get(timeout=TIMEOUT) for _ in processes]
    for process in processes:
        process.join(TIMEOUT)
        assert process.exitcode == 0
    return found


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "shared.db"
    with Store.open(path) as store, store.session() as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.add(Consultant(initials="MK", name="Mads Kristensen"))
        session.add(Company(name="Hansen & Søn ApS", cvr="24256790", phone="75821140"))
    return str(path)


def _holder(db: str) -> tuple[int | None, datetime | None]:
    with Store.open(db) as store, store.session() as session:
        company = session.get(Company, 1)
        assert company is not None
        return company.claimed_by, company.claimed_at


def test_two_processes_claiming_at_once_exactly_one_wins(db: str) -> None:
    for _round in range(3):
        barrier = SPAWN.Barrier(2)
        found = _run(
            (db, "AB", T0.isoformat(), barrier),
            (db, "MK", T0.isoformat(), barrier),
        )
        assert sorted(found) in (["claimed:AB", "won"], ["claimed:MK", "won"]), found
        winner = 1 if "claimed:AB" in found else 2
        assert _holder(db)[0] == winner
        _release(db)  # ready for the next round


def _release(db: str) -> None:
    with Store.open(db) as store, store.session() as session:
        company = session.get(Company, 1)
        assert company is not None
        company.claimed_by, company.claimed_at = None, None
        session.add(company)


def test_a_crashed_process_leaves_a_claim_that_expires(db: str) -> None:
    assert _run((db, "AB", T0.isoformat(), None, "crash")) == ["won"]
    assert _holder(db)[0] == 1
    # While the claim is fresh, a colleague is refused and told who holds it ...
    soon = T0 + timedelta(minutes=10)
    assert _run((db, "MK", soon.isoformat(), None)) == ["claimed:AB"]
    # ... once it is older than CLAIM_TTL it is taken over.
    later = T0 + CLAIM_TTL + timedelta(minutes=1)
    assert _run((db, "MK", later.isoformat(), None)) == ["won"]
    assert _holder(db)[0] == 2


def test_a_finished_call_releases_the_claim(db: str) -> None:
    assert _run((db, "AB", T0.isoformat(), None, "finish")) == ["won"]
    assert _holder(db) == (None, None)
    right_after = T0 + timedelta(minutes=4)
    assert _run((db, "MK", right_after.isoformat(), None)) == ["won"]
