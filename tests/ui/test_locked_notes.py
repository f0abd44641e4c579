"""Notes typed while another process holds the database are kept, retried and saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
import sqlmodel
from textual.widgets import Static

from canvass.store import Store, engine
from canvass.store.models import Call
from canvass.ui.app import CanvassApp

from .helpers import settle
from .test_call_screen import _first_unclaimed_name, _open_call


async def test_notes_typed_while_the_database_is_locked_are_not_lost(
    make_app: Callable[..., CanvassApp], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short busy timeout, so "longer than the busy timeout" is quick to reach.
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    store.engine.dispose()  # new connections pick the timeout up
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, _first_unclaimed_name(store))
        blocker = sqlite3.connect(store.target.file, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            await pilot.press("n", *"Vil have to kandidater")
            await pilot.pause(1.2)  # the save fires after 0.5 s and fails: locked
            label = str(screen.query_one("#notes-label", Static).render())
            assert "ikke gemt endnu" in label
            assert app.writer.pending > 0
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        await pilot.pause(1.5)  # the writer tries again and gets through
        await settle(pilot)
        app.writer.flush()
        with store.session() as session:
            call = session.exec(sqlmodel.select(Call).where(Call.id == screen.call_id)).one()
        assert call.notes == "Vil have to kandidater"
        await pilot.pause(1.1)  # the next tick clears the mark
        assert "ikke gemt endnu" not in str(screen.query_one("#notes-label", Static).render())
