"""q quits at once when nothing is open, and asks while a call or a draft is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from canvass.domain.call_session import CallSession
from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.confirm import ConfirmScreen

from .conftest import NOW
from .helpers import listed, settle


async def test_q_on_the_list_with_nothing_open_quits(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        await pilot.press("q")
        await settle(pilot)
        await pilot.pause(0.2)
        assert not app.is_running


async def test_q_asks_while_my_call_is_unfinished_after_later(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    probe = make_app()
    async with probe.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        target = listed(probe)[0]
        assert probe.consultant is not None
        me = probe.consultant.id
    _state, first = CallSession.begin(NOW - timedelta(minutes=5))
    Services.of(store).calls.start_call(
        company_id=target.id, consultant_id=me, script_id="rekruttering-besoeg",
        script_version=1, script_hash="", first_event=first,
    )  # fmt: skip
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("n")  # resume? — later
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # stay
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, CallList)


async def test_ctrl_q_asks_while_a_dialog_holds_typed_text(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("i", *"/tmp/firmaer.csv")  # the import dialog, a path typed
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running
