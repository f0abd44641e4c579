"""Snapshots of the statistics dashboard for a team lead on the hand-built statistics
dataset (November 2026, the fixed clock of ``stats_app``): its top (bar, overview,
sparkline, funnel chart), the A/B variants side by side, and its end (stops, sparring, the
debrief's tools).

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.store import Store
from canvass.ui.app import CanvassApp

from .helpers import settle
from .stats_app import fill_stats, stats_clock

SIZES = [(80, 24), (120, 34)]


def _app(tmp_path: Path, settings: Settings, library: Library) -> CanvassApp:
    store = Store.open(tmp_path / "stats.db")
    fill_stats(store)
    return CanvassApp(replace(settings, user="TL"), store, library, clock=stats_clock)


def _open(*, end: bool, to: str = "") -> Callable[[Pilot[None]], object]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("p")  # this month: November
        await settle(pilot)
        body = pilot.app.screen.query_one("#st-body", VerticalScroll)
        if end:
            body.scroll_end(animate=False)
        elif to:
            body.scroll_to_widget(pilot.app.screen.query_one(to), animate=False, top=True)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_stats_top(snap_compare, tmp_path, settings, library, size):  # type: ignore[no-untyped-def]
    app = _app(tmp_path, settings, library)
    assert snap_compare(app, terminal_size=size, run_before=_open(end=False))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_stats_end(snap_compare, tmp_path, settings, library, size):  # type: ignore[no-untyped-def]
    app = _app(tmp_path, settings, library)
    assert snap_compare(app, terminal_size=size, run_before=_open(end=True))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_stats_variants(snap_compare, tmp_path, settings, library, size):  # type: ignore[no-untyped-def]
    app = _app(tmp_path, settings, library)
    assert snap_compare(app, terminal_size=size, run_before=_open(end=False, to="#st-variants"))
