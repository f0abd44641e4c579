"""The app paints first and opens its data layer after (canvass.ui.app_boot): the kept
first page shows before the database is open, the real page replaces it, keys pressed
meanwhile are not lost, and a database that cannot be opened ends the app cleanly."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from canvass.config import Settings
from canvass.errors import StoreError
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.app_boot import BootApp
from canvass.ui.screens.call_screen import CallScreen
from tests.ui.conftest import fixed_clock
from tests.ui.helpers import row_ids, table_of


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's state folder (where the kept first page lives), under tmp_path."""
    folder = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder / "canvass"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold the app's boot (opening the database) until the test sets the event."""
    opened = threading.Event()
    boot = BootApp._boot

    def held(self: BootApp, *args: Any) -> None:
        opened.wait(10)
        boot(self, *args)

    monkeypatch.setattr(BootApp, "_boot", held)
    yield opened
    opened.set()


def booting_app(settings: Settings, store: Store) -> CanvassApp:
    """The app as the command line starts it: no store, no library."""
    database = str(store.target.file)
    return CanvassApp(replace(settings, db_url=database), clock=fixed_clock)


def kept(state: Path) -> bool:
    return bool(list(state.glob("first-screen-*.json")))


async def _until(pilot: Any, check: Any, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError("never happened")


async def first_start(
    settings: Settings, store: Store, state: Path, gate: threading.Event
) -> list[int]:
    """A start with the database open at once, until its first page is kept; the rows
    shown. Then the gate closes: the next start's database waits for the test."""
    gate.set()
    app = booting_app(settings, store)
    async with app.run_test(size=(120, 34)) as pilot:
        await _until(pilot, lambda: app.booted and kept(state) and table_of(pilot).row_count > 0)
        await app.workers.wait_for_complete()
        shown = row_ids(table_of(pilot))
    gate.clear()
    return shown


async def test_a_start_keeps_the_first_page_and_the_next_shows_it_before_the_database(
    settings: Settings, store: Store, state: Path, gate: threading.Event
) -> None:
    first = await first_start(settings, store, state, gate)
    again = booting_app(settings, store)
    async with again.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert not again.booted
        assert row_ids(table_of(pilot))[:20] == first[:20]  # painted from the kept page
        gate.set()
        await _until(pilot, lambda: again.booted)
        await again.workers.wait_for_complete()
        await pilot.pause()
        assert row_ids(table_of(pilot)) == first  # the real page, the same order


async def test_a_changed_list_is_shown_as_it_is_now_never_as_kept(
    settings: Settings, store: Store, state: Path, gate: threading.Event
) -> None:
    top = (await first_start(settings, store, state, gate))[0]
    with store.engine.begin() as connection:  # a colleague's call settles the first callback
        connection.exec_driver_sql(
            "UPDATE company SET next_callback_at = NULL WHERE id = ?", (top,)
        )
    again = booting_app(settings, store)
    async with again.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert not again.booted
        # Read again with the kept page's recipe, before the database is open: as it is now.
        shown = row_ids(table_of(pilot))
        assert shown and shown[0] != top
        gate.set()
        await _until(pilot, lambda: again.booted)
        await again.workers.wait_for_complete()
        await pilot.pause()
        assert row_ids(table_of(pilot)) == shown  # the real page is the same


async def test_the_first_start_ever_shows_the_page_before_the_database(
    settings: Settings, store: Store, state: Path, gate: threading.Event
) -> None:
    # Nothing kept: the recipe shipped with canvass reads the page (the shipped scripts).
    app = booting_app(settings, store)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert not app.booted and not kept(state)
        shown = row_ids(table_of(pilot))
        assert len(shown) > 20
        gate.set()
        await _until(pilot, lambda: app.booted and kept(state))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert row_ids(table_of(pilot)) == shown  # the real page is the same


async def test_without_its_recipe_a_changed_list_waits_for_the_database(
    settings: Settings, store: Store, state: Path, gate: threading.Event, tmp_path: Path
) -> None:
    scripts = tmp_path / "scripts"  # a trainer's scripts: the shipped recipe does not hold
    shutil.copytree(settings.scripts_dir, scripts)
    (scripts / "fag.yaml").write_bytes((scripts / "fag.yaml").read_bytes() + b"# changed\n")
    settings = replace(settings, scripts_dir=scripts)
    top = (await first_start(settings, store, state, gate))[0]
    for file in state.glob("first-screen-*.json"):  # kept by code that kept no recipe
        data = json.loads(file.read_text(encoding="utf-8"))
        file.write_text(json.dumps({**data, "recipe": None}), encoding="utf-8")
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE company SET next_callback_at = NULL WHERE id = ?", (top,)
        )
    again = booting_app(settings, store)
    async with again.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert table_of(pilot).row_count == 0  # nothing kept that no longer holds
        assert not list(state.glob("first-screen-*.json"))
        gate.set()
        await _until(pilot, lambda: again.booted and table_of(pilot).row_count > 0)
        await again.workers.wait_for_complete()
        assert row_ids(table_of(pilot))[0] != top


