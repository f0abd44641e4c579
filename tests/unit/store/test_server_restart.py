"""The PostgreSQL server goes away mid-call and comes back: nothing typed is lost.

A real server is stopped (``pg_ctlcluster … stop -m fast``, which ends every session as a
restart does) while a call is open — the tests' own cluster, never the shared one (see
``tests/faults.py``). The call's events and notes go through the app's :class:`Writer`,
which queues them while the server is down and writes them, in order, when it is back.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from canvass.domain.call_session import CallSession, EventKind
from canvass.domain.phases import Phase
from canvass.errors import StoreError
from canvass.services import Services
from canvass.store import Store
from canvass.store.writer import Writer
from tests.faults import FaultServer
from tests.unit.store.calls_data import T0, people

FAST = (0.1, 0.2, 0.5)


def _wait(condition: object, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_events_and_notes_wait_for_a_stopped_server_and_are_written_when_it_is_back(
    fault_server: FaultServer, fault_db: str
) -> None:
    errors: list[BaseException] = []
    saved = threading.Event()
    with Store.open(fault_db) as store:
        people(store)
        state, first = CallSession.begin(T0)
        call_id = Services.of(store).calls.start_call(
            company_id=1, consultant_id=1, script_id="rekruttering-besoeg",
            script_version=1, script_hash="", first_event=first,
        )  # fmt: skip
        writer = Writer(errors.append, on_saved=saved.set, backoff=FAST)
        try:
            fault_server.stop()
            typed = state.go_to(Phase.ANALYSE, T0 + timedelta(seconds=10))
            for seconds, text in ((20, "Taler med Jens"), (40, "Jens vil have materiale")):
                note = state.set_notes(text, T0 + timedelta(seconds=seconds))
                assert note is not None
                typed.append(note)
            for event in typed:
                writer.submit(
                    lambda event=event: Services.of(store).calls.record_events(call_id, [event])
                )
            # The screen's "ikke gemt endnu": the writer is behind and says why, once.
            assert _wait(lambda: writer.behind)
            assert writer.pending == len(typed)
            assert len(errors) == 1 and isinstance(errors[0], StoreError)
            assert errors[0].retryable and f"127.0.0.1:{fault_server.port}" in errors[0].message
            time.sleep(1.0)  # down a while: the writer keeps trying, nothing is dropped
            assert writer.pending == len(typed) and len(errors) == 1
            fault_server.start()
            assert saved.wait(30) and writer.pending == 0 and not writer.behind
        finally:
            writer.close()
        resumed = Services.of(store).calls.open_call(consultant_id=1)
    assert resumed is not None and resumed.call_id == call_id
    assert resumed.notes == "Jens vil have materiale"
    assert resumed.events[1:] == tuple(typed)  # every event, once, in the order typed
    kinds = [event.kind for event in resumed.events]
    assert kinds.count(EventKind.NOTE) == 2 and len(errors) == 1


def test_the_writer_gives_up_a_write_only_after_retries_and_says_why(
    fault_server: FaultServer, fault_db: str
) -> None:
    errors: list[BaseException] = []
    tries: list[float] = []
    with Store.open(fault_db) as store:
        people(store)
        state, first = CallSession.begin(T0)
        call_id = Services.of(store).calls.start_call(
            company_id=1, consultant_id=1, script_id="rekruttering-besoeg",
            script_version=1, script_hash="", first_event=first,
        )  # fmt: skip
        note = state.set_notes("ringer igen i morgen", T0 + timedelta(minutes=1))
        assert note is not None

        def save() -> None:
            tries.append(time.monotonic())
            Services.of(store).calls.record_events(call_id, [note])

        writer = Writer(errors.append, backoff=FAST)
        fault_server.stop()
        try:
            writer.submit(save)
            assert _wait(lambda: len(tries) >= 3)
            assert len(errors) == 1  # "not saved yet — trying again", said once
        finally:
            writer.close()  # quitting while the server is still down: given up, and said
            fault_server.start()
        assert len(errors) == 2 and all(isinstance(e, StoreError) for e in errors)
        given_up = errors[-1]
        assert isinstance(given_up, StoreError) and not given_up.retryable
        assert str(given_up).startswith("Ikke gemt: canvass lukkede, før databasen kunne nås")
        assert f"127.0.0.1:{fault_server.port}" in str(given_up)
        assert writer.pending == 0
        resumed = Services.of(store).calls.open_call(consultant_id=1)
    assert resumed is not None and resumed.notes == ""  # really not written, and said so
