"""The goal before the call (``g``) and "Dit fokus", driven with Pilot: typed, tools
toggled, saved, shown, kept through esc, and back after the app was killed; the same
dialog on a planned visit from the meetings screen."""

from __future__ import annotations

from collections.abc import Callable

import sqlmodel
from textual.widgets import Input, SelectionList, TextArea

from canvass.domain.goal import Goal
from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Call, Meeting
from canvass.store.sparring_models import Review, SparringCommitment
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_goal import FocusLine, GoalLine
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.goal_dialog import GoalDialog
from canvass.ui.screens.meetings import MeetingsScreen

from .conftest import NOW
from .helpers import settle


def add_focus(store: Store, text: str) -> None:
    """A review of one of AB's earlier calls, shared with AB, ending in an open commitment."""
    with store.session(write=True) as session:
        ab = session.exec(sqlmodel.select(Call).where(Call.consultant_id == 1)).first()
        assert ab is not None and ab.id is not None
        review = Review(call_id=ab.id, reviewer_id=2, caller_id=1, status="shared")
        session.add(review)
        session.flush()
        assert review.id is not None
        session.add(
            SparringCommitment(review_id=review.id, consultant_id=1, text=text, created_at=NOW)
        )


async def open_call(pilot, name: str = "Bageriet Kirkevej") -> CallScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("slash", *name)
    await settle(pilot, debounce=True)
    await pilot.press("down", "enter")
    await settle(pilot)
    await pilot.pause(0.1)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen) and screen.live is not None, screen
    return screen


def _line(screen: CallScreen) -> str:
    return str(screen.query_one(GoalLine).render())


async def test_the_goal_is_typed_picked_saved_shown_and_back_after_a_kill(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_call(pilot)
        assert _line(screen) == "Mål: ikke sat  (g: sæt mål)"
        await pilot.press("g")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, GoalDialog)
        await pilot.press(*"Book et besøg [i morgen]")
        await pilot.press("tab", "space", "down", "down", "space")  # åbning, BALA
        await pilot.press("tab", *"Behovet frem")
        assert dialog.query_one(SelectionList).selected == ["opening", "bala"]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert _line(screen) == (
            "Mål: Book et besøg [i morgen] · Redskaber: åbning, BALA · Effekt: Behovet frem"
        )
        app.writer.flush()
        call_id = screen.live.call_id if screen.live else 0
        with store.session() as session:
            call = session.get(Call, call_id)
            assert call is not None
            assert (call.goal, call.goal_tools, call.goal_effect) == (
                "Book et besøg [i morgen]",
                '["opening", "bala"]',
                "Behovet frem",
            )
        # Killed: the app goes away without ending the call.

    again = make_app()
    async with again.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("enter")  # "Genoptag opkaldet?" — yes
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, CallScreen) and screen.live is not None
        assert screen.live.call_id == call_id
        assert _line(screen).startswith("Mål: Book et besøg [i morgen] · Redskaber: åbning, BALA")
        await pilot.press("g")
        await pilot.pause()
        assert again.screen.query_one(Input).value == "Book et besøg [i morgen]"
        assert again.screen.query_one(TextArea).text == "Behovet frem"


async def test_esc_keeps_what_was_typed_for_the_same_call_and_saves_nothing(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_call(pilot)
        await pilot.press("g", *"Halvt skrevet", "tab", "space", "escape")
        await settle(pilot)
        assert app.screen is screen
        assert _line(screen).startswith("Mål: ikke sat")
        app.writer.flush()
        assert screen.live is not None
        assert Services.of(store).calls.goal_of(screen.live.call_id) == Goal()
        await pilot.press("g")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "Halvt skrevet"
        assert app.screen.query_one(SelectionList).selected == ["opening"]


async def test_the_focus_from_the_last_review_is_shown_as_text(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    add_focus(store, "Spørg [bold]hvad de tænker[/bold] før jeg foreslår")
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_call(pilot)
        focus = screen.query_one(FocusLine)
        assert focus.display
        shown = str(focus.render())
        assert shown == "Dit fokus: Spørg [bold]hvad de tænker[/bold] før jeg foreslår"


async def test_no_focus_line_without_an_open_commitment(make_app: Callable[..., CanvassApp]):
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_call(pilot)
        assert not screen.query_one(FocusLine).display


async def test_a_booked_visit_gets_a_goal_from_the_meetings_screen(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingsScreen)
        row = screen.selected()
        assert row is not None and row.status == "booked"
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalDialog)
        await pilot.press(*"Aftal to praktikpladser", "tab")
        await pilot.press(*["down"] * 5, "space")  # tilbud: Virksomhedspraktik
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        with store.session() as session:
            meeting = session.get(Meeting, row.id)
            assert meeting is not None
            assert meeting.goal == "Aftal to praktikpladser"
            assert meeting.goal_tools == '["offer:virksomhedspraktik"]'
        detail = str(screen.query_one("#fu-detail").render())
        assert "Mål: Aftal to praktikpladser · Redskaber: tilbud: Virksomhedspraktik" in detail