async def test_enter_on_the_kept_page_opens_the_call_once_the_data_is_up(
    settings: Settings, store: Store, state: Path, gate: threading.Event
) -> None:
    await first_start(settings, store, state, gate)
    again = booting_app(settings, store)
    async with again.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        wanted = row_ids(table_of(pilot))[1]
        await pilot.press("down", "enter")  # before the database is open
        assert not isinstance(again.screen, CallScreen)
        gate.set()
        await _until(pilot, lambda: isinstance(again.screen, CallScreen))
        await pilot.pause(0.3)
        assert isinstance(again.screen, CallScreen)
        assert again.screen.company_id == wanted


async def test_a_database_that_cannot_be_opened_ends_the_app_with_its_message(
    settings: Settings, tmp_path: Path, state: Path
) -> None:
    app = CanvassApp(replace(settings, db_url=str(tmp_path / "missing" / "x.db")))
    async with app.run_test(size=(80, 24)) as pilot:
        await _until(pilot, lambda: app.boot_error is not None)
        await pilot.pause(0.2)
    assert isinstance(app.boot_error, StoreError)
    assert app.return_code == 2


def test_quitting_before_the_database_is_open_leaves_nothing_behind(
    settings: Settings, store: Store, state: Path, gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """`q` while the boot still waits: the app closes (its event loop with it); the boot,
    finishing after it, raises nothing (no traceback on the terminal) and closes the
    store it opened. Run as the command line runs it (``App.run``), not under run_test,
    whose loop outlives the app."""
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    gate.clear()
    app = CanvassApp(replace(settings, db_url=str(store.target.file)), clock=fixed_clock)

    async def quit_at_once(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("q")

    app.run(headless=True, size=(80, 24), auto_pilot=quit_at_once)
    boots = [t for t in threading.enumerate() if t.name == "canvass-boot"]
    gate.set()
    for thread in boots:
        thread.join(10)
    assert boots and failures == []
    assert app.boot_error is None
    assert app.opened_store is not None  # opened after the app had gone, and closed


async def test_the_boot_gets_the_next_screens_ready_after_the_list_has_its_data(
    settings: Settings, store: Store, state: Path, gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """After the services arrive, the boot thread imports the next screens and builds the
    bank's index, so the first enter, o, s … meet them loaded (canvass.ui.preload)."""
    from canvass.ui import preload
    from tests.unit.content.test_search import browsed_ahead

    done: list[tuple[str, list[str], bool]] = []
    real = preload.preload

    def watched(library: Any) -> list[str]:
        failed = real(library)
        browsed = browsed_ahead(library.objection_index)
        done.append((threading.current_thread().name, failed, library.index_ready and browsed))
        return failed

    monkeypatch.setattr(preload, "preload", watched)
    gate.set()
    app = booting_app(settings, store)
    async with app.run_test(size=(120, 34)) as pilot:
        await _until(pilot, lambda: bool(done))
        assert app.booted
    assert done == [("canvass-boot", [], True)]


def test_every_module_the_boot_gets_ready_exists() -> None:
    """A renamed screen module would otherwise only stop being preloaded, silently."""
    import importlib.util

    from canvass.ui.preload import NEXT_SCREENS

    assert [name for name in NEXT_SCREENS if importlib.util.find_spec(name) is None] == []


async def test_the_collector_held_while_starting_runs_again_after_the_first_frame(
    settings: Settings, store: Store, state: Path, gate: threading.Event
) -> None:
    import gc

    from canvass import launcher

    launcher.hold()
    try:
        app = booting_app(settings, store)
        async with app.run_test(size=(120, 34)) as pilot:
            await _until(pilot, gc.isenabled)
            assert gc.get_freeze_count() > 0
            gate.set()
    finally:
        launcher.release()
        gc.unfreeze()
        gc.enable()


async def test_q_before_any_call_quits_without_loading_the_call_screen(
    settings: Settings, store: Store, state: Path, gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The call screen imports the data layer: a second on the UI thread at start."""
    import sys

    monkeypatch.delitem(sys.modules, "canvass.ui.screens.call_screen")
    app = booting_app(settings, store)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert "canvass.ui.screens.call_screen" not in sys.modules
        gate.set()
