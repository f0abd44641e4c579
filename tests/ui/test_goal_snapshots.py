"""Snapshots of the goal dialog and of the call screen with a goal and a focus, at the
smallest terminal (80×24) and the usual one (120×34). Sync tests: snap_compare runs the app."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.store import Store
from canvass.ui.app import CanvassApp

from .helpers import footer_settled, settle
from .test_call_goal import add_focus

SIZES = {"80x24": (80, 24), "120x34": (120, 34)}


async def _call_with_typed_goal(pilot: Pilot[None]) -> None:
    """A call to Bageriet Kirkevej with the goal dialog open and filled in."""
    await settle(pilot)
    await pilot.press("slash", *"Bageriet Kirkevej")
    await settle(pilot, debounce=True)
    await pilot.press("down", "enter")
    await settle(pilot)
    await pilot.pause(0.1)
    await settle(pilot)
    await pilot.press("g", *"Book et besøg om en praktikplads i bageriet")
    await pilot.press("tab", "space", "down", "down", "space", *["down"] * 3, "space")
    await pilot.press("tab", *"Åbningen giver to minutter; BALA finder behovet for en ekstra hånd.")
    await pilot.press("shift+tab")  # on the tools: no text cursor in the picture
    await pilot.pause()


@pytest.mark.parametrize("size", list(SIZES))
def test_goal_dialog(snap_compare, make_app: Callable[..., CanvassApp], size: str):  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=SIZES[size], run_before=_call_with_typed_goal)


@pytest.mark.parametrize("size", list(SIZES))
def test_call_screen_with_goal_and_focus(  # type: ignore[no-untyped-def]
    snap_compare, make_app: Callable[..., CanvassApp], store: Store, size: str
):
    add_focus(store, "Stil et åbent spørgsmål, før jeg foreslår et tilbud")

    async def run_before(pilot: Pilot[None]) -> None:
        await _call_with_typed_goal(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("2", "b")
        await settle(pilot)
        await footer_settled(pilot)

    assert snap_compare(make_app(), terminal_size=SIZES[size], run_before=run_before)
