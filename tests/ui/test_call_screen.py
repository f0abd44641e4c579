"""A whole call through the app: list → phases → BALA → objection → meeting → database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlmodel
from textual.widgets import TextArea

from canvass.domain.phases import BalaStep, Phase
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Meeting
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.objection_bank import ObjectionBankScreen
from canvass.ui.screens.wrapup_dialog import WrapUpScreen
from canvass.ui.widgets.script_view import ScriptView
from tests.ui.helpers import settle

from .conftest import NOW


class SteppingClock:
    """A clock the test moves forward by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _app(settings, store, library, clock) -> CanvassApp:
    return CanvassApp(settings, store, library, clock=clock)


async def _open_call(pilot, company_name: str) -> CallScreen:
    """Search the list for a company and start a call to it."""
    await settle(pilot)
    await pilot.press("slash", *company_name)
    await settle(pilot, debounce=True)
    await pilot.press("escape", "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen), screen
    await pilot.pause(0.1)
    await settle(pilot)
    assert screen.session is not None
    return screen


def _company_id(store, name: str) -> int:
    with store.session() as session:
        return session.exec(sqlmodel.select(Company.id).where(Company.name == name)).one()


def _first_unclaimed_name(store) -> str:
    with store.session() as session:
        return session.exec(
            sqlmodel.select(Company.name)
            .where(Company.ad_protected == False)  # noqa: E712
            .order_by(Company.sort_name)
        ).first()


async def test_a_whole_call_ends_in_a_booked_meeting(settings, store, library) -> None:
    clock = SteppingClock(NOW)
    app = _app(settings, store, library, clock)
    name = _first_unclaimed_name(store)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, name)
        assert "ÅBNING" in str(screen.query_one(ScriptView).render())
        assert "{" not in str(screen.query_one(ScriptView).render())

        clock.advance(30)
        await pilot.press("2")  # analyse
        assert screen.session.phase is Phase.ANALYSE
        clock.advance(65)
        assert screen.phase_times(clock()) == [("Åbning", "0:30"), ("Analyse", "1:05")]
        await pilot.press("b", "b", "b", "B")  # B, A, L reached; L undone
        assert screen.session.bala == [BalaStep.BEHOV, BalaStep.ACCEPT_BEHOV]
        await pilot.press("right")
        assert screen.session.phase is Phase.INDVENDINGER

        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ObjectionBankScreen)
        await pilot.press(*"erfaring")  # finds "dårlig erfaring" without the å
        await pilot.pause()
        await pilot.press("enter")  # open the objection
        await pilot.press("enter")  # use its first answer
        await pilot.pause()
        assert app.screen is screen
        assert len(screen.session.objections) == 1

        await pilot.press("n", *"Mangler to tømrere")
        assert isinstance(app.focused, TextArea)
        await pilot.press("escape")
        assert not isinstance(app.focused, TextArea)

        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, WrapUpScreen)
        await pilot.press("1")
        await pilot.press(*"1.12.2026", "tab", *"10.00")
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.writer.flush()
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, CallList)

    company_id = _company_id(store, name)
    with store.session() as session:
        call = session.exec(sqlmodel.select(Call).where(Call.company_id == company_id)).all()[-1]
        assert call.ended_at is not None
        assert call.notes == "Mangler to tømrere"
        kinds = [
            e.kind
            for e in session.exec(sqlmodel.select(CallEvent).where(CallEvent.call_id == call.id))
        ]
        assert kinds.count("bala_reached") == 3 and kinds.count("bala_undone") == 1
        assert kinds.count("objection") == 1
        outcome = session.exec(
            sqlmodel.select(CallOutcome).where(CallOutcome.call_id == call.id)
        ).one()
        assert outcome.outcome == "meeting"
        meeting = session.exec(sqlmodel.select(Meeting).where(Meeting.call_id == call.id)).one()
        assert meeting.starts_at == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in CPH
        assert session.get(Company, company_id).claimed_by is None


async def test_a_killed_call_resumes_on_the_next_start(settings, store, library) -> None:
    clock = SteppingClock(NOW)
    name = _first_unclaimed_name(store)
    app = _app(settings, store, library, clock)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, name)
        await pilot.press("2", "b", "n", *"ring efter jul")
        await pilot.pause(0.8)  # the notes are saved half a second after the last key
        app.writer.flush()
        # Simulate kill -9: the app goes away without ending the call.
        call_id = screen.call_id

    again = _app(settings, store, library, clock)
    async with again.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("enter")  # "Genoptag opkaldet?" — yes
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, CallScreen)
        assert screen.call_id == call_id
        assert screen.session.phase is Phase.ANALYSE
        assert screen.session.bala == [BalaStep.BEHOV]
        assert screen.query_one("#notes", TextArea).text == "ring efter jul"


async def test_notes_reach_the_database_while_the_consultant_keeps_typing(
    settings, store, library
) -> None:
    clock = SteppingClock(NOW)
    app = _app(settings, store, library, clock)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, _first_unclaimed_name(store))
        await pilot.press("n")
        for letter in "kontakt hr":  # ~2 s of typing without a pause longer than 0.2 s
            await pilot.press(letter)
            await pilot.pause(0.2)
        app.writer.flush()
        with store.session() as session:
            saved = session.get(Call, screen.call_id).notes
        # Everything up to at most half a second ago is on disk, though typing never paused.
        assert len(saved) >= len("kontakt hr") - 3
        assert "kontakt hr".startswith(saved)


async def test_help_lists_the_call_keys(settings, store, library) -> None:
    from canvass.ui.screens.help import HelpScreen

    app = _app(settings, store, library, SteppingClock(NOW))
    async with app.run_test(size=(120, 34)) as pilot:
        await _open_call(pilot, _first_unclaimed_name(store))
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = dict((desc, keys) for keys, desc in app.screen.keys.screen)
        assert listed["BALA"] == "b"
        assert listed["indvendinger"] == "o"
        assert listed["noter"] == "n"
        assert listed["afslut"] == "e"
        assert listed["fase"].startswith("1")


async def test_ctrl_q_mid_call_asks_and_keeps_the_call(settings, store, library) -> None:
    from canvass.ui.screens.confirm import ConfirmScreen

    app = _app(settings, store, library, SteppingClock(NOW))
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, _first_unclaimed_name(store))
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # back to the call
        await pilot.pause()
        assert app.screen is screen
