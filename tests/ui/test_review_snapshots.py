"""Snapshots of the review queue and the review screen at 80×24 and 120×34 (fixed data and
clock). Sync tests on purpose: snap_compare runs the app itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.ui.app import CanvassApp
from canvass.ui.screens.review import ReviewScreen
from canvass.ui.screens.review_queue import ReviewQueueScreen

from .helpers import footer_settled, settle
from .review_data import Sparring, add_sparring, call_rubric, with_rubrics

SIZES = [(80, 24), (120, 34)]


@pytest.fixture
def sparring(store) -> Sparring:  # type: ignore[no-untyped-def]
    return add_sparring(store)


@pytest.fixture
def review_app(make_app: Callable[..., CanvassApp], sparring: Sparring) -> CanvassApp:
    app = make_app()
    app.library = with_rubrics(app.library, call_rubric())
    return app


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_review_queue(snap_compare, review_app: CanvassApp, size):  # type: ignore[no-untyped-def]
    app = review_app

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        assert app.consultant is not None
        await app.push_screen(
            ReviewQueueScreen(app.services, app.consultant, app.library, app.clock)
        )
        await settle(pilot)
        await footer_settled(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_review_screen(snap_compare, review_app: CanvassApp, sparring: Sparring, size):  # type: ignore[no-untyped-def]
    app = review_app

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        assert app.consultant is not None
        screen = ReviewScreen(
            app.services, app.consultant, app.library, app.clock, call_id=sparring.call_id
        )
        await app.push_screen(screen)
        await settle(pilot)
        await pilot.press("j", "down", "2", "tab", "3")
        await footer_settled(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
