"""Small helpers shared by the Pilot tests."""

from __future__ import annotations

import threading
from typing import Any

from textual.pilot import Pilot

from canvass.store.call_lists import PriorityCounts, PriorityRow
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.widgets.company_table import CompanyTable


async def settle(pilot: Pilot[object], *, debounce: bool = False) -> None:
    """Let timers fire and every worker finish, then let the UI catch up."""
    if debounce:
        await pilot.pause(CallList.DEBOUNCE + 0.15)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def hold_searches(
    service: object,
    method: str,
    held: dict[str, threading.Event],
    *,
    called: threading.Event | None = None,
) -> None:
    """Make ``service.method`` (called with ``search=``) wait, for a search in ``held``,
    until that search's event is set (10 s at most); ``called`` is set as one arrives."""
    real = getattr(service, method)

    def held_call(**kwargs: Any) -> Any:
        release = held.get(str(kwargs.get("search") or ""))
        if release is not None:
            if called is not None:
                called.set()
            release.wait(10)
        return real(**kwargs)

    setattr(service, method, held_call)


def table_of(pilot: Pilot[object]) -> CompanyTable:
    return pilot.app.screen.query_one(CompanyTable)


def row_ids(table: CompanyTable) -> list[int]:
    return [row.id for row in table.rows]


def listed(app: CanvassApp, **changes: Any) -> list[PriorityRow]:
    """What the call list should show: the store's prioritised rows with the app's settings."""
    args: dict[str, Any] = {
        "list_id": None,
        "now": app.clock(),
        "consultant_id": app.call_list.consultant_id,
        "recent_days": app.settings.recent_days,
        "segments": app.call_list.segments(),
        "limit": CallList.PAGE_SIZE,
    }
    return app.services.lists.prioritised_rows(**(args | changes))


def listed_count(app: CanvassApp, **changes: Any) -> PriorityCounts:
    """The counts the call list should show (listed, skipped)."""
    args: dict[str, Any] = {
        "list_id": None,
        "now": app.clock(),
        "consultant_id": app.call_list.consultant_id,
        "recent_days": app.settings.recent_days,
        "segments": app.call_list.segments(),
    }
    return app.services.lists.count_prioritised(**(args | changes))


async def footer_settled(pilot: Pilot[object], *, tries: int = 40) -> None:
    """Wait until the footer shows the focused screen's keys, not just the app's.

    The footer recomposes on a posted "bindings changed" signal; under load a screenshot
    can come before it (seen once in CI: only "? hjælp" in the call screen's footer).
    """
    from textual.widgets._footer import FooterKey

    for _ in range(tries):
        await pilot.pause(0.05)
        if len(pilot.app.screen.query(FooterKey)) > 2:
            return
