"""The sparring hub (``r`` on the call list): who my buddy is, my focus and new feedback,
and every way into sparring — follow live, give sparring, my feedback, the team."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.feedback import FeedbackScreen
from canvass.ui.screens.observer import ObserverScreen
from canvass.ui.screens.review_queue import ReviewQueueScreen
from canvass.ui.screens.sparring_hub import SparringHub
from canvass.ui.screens.team import TeamScreen
from canvass.ui.text import Plain
from tests.feedback_data import add_feedback
from tests.ui.helpers import settle

SIZES = [(80, 24), (120, 34)]


async def until(pilot: Pilot[None], done: Callable[[], bool], limit: float = 10) -> None:
    """Wait for ``done`` (the observer polls for ever: never wait for every worker)."""
    start = time.monotonic()
    while not done():
        assert time.monotonic() - start < limit, f"not within {limit} s"
        await pilot.pause(0.05)


async def open_hub(pilot: Pilot[None]) -> SparringHub:
    await settle(pilot)
    await settle(pilot)
    assert isinstance(pilot.app.screen, CallList)
    await pilot.press("r")
    await settle(pilot)
    await settle(pilot)
    hub = pilot.app.screen
    assert isinstance(hub, SparringHub)
    return hub


def texts(hub: SparringHub) -> list[str]:
    options = hub.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize(
    ("letter", "screen_type"),
    [("f", ObserverScreen), ("g", ReviewQueueScreen), ("s", FeedbackScreen), ("t", TeamScreen)],
)
async def test_each_choice_opens_its_screen_and_esc_comes_back(
    make_app: Callable[..., CanvassApp], letter: str, screen_type: type
) -> None:
    app = make_app()  # AB, paired with MK in the demo
    async with app.run_test(size=(120, 34)) as pilot:
        hub = await open_hub(pilot)
        assert str(hub.query_one("#hub-buddy", Plain).render()) == (
            "Din makker: MK (Mads Kristensen)"
        )
        assert texts(hub)[0] == "f  Følg MKs opkald live"
        await pilot.press(letter)
        await until(pilot, lambda: isinstance(app.screen, screen_type))
        for _ in range(3):  # the observer's first esc leaves its note field
            if isinstance(app.screen, CallList):
                break
            await pilot.press("escape")
            await pilot.pause(0.2)
        await until(pilot, lambda: isinstance(app.screen, CallList))


async def test_the_hub_counts_new_feedback_and_shows_my_focus(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    store.write(add_feedback)  # three reviews shared with AB, none acknowledged yet
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        hub = await open_hub(pilot)
        assert texts(hub)[2] == "s  Min sparring og mine forpligtelser — 3 ny(e)"
        focus = hub.query_one("#hub-focus", Plain)
        # The newest open commitment (review C, shared on the 7th).
        assert str(focus.render()) == "Dit fokus: Vent tre sekunder efter et nej"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)


async def test_without_a_buddy_the_hub_says_who_pairs_you(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app(user="JH")  # the demo's team lead has no buddy
    async with app.run_test(size=(120, 34)) as pilot:
        hub = await open_hub(pilot)
        assert "ingen makker endnu" in str(hub.query_one("#hub-buddy", Plain).render())
        assert texts(hub)[0] == "f  Følg min makker live"
        await pilot.press("f")
        await until(pilot, lambda: any("makker" in str(n.message) for n in app._notifications))
        assert isinstance(app.screen, CallList)  # nobody to follow: said in a toast


async def test_r_is_the_hub_only_on_the_call_list(make_app: Callable[..., CanvassApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.check_action("sparring", ()) is True
        app.action_team()
        await settle(pilot)
        assert app.check_action("sparring", ()) is False


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_hub_snapshot(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await open_hub(pilot)
        await pilot.pause(0.1)
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
