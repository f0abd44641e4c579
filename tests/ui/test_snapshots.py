"""Rendered screens, compared with the accepted SVGs in __snapshots__/.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from canvass.ui.app import CanvassApp

from .helpers import settle


def test_call_list(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_call_list_narrow(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_call_list_search(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"bager")
        await settle(pilot, debounce=True)

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_help(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_initials_prompt(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("1", "enter")
        await pilot.pause()

    assert snap_compare(make_app(user=None), terminal_size=(120, 34), run_before=run_before)


def test_call_screen(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    """A call in the analysis phase with the first BALA step reached."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"Bageriet Kirkevej")
        await settle(pilot, debounce=True)
        await pilot.press("down")  # from the search field to the list
        await pilot.press("enter")  # call the highlighted company
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        await pilot.press("2", "b")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)
