"""Snapshots of the feedback screen (inbox and review, commitments, trends per phase) and of
the call list's flag, on the demo data with the fixed reviews and the fixed clock.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.feedback import FeedbackScreen
from tests.feedback_data import RUBRICS, add_feedback

from .conftest import fixed_clock
from .helpers import settle

SIZES = [(80, 24), (120, 34)]


def _feedback_app(
    make_app: Callable[..., CanvassApp], store: Store, *, kept: bool = False
) -> CanvassApp:
    data = store.write(add_feedback)
    if kept:  # settled before the app starts: no notice over the screen
        caller = Actor(data.caller, Role.CONSULTANT)
        feedback = Services.of(store).feedback
        feedback.settle(caller, data.commitment_a, "kept", now=fixed_clock())
    return make_app()


def _open(tab: str, keys: tuple[str, ...] = ()) -> Callable[[Pilot[None]], object]:
    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, CanvassApp)
        await settle(pilot)
        assert app.consultant is not None
        screen = FeedbackScreen(app.services, app.consultant, fixed_clock, rubrics=RUBRICS,
                                tab=tab)  # fmt: skip
        await app.push_screen(screen)
        await settle(pilot)
        for name in keys:
            await pilot.press(name)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_feedback_review(snap_compare, make_app, store, size):  # type: ignore[no-untyped-def]
    app = _feedback_app(make_app, store)
    # The oldest review: observations, a "not relevant", a thread.
    assert snap_compare(app, terminal_size=size, run_before=_open("reviews", ("down", "down")))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_feedback_commitments(snap_compare, make_app, store, size):  # type: ignore[no-untyped-def]
    app = _feedback_app(make_app, store, kept=True)
    assert snap_compare(app, terminal_size=size, run_before=_open("commitments", ("down",)))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_feedback_trends(snap_compare, make_app, store, size):  # type: ignore[no-untyped-def]
    app = _feedback_app(make_app, store)
    assert snap_compare(app, terminal_size=size, run_before=_open("trends"))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_call_list_flags_new_feedback(snap_compare, make_app, store, size):  # type: ignore[no-untyped-def]
    app = _feedback_app(make_app, store)

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
