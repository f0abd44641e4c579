"""Ending a call through the app: type-ahead after ``e``, one-key callbacks, the outcome
dialogs that change the company (right person, right number, do-not-call), and ``k``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlmodel
from rich.markup import escape

from canvass.store.models import (
    Call,
    Callback,
    CallEvent,
    CallOutcome,
    Company,
    ContactPerson,
)
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.wrapup_dialog import WrapUpScreen
from canvass.ui.widgets.script_view import ScriptView
from tests.ui.helpers import settle
from tests.ui.test_call_screen import _company_id, _open_call
from tests.ui.test_wrapup_typeahead import burst, drain

from .conftest import NOW

TWO_CONTACTS = "A. Olsen Autoværksted ApS"  # the demo company listed first with two contacts
RIGHT = "Jens [b]Lund[/b]"  # brackets typed by a consultant are text, not markup


async def _stored(pilot, app) -> None:
    """Wait for the writer to store the wrap-up and the screen to follow."""
    await drain(pilot)
    app.writer.flush()
    await drain(pilot)
    await settle(pilot)


def _last_call(store, company_id: int) -> Call:
    with store.session() as session:
        return session.exec(
            sqlmodel.select(Call).where(Call.company_id == company_id).order_by(Call.id.desc())
        ).first()


async def test_e_and_the_callback_typed_in_one_burst(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await _open_call(pilot, TWO_CONTACTS)
        burst(app, "e", "2", "3/12", "tab", "10.00", "tab", "efter frokost", "ctrl+s")
        await _stored(pilot, app)
        assert isinstance(app.screen, CallList)
    company_id = _company_id(store, TWO_CONTACTS)
    call = _last_call(store, company_id)
    with store.session() as session:
        callback = session.exec(sqlmodel.select(Callback).where(Callback.call_id == call.id)).one()
        assert callback.due_at == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in CPH
        assert callback.reason == "efter frokost"
        kinds = session.exec(sqlmodel.select(CallEvent.kind).where(CallEvent.call_id == call.id))
        assert "phase_entered" in kinds.all()  # the digit 2 did not move the call to analyse
        events = session.exec(sqlmodel.select(CallEvent).where(CallEvent.call_id == call.id))
        assert [e.phase for e in events if e.kind == "phase_entered"] == ["aabning"]


async def test_e_typed_in_the_notes_stays_in_the_notes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, TWO_CONTACTS)
        await pilot.press("n", *"ej")
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)
        assert screen.query_one("#notes").text == "ej"


async def test_no_answer_and_one_key_callback_in_ten_minutes(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await _open_call(pilot, TWO_CONTACTS)
        burst(app, "e", "7", "a")
        await _stored(pilot, app)
        assert isinstance(app.screen, CallList)
    call = _last_call(store, _company_id(store, TWO_CONTACTS))
    with store.session() as session:
        outcome = session.exec(sqlmodel.select(CallOutcome).where(CallOutcome.call_id == call.id))
        assert outcome.one().outcome == "no_answer"
        callback = session.exec(sqlmodel.select(Callback).where(Callback.call_id == call.id)).one()
        assert callback.due_at == NOW + timedelta(minutes=10)
        assert callback.consultant_id == call.consultant_id


async def test_declined_marks_the_company_do_not_call(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await _open_call(pilot, TWO_CONTACTS)
        burst(app, "e", "f", "ctrl+s")
        await _stored(pilot, app)
    with store.session() as session:
        assert session.get(Company, _company_id(store, TWO_CONTACTS)).do_not_call


async def test_wrong_number_corrects_the_company_phone(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await _open_call(pilot, TWO_CONTACTS)
        burst(app, "e", "9", "7682 1234", "ctrl+s")
        await _stored(pilot, app)
    with store.session() as session:
        assert session.get(Company, _company_id(store, TWO_CONTACTS)).phone == "76821234"


async def test_wrong_person_then_call_the_right_one(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        first = await _open_call(pilot, TWO_CONTACTS)
        first_call = first.call_id
        burst(app, "e", "6", RIGHT, "tab", "værkfører", "tab", "20 30 40 50", "ctrl+s")
        await _stored(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        assert RIGHT in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("enter")
        await _stored(pilot, app)
        screen = app.screen
        assert isinstance(screen, CallScreen) and screen.call_id not in (None, first_call)
        assert screen.card.contact.name == RIGHT
        assert RIGHT in str(screen.query_one("#call-title").render())  # text, not markup
    with store.session() as session:
        person = session.exec(
            sqlmodel.select(ContactPerson).where(ContactPerson.name == RIGHT)
        ).one()
        assert (person.role, person.phone) == ("værkfører", "20304050")
        assert session.get(Call, screen.call_id).contact_id == person.id


async def test_k_switches_the_contact_and_the_script_follows(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, TWO_CONTACTS)
        first, second = sorted(screen.card.contacts, key=lambda c: c.id)
        assert screen.card.contact == first
        script = str(screen.query_one(ScriptView).render())
        addressed = first.name in script  # the opening addresses {kontaktperson}
        await pilot.press("k")
        await pilot.pause()
        assert screen.card.contact == second
        assert screen._values["kontaktperson"] == second.name
        assert second.name in str(screen.query_one("#call-title").render())
        card_text = str(screen.query_one("#card").render())
        assert f"▸ {second.name}" in card_text and first.name in card_text  # both listed
        script = str(screen.query_one(ScriptView).render())
        if addressed:
            assert second.name in script and first.name not in script
        await pilot.press("k")  # and round again
        assert screen.card.contact == first
        await pilot.press("k")
        app.writer.flush()
        call_id = screen.call_id
    with store.session() as session:
        assert session.get(Call, call_id).contact_id == second.id
        details = session.exec(
            sqlmodel.select(CallEvent.detail).where(
                CallEvent.call_id == call_id, CallEvent.kind == "contact_switched"
            )
        ).all()
        assert details == [str(second.id), str(first.id), str(second.id)]


async def test_wrapup_opens_with_a_saved_wrapup(make_app) -> None:
    from canvass.domain.outcomes import Outcome
    from canvass.domain.when import COPENHAGEN
    from canvass.domain.wrapup import CallbackDraft, WrapUp

    due = datetime(2026, 12, 3, 10, 0, tzinfo=COPENHAGEN)
    saved = WrapUp(Outcome.CALLBACK, "ring efter kl. 10", callback=CallbackDraft(due, "travlt"))
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = WrapUpScreen("Hansen", "01:00", now=NOW, today=NOW.date(), initial=saved)
        results: list = []
        app.push_screen(screen, results.append)
        await drain(pilot)
        values = {
            name: screen.query_one(f"#field-{name}").value
            for name in ("date", "time", "reason", "comment")
        }
        assert values == {
            "date": "3/12/2026", "time": "10:00", "reason": "travlt", "comment": "ring efter kl. 10"
        }  # fmt: skip
        assert screen.query_one("#wu-outcomes").chosen is Outcome.CALLBACK
        await pilot.press("ctrl+s")
        await drain(pilot)
        assert results == [saved]


async def test_a_company_name_with_brackets_is_shown_as_text(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = WrapUpScreen("Bager [b]Hansen[/b] [x", "01:00", now=NOW, today=NOW.date())
        app.push_screen(screen)
        await drain(pilot)
        title = screen.query_one("#wrapup").border_title  # given back as markup: escaped
        assert escape("Bager [b]Hansen[/b] [x") in str(title)


async def test_a_resumed_call_keeps_its_contact_and_calling_the_right_one_is_a_new_call(
    make_app, store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, TWO_CONTACTS)
        await pilot.press("k")  # the second contact
        app.writer.flush()
        second, resumed_id = screen.card.contact, screen.call_id
    again = make_app()  # as after a crash: the unfinished call is offered
    async with again.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("enter")  # "Genoptag opkaldet?" — yes
        await _stored(pilot, again)
        screen = again.screen
        assert isinstance(screen, CallScreen) and screen.call_id == resumed_id
        assert screen.card.contact == second
        burst(again, "e", "6", "Jens Lund", "ctrl+s")
        await _stored(pilot, again)
        await pilot.press("enter")  # call Jens Lund now
        await _stored(pilot, again)
        assert again.screen is screen and screen.call_id not in (None, resumed_id)
        assert screen.card.contact.name == "Jens Lund" and screen.session.notes == ""


async def test_esc_from_the_wrapup_keeps_what_was_typed_and_the_close_names_it(make_app) -> None:
    """Typing the meeting, going back to read the repeat-back, coming back: nothing lost."""
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_call(pilot, TWO_CONTACTS)
        await pilot.press("5")  # afslutning: the repeat-back has the meeting's gaps
        await pilot.pause()
        before = str(screen.query_one(ScriptView).render())
        assert "Vi ses ‹moede_ugedag› den ‹moede_dato›" in before
        burst(app, "e", "1", "tir", "tab", "10.30")
        await drain(pilot)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen  # back in the call, which stays open
        shown = str(screen.query_one(ScriptView).render())
        # NOW is Monday 23 November 2026: "tir" is Tuesday the 24th
        assert "Vi ses tirsdag den 24. november kl. 10.30 hos jer på " in shown
        assert "moede_sted" not in shown  # the company's address, prefilled in the form
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, WrapUpScreen)
        assert dialog.outcome is not None and dialog.outcome.name == "MEETING"
        assert dialog.query_one("#field-date").value == "tir"
        assert dialog.query_one("#field-time").value == "10.30"
