"""Where keys go: the search field keeps the cursor after a search, so letters typed next
type; ↓ or esc go down into the list; a closed dialog gives the focus back."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.help import HelpScreen
from canvass.ui.widgets.company_table import CompanyTable

from .helpers import settle


async def test_enter_keeps_the_cursor_in_the_search_field(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lund", "enter")
        await settle(pilot)
        search = app.screen.query_one("#search", Input)
        assert search.has_focus
        # "for smaa" typed on: the letters type; m does not open the meetings screen.
        await pilot.press(*" for smaa")
        await settle(pilot, debounce=True)
        assert isinstance(app.screen, CallList)
        assert search.value == "lund for smaa"


async def test_down_and_escape_leave_the_search_for_the_list(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(CompanyTable)
        for leave in ("down", "escape"):
            await pilot.press("slash", "a")
            assert app.screen.query_one("#search", Input).has_focus
            await pilot.press(leave)
            assert table.has_focus, leave


async def test_a_closed_dialog_gives_the_focus_back_to_the_search_field(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lund")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one("#search", Input).has_focus
