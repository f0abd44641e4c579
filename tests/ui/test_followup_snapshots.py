"""Rendered follow-up screens, compared with the accepted SVGs in __snapshots__/.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input

from canvass.ui.app import CanvassApp

from .helpers import settle


def test_callbacks(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_meetings(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_job_orders(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_job_order_edit_error(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.screen.query_one("#fu-field-title", Input).value = "Tømrer " * 15
        await pilot.press("end", "ctrl+s")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)
