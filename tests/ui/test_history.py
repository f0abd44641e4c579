"""The history screen (``h``), the search across all calls (``/``), today's calls (``u``)
and correcting a saved call, with Pilot."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, OptionList, Static

from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.correction_dialogs import CorrectionDialog
from canvass.ui.screens.history import HistoryScreen
from canvass.ui.screens.todays_calls import TodaysCallsScreen
from canvass.ui.screens.wrapup_dialog import OutcomeChooser

from .conftest import NOW
from .helpers import listed, settle, table_of

SIZE = (120, 34)


def _title(app: CanvassApp) -> str:
    return str(app.screen.query_one("#history-title", Static).render())


def _shown(app: CanvassApp) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def _call_today(store: Store, company_id: int, consultant_id: int, outcome: Outcome) -> int:
    state, first = CallSession.begin(NOW)
    call_id = Services.of(store).calls.start_call(
        company_id=company_id, consultant_id=consultant_id, script_id="rekruttering-besoeg",
        script_version=1, script_hash="", first_event=first,
    )  # fmt: skip
    Services.of(store).calls.record_events(call_id, [state.set_notes("Spurgte efter Mette", NOW)])
    Services.of(store).calls.finish_call(call_id, WrapUp(outcome), NOW)
    return call_id


async def test_h_shows_the_highlighted_companys_calls_and_slash_searches_all(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        called = next(r for r in listed(app) if app.services.history.company_history(r.id))
        table_of(pilot).move_cursor(row=[r.id for r in listed(app)].index(called.id))
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        calls = app.services.history.company_history(called.id)
        assert _title(app) == f"{called.name} · {len(calls)} opkald, nyeste først"
        assert len(_shown(app)) == len(calls)
        assert calls[0].consultant in _shown(app)[0]
        # Search a word from a note of another company's call.
        other = next(
            c for c in app.services.history.search_calls("a", limit=500)
            if c.company_id != called.id and c.notes.strip()
        )  # fmt: skip
        word = max(other.notes.split(), key=len).strip(".,!?")
        await pilot.press("slash", *word.upper())
        await pilot.pause(HistoryScreen.DEBOUNCE + 0.1)
        await settle(pilot)
        hits = app.services.history.search_calls(word)
        assert _title(app).startswith(f"Søgning i alle virksomheders opkald: “{word.upper()}”")
        assert len(_shown(app)) == len(hits) and any(h.call_id == other.call_id for h in hits)
        await pilot.press("enter")  # from the field to the hits
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        screen.query_one(OptionList).highlighted = [h.call_id for h in hits].index(other.call_id)
        await pilot.press("enter")  # that company's history
        await settle(pilot)
        assert screen.company_id == other.company_id
        assert _title(app).startswith(f"{other.company_name} · ")
        assert not screen.query_one(Input).display
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)


async def test_u_corrects_todays_call_and_list_and_history_show_it(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.consultant is not None
        company = listed(app)[0]
        call_id = _call_today(store, company.id, app.consultant.id, Outcome.NO_ANSWER)
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, TodaysCallsScreen)
        assert _title(app).startswith("Dagens opkald · 1 af dine egne")
        assert "Intet svar" in _shown(app)[0]
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, CorrectionDialog)
        assert dialog.outcome is Outcome.NO_ANSWER  # pre-chosen
        assert dialog.query_one("#wrapup").border_title == (
            f"Ret opkald — {company.name} — kl. 10:00"
        )
        await pilot.press("ctrl+o", "5")  # not interested
        dialog.query_one("#field-comment", Input).value = "Har folk nok"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TodaysCallsScreen)
        assert "Ikke interesseret · rettet 1×" in _shown(app)[0]
        [revision] = Services.of(store).history.call_revisions(call_id)
        assert (revision.before["outcome"], revision.after["outcome"]) == (
            "no_answer", "not_interested",
        )  # fmt: skip
        assert revision.after["comment"] == "Har folk nok"
        await pilot.press("escape")  # back to the list, which reloads
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        await pilot.press("slash", *company.name)
        await settle(pilot, debounce=True)
        await pilot.press("down")  # from the search field down to the list
        await settle(pilot)
        assert "Ikke interesseret" in str(table_of(pilot).cells(company.id)[6])
        await pilot.press("h")
        await settle(pilot)
        assert "Ikke interesseret · rettet 1×" in _shown(app)[0]
        await pilot.press("r")  # what it was before
        await settle(pilot)
        shown = str(app.screen.query_one("#hi-revisions Static", Static).render())
        assert "Resultat: Intet svar → Ikke interesseret" in shown


async def test_a_colleagues_call_cannot_be_corrected(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.consultant is not None
        company = listed(app)[0]
        colleague = next(
            c for c in Services.of(store).consultants.consultants() if c.id != app.consultant.id
        )
        _call_today(store, company.id, colleague.id, Outcome.BUSY)
        table_of(pilot).move_cursor(row=0)
        await pilot.press("h")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)  # no dialog
        assert not isinstance(app.screen.focused, OutcomeChooser)
        notes = [n.message for n in app._notifications]
        assert "Du kan kun rette dine egne opkald fra i dag" in notes
        assert (
            Services.of(store).history.call_revisions(
                Services.of(store).history.company_history(company.id)[0].call_id
            )
            == []
        )


async def test_h_on_the_call_screen_shows_the_companys_history(
    make_app: Callable[..., CanvassApp],
) -> None:
    from canvass.ui.screens.call_screen import CallScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = listed(app)
        called = next(
            r for r in rows if app.services.history.company_history(r.id) and not r.skip_reason
        )
        table_of(pilot).move_cursor(row=rows.index(called))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert _title(app).startswith(f"{called.name} · ")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)  # the call goes on


def test_the_card_shows_the_calls_in_full_with_the_objections_said() -> None:
    from canvass.store.cards import CompanyCard, PastCall
    from canvass.ui.widgets.company_card import card_content

    T0 = NOW
    note = "Mette er på barsel til marts. Ring til Lars i stedet – han har budgettet og vil gerne."
    past = PastCall(T0, "AB", "send_material", note, "Pjece", ("send-en-mail", "ukendt"), True)
    card = CompanyCard(
        1, "Hansen", None, None, None, None, None, None, None, None, False, False, False, (),
        (past,),
    )  # fmt: skip
    text = card_content(card, [], says={"send-en-mail": "Send mig bare en mail"}).plain
    assert "23/11/2026 10:00 AB Send materiale · rettet" in text
    assert note in text  # whole, not cut at 48 characters
    assert "Pjece" in text
    assert "Indvendinger: Send mig bare en mail; ukendt" in text


async def test_the_history_loads_the_next_page_near_the_end(
    make_app: Callable[..., CanvassApp], monkeypatch
) -> None:
    monkeypatch.setattr(HistoryScreen, "PAGE_SIZE", 2)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = listed(app)
        most = max(rows[:40], key=lambda r: len(app.services.history.company_history(r.id)))
        total = len(app.services.history.company_history(most.id))
        assert total > 4
        table_of(pilot).move_cursor(row=rows.index(most))
        await pilot.press("h")
        await settle(pilot)
        assert len(_shown(app)) < total and "+ opkald" in _title(app)  # more pages to come
        for _ in range(total):
            await pilot.press("down")
            await settle(pilot)
        assert len(_shown(app)) == total
        assert _title(app) == f"{most.name} · {total} opkald, nyeste først"


async def test_the_wrapup_dialog_pre_fills_a_saved_wrapup(
    make_app: Callable[..., CanvassApp],
) -> None:
    from datetime import UTC, datetime

    from textual.widgets import RadioSet

    from canvass.domain.wrapup import MeetingDraft
    from canvass.ui.screens.wrapup_dialog import WrapUpScreen

    meeting = MeetingDraft(
        datetime(2026, 12, 1, 9, 0, tzinfo=UTC), 45, "video", "", "Mette, AB", "Lærlinge"
    )
    saved = WrapUp(Outcome.MEETING, "god snak", meeting=meeting)
    results: list[WrapUp | None] = []
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = WrapUpScreen("Hansen", "", now=NOW, today=NOW.date(), initial=saved)
        app.push_screen(dialog, results.append)
        await pilot.pause()
        assert dialog.outcome is Outcome.MEETING
        values = {
            name: dialog.query_one(f"#field-{name}", Input).value
            for name in ("date", "time", "duration_min", "attendees", "purpose", "comment")
        }
        assert values == {
            "date": "1/12/2026", "time": "10:00", "duration_min": "45",
            "attendees": "Mette, AB", "purpose": "Lærlinge", "comment": "god snak",
        }  # fmt: skip
        assert dialog.query_one("#field-location_kind", RadioSet).pressed_index == 2
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results == [saved]  # saved unchanged, as it was
