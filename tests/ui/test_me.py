"""Who I am: asked right after new initials, edited with ctrl+u, used by the scripts."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, Static

from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.initials import InitialsScreen
from canvass.ui.screens.me import MeScreen
from tests.ui.helpers import settle


async def test_first_start_asks_the_name_right_after_new_initials(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app(user=None)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, InitialsScreen)
        await pilot.press("m", "h", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MeScreen)
        await pilot.press("escape")  # the name is needed: esc does not skip it
        assert isinstance(app.screen, MeScreen)
        await pilot.press("ctrl+s")
        error = app.screen.query_one("#me-error-name", Static)
        assert error.display and "fulde navn" in str(error.render())
        await pilot.press(*"Mette Hansen", "enter", *"7582 114", "enter", "enter")
        phone_error = app.screen.query_one("#me-error-phone", Static)
        assert phone_error.display and "8 cifre" in str(phone_error.render())
        # Nothing typed is lost; the phone field has the focus to fix it.
        assert app.screen.query_one("#me-name", Input).value == "Mette Hansen"
        assert app.focused is app.screen.query_one("#me-phone", Input)
        await pilot.press("0", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "MH (Mette Hansen)" in app.sub_title
    me = Services.of(store).consultants.consultant("MH")
    assert me is not None and (me.name, me.phone) == ("Mette Hansen", "75821140")


async def test_known_initials_are_not_asked_again(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app(user=None)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("a", "b", "enter")  # Anne Bech is in the demo data
        await settle(pilot)
        assert isinstance(app.screen, CallList)


async def test_ctrl_u_edits_my_details_and_the_next_call_uses_them(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u")
        assert isinstance(app.screen, MeScreen)
        name = app.screen.query_one("#me-name", Input)
        assert name.value == "Anne Bech"
        name.value = "Anne Bech Sørensen"
        await pilot.press("escape")  # cancelled: nothing stored
        await settle(pilot)
        assert Services.of(store).consultants.consultant("AB").name == "Anne Bech"  # type: ignore[union-attr]
        await pilot.press("ctrl+u")
        app.screen.query_one("#me-name", Input).value = "Anne Bech Sørensen"
        app.screen.query_one("#me-email", Input).value = "abs@vejle.dk"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert app.consultant is not None and app.consultant.name == "Anne Bech Sørensen"
        assert "Anne Bech Sørensen" in app.sub_title
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        values = app.screen._values  # type: ignore[attr-defined]
        assert values["konsulent"] == "Anne Bech Sørensen" and values["konsulent_fornavn"] == "Anne"
    saved = Services.of(store).consultants.consultant("AB")
    assert saved is not None and saved.email == "abs@vejle.dk"


async def test_the_mouse_saves_and_cancels_too(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+u")
        app.screen.query_one("#me-name", Input).value = "Anne B."
        await pilot.click("#me-cancel")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        await pilot.press("ctrl+u")
        app.screen.query_one("#me-name", Input).value = "Anne Bech Sørensen"
        await pilot.click("#me-save")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
    assert Services.of(store).consultants.consultant("AB").name == "Anne Bech Sørensen"  # type: ignore[union-attr]


async def test_the_palette_opens_my_details(make_app: Callable[..., CanvassApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Mine oplys")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeScreen)
