"""Getting to the observer screen in the app (``o`` on the call list, ``open_observer``),
the refusals said in words, and "MK følger med" on the caller's call list."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.observer import ObserverScreen
from canvass.ui.widgets.watchers import WatchersBadge

from .conftest import NOW
from .helpers import settle


async def _until(pilot: Pilot[None], done: Callable[[], bool], limit: float = 10) -> None:
    start = time.monotonic()
    while not done():
        assert time.monotonic() - start < limit, f"not within {limit} s"
        await pilot.pause(0.05)


def _messages(app: CanvassApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_o_on_the_call_list_follows_my_buddy(make_app: Callable[..., CanvassApp]) -> None:
    app = make_app()  # AB, whose buddy in the demo data is MK
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await _until(pilot, lambda: app.consultant is not None)
        await pilot.press("o")
        await _until(pilot, lambda: isinstance(app.screen, ObserverScreen))
        assert "Følger MK (Mads Kristensen)" in str(app.screen.query_one("#obs-title").render())
        await _until(
            pilot, lambda: "Venter på, at MK" in str(app.screen.query_one("#obs-goal").render())
        )
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, CallList))


async def test_no_buddy_and_no_right_are_said_not_shown(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app(user="JH")  # JH (team lead) has no buddy and is no trainer
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await _until(pilot, lambda: app.consultant is not None)
        await pilot.press("o")
        await pilot.pause()
        assert "Du har ingen makker at følge endnu" in _messages(app)
        app.open_observer("AB")
        await _until(pilot, lambda: any("kun ABs makker" in m for m in _messages(app)))
        app.open_observer("QQ")
        await _until(pilot, lambda: any("initialerne QQ" in m for m in _messages(app)))
        assert isinstance(app.screen, CallList)


async def test_the_caller_sees_who_follows(
    make_app: Callable[..., CanvassApp], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WatchersBadge, "INTERVAL", 0.2)
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await _until(pilot, lambda: app.consultant is not None)
        badge = app.call_list.query_one(WatchersBadge)
        assert not badge.display  # nobody follows AB yet
        services = app.services
        ab, mk = services.consultants.consultant("AB"), services.consultants.consultant("MK")
        assert ab is not None and mk is not None
        observation = services.observe.start(mk.id, ab.id, NOW)
        await _until(pilot, lambda: badge.display)
        assert str(badge.render()) == "MK følger med"
        services.observe.stop(observation, NOW)
        await _until(pilot, lambda: not badge.display)


async def test_the_palette_follows_my_buddy(make_app: Callable[..., CanvassApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await _until(pilot, lambda: app.consultant is not None)
        await pilot.press("ctrl+p")
        await pilot.press(*"følg min")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ObserverScreen))
