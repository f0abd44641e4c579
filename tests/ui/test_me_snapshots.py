"""Snapshots of my details (ctrl+u), the first-start name prompt and a reminder.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from textual.pilot import Pilot

from canvass.ui.app import CanvassApp
from canvass.ui.widgets.today_panel import TodayPanel

from .conftest import NOW
from .helpers import settle
from .test_call_screen import SteppingClock

SIZES = [(80, 24), (120, 34)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_my_details(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("ctrl+u")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_first_start_name_prompt(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("m", "h", "enter")
        await settle(pilot)
        await pilot.press("ctrl+s")  # no name yet: the error under the field
        await pilot.pause()

    assert snap_compare(make_app(user=None), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_reminder(snap_compare, settings, store, library, size):  # type: ignore[no-untyped-def]
    clock = SteppingClock(NOW)
    app = CanvassApp(settings, store, library, clock=clock)

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        panel = app.call_list.query_one(TodayPanel)
        assert panel.today is not None
        clock.now = panel.today.later_today[0].due_at + timedelta(seconds=20)
        panel.refresh_now()
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
