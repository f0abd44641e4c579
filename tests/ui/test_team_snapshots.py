"""Snapshots of the team screen: a trainer's view (with the keys to change the team) and a
consultant's (read-only), at 80×24 and 120×34. Sync tests: snap_compare runs the app."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.ui.app import CanvassApp

from .helpers import settle

SIZES = [(80, 24), (120, 34)]


async def _open_team(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await settle(pilot)
    pilot.app.action_team()  # type: ignore[attr-defined]
    await settle(pilot)
    await settle(pilot)
    await pilot.pause(0.1)
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_team_trainer(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _open_team(pilot)
        await pilot.press("up")  # from SL (me) to MK: a current pair and an ended one
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)

    assert snap_compare(make_app(user="SL"), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_team_consultant(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=size, run_before=_open_team)
