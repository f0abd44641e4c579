"""Two apps on ONE database (both backends): AB calls, MK follows from a second "terminal".

The observer must show the caller's key within a second (polled with a deadline, never a
fixed sleep), keep MK's notes as MK's, tell the end of the call and follow the next one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from textual.pilot import Pilot
from textual.widgets import Input

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.phases import Phase
from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.objection_bank import ObjectionBankScreen
from canvass.ui.screens.observer import ObserverScreen
from canvass.ui.widgets.bala_tracker import BalaTracker
from canvass.ui.widgets.phase_stepper import PhaseStepper
from canvass.ui.widgets.watchers import WatchersBadge
from tests.ui.helpers import settle

from .conftest import NOW, TODAY
from .test_call_screen import SteppingClock, _first_unclaimed_name, _open_call

LIMIT = 1.0  # seconds from the caller's key to the observer's screen


async def _until(pilot: Pilot[None], done: Callable[[], bool], limit: float) -> float:
    """Seconds until ``done()`` holds; fails the test after ``limit`` seconds."""
    start = time.monotonic()
    while not done():
        elapsed = time.monotonic() - start
        assert elapsed < limit, f"not within {limit} s"
        await pilot.pause(0.02)
    return time.monotonic() - start


def _observer(app: CanvassApp) -> ObserverScreen:
    screen = app.screen
    assert isinstance(screen, ObserverScreen), screen
    return screen


async def test_a_buddy_follows_the_call_live_on_one_database(
    db_url: str, settings: Settings, library: Library
) -> None:
    with Store.open(db_url) as caller_store, Store.open(db_url) as observer_store:
        fill_demo(caller_store, today=TODAY, practice=False)
        clock = SteppingClock(NOW)
        caller = CanvassApp(settings, caller_store, library, clock=clock)
        observer = CanvassApp(
            replace(settings, user="MK"), observer_store, library, clock=clock, observe="AB"
        )
        reviewed: list[int] = []
        observer.open_review = reviewed.append  # type: ignore[attr-defined]  # the integrator's
        first, second = _first_unclaimed_name(caller_store), "Kantinen Torvet"
        async with caller.run_test(size=(120, 34)) as a, observer.run_test(size=(120, 34)) as b:
            await _until(b, lambda: isinstance(observer.screen, ObserverScreen), 10)
            watching = _observer(observer)
            await _until(b, lambda: watching.following, 10)

            call = await _open_call(a, first)
            await _until(b, lambda: watching._snap is not None, 5)
            assert watching._snap is not None
            assert watching._snap.view.company_name == first
            await _until(a, lambda: caller.screen.query_one(WatchersBadge).display, 5)
            assert "MK følger med" in str(caller.screen.query_one(WatchersBadge).render())

            stepper = watching.query_one(PhaseStepper)
            delays = []
            for key, phase in (("2", Phase.ANALYSE), ("3", Phase.INDVENDINGER)):
                clock.advance(20)
                start = time.monotonic()
                await a.press(key)
                delays.append(await _until(b, lambda p=phase: stepper.phase is p, LIMIT))
                delays[-1] = time.monotonic() - start
            assert "fase 3" in str(watching.query_one("#obs-clock").render())
            await a.press("b")
            await _until(b, lambda: watching.query_one(BalaTracker).reached == 1, LIMIT)

            await _until(a, lambda: caller.library.index_ready, 20)
            await a.press("o")
            await _until(a, lambda: isinstance(caller.screen, ObjectionBankScreen), 5)
            await a.press(*"erfaring")
            await a.pause()
            await a.press("enter", "enter")  # the objection, its first answer
            await _until(b, lambda: bool(watching._snap and watching._snap.objections), LIMIT)
            events = str(watching.query_one("#obs-events").render())
            assert "indvending »" in events and "→ Indvendinger" in events

            await b.press("n")
            assert isinstance(observer.focused, Input)
            await b.press(*"Lod kunden tale", "enter")
            call_id = call.live.call_id  # type: ignore[union-attr]
            me = observer.services.consultants.consultant("MK")
            assert me is not None
            await _until(b, lambda: bool(observer.services.observe.notes(call_id, me.id)), 5)
            (note,) = observer.services.observe.notes(call_id, me.id)
            assert (note.text, note.phase, note.offset_s) == (
                "Lod kunden tale",
                Phase.INDVENDINGER,
                40,
            )
            assert caller.consultant is not None
            caller_notes = caller.services.calls.open_call(caller.consultant.id)
            assert caller_notes is None or "Lod kunden tale" not in caller_notes.notes
            await _until(
                b, lambda: "Lod kunden tale" in str(watching.query_one("#obs-notes").render()), 5
            )

            await a.press("e")
            await a.pause()
            await a.press("5", "ctrl+s")  # ikke interesseret
            await _until(b, lambda: watching._ended is not None, 5)
            summary = str(watching.query_one("#obs-summary").render())
            assert "Opkaldet er slut" in summary and "Ikke interesseret" in summary
            assert reviewed == [call_id]  # the review of the call that ended is opened

            await settle(a)
            await _until(a, lambda: not isinstance(caller.screen, CallScreen), 5)
            await _open_call(a, second)
            await _until(
                b, lambda: bool(watching._snap and watching._snap.view.company_name == second), 5
            )
            assert watching._ended is None
            assert "Lod kunden tale" not in str(watching.query_one("#obs-notes").render())

            await b.press("escape")  # out of the note field (its text stays) ...
            assert not isinstance(observer.focused, Input)
            assert isinstance(observer.screen, ObserverScreen)
            await b.press("escape")  # ... and stop following
            await _until(b, lambda: not isinstance(observer.screen, ObserverScreen), 5)
            await _until(b, lambda: not watching.following, 5)
        backend = "postgresql" if "://" in db_url else "sqlite"
        print(f"observer delays ({backend}): {[round(d, 3) for d in delays]}")
        assert max(delays) < LIMIT
