"""Small helpers shared by the Pilot tests."""

from __future__ import annotations

from textual.pilot import Pilot

from canvass.ui.screens.call_list import CallList
from canvass.ui.widgets.company_table import CompanyTable


async def settle(pilot: Pilot[object], *, debounce: bool = False) -> None:
    """Let timers fire and every worker finish, then let the UI catch up."""
    if debounce:
        await pilot.pause(CallList.DEBOUNCE + 0.15)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def table_of(pilot: Pilot[object]) -> CompanyTable:
    return pilot.app.screen.query_one(CompanyTable)


def row_ids(table: CompanyTable) -> list[int]:
    return [int(key.value) for key in table.rows if key.value is not None]
