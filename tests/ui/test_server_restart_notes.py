"""Notes typed while the PostgreSQL server is down show 'ikke gemt endnu' and are saved later.

The app runs on a database on the tests' own PostgreSQL cluster, which is stopped mid-call
and started again (``tests/faults.py``; the shared server is never stopped).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import sqlmodel
from sqlmodel import select
from textual.widgets import Static

from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.store.models import Call
from canvass.ui.app import CanvassApp
from tests.faults import FaultServer

from .conftest import TODAY
from .helpers import settle
from .test_call_screen import _first_unclaimed_name, _open_call


@pytest.fixture
def store(fault_db: str) -> Iterator[Store]:
    """The demo data on the fault server (replaces the SQLite ``store`` of these tests)."""
    opened = Store.open(fault_db)
    fill_demo(opened, today=TODAY, practice=False)
    yield opened
    opened.close()


async def test_notes_typed_while_the_server_is_down_are_saved_when_it_is_back(
    make_app: Callable[..., CanvassApp], store: Store, fault_server: FaultServer
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, _first_unclaimed_name(store))
        fault_server.stop()
        try:
            await pilot.press("n", *"Vil have to kandidater")
            for _ in range(40):  # the save fires after 0.5 s and fails: server gone
                await pilot.pause(0.25)
                if app.writer.behind:
                    break
            await pilot.pause(1.1)  # the next tick shows the mark
            label = str(screen.query_one("#notes-label", Static).render())
            assert "ikke gemt endnu" in label
            assert app.writer.pending > 0
        finally:
            fault_server.start()
        for _ in range(60):  # the writer tries again (at most 5 s apart) and gets through
            await pilot.pause(0.25)
            if app.writer.pending == 0:
                break
        await settle(pilot)
        app.writer.flush()
        with store.session() as session:
            call = session.exec(sqlmodel.select(Call).where(Call.id == screen.call_id)).one()
        assert call.notes == "Vil have to kandidater"
        await pilot.pause(1.1)  # the next tick clears the mark
        assert "ikke gemt endnu" not in str(screen.query_one("#notes-label", Static).render())


async def test_quitting_mid_call_while_the_server_is_down_does_not_hang_and_says_what_is_lost(
    make_app: Callable[..., CanvassApp], store: Store, fault_server: FaultServer
) -> None:
    app = make_app()
    try:
        async with app.run_test(size=(120, 34)) as pilot:
            await _open_call(pilot, _first_unclaimed_name(store))
            fault_server.stop()
            await pilot.press("n", *"Ring tilbage efter jul", "escape")
            await pilot.press("q")  # quit mid-call: asks first
            await settle(pilot)
            await pilot.press("y")  # quit anyway: the notes are saved — or tried
            for _ in range(40):
                await pilot.pause(0.25)
                if not app.is_running:
                    break
            assert not app.is_running  # the quit did not wait for the server forever
    finally:
        fault_server.start()
    # Said after the screen closed (the launcher prints these), naming the server.
    assert any(m.startswith("Ikke gemt: canvass lukkede") for m in app.late_errors)
    assert any(f"127.0.0.1:{fault_server.port}" in m for m in app.late_errors)
    with store.session() as session:  # really not written: what the message says
        assert "Ring tilbage efter jul" not in {c.notes for c in session.exec(select(Call))}
