"""Names and texts from outside are shown as text: never markup, never terminal control."""

from __future__ import annotations

from collections.abc import Callable

from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList as CallListScreen
from canvass.ui.text import plain, printable

from .helpers import settle

HOSTILE = (
    "Firma [/]",
    "[bold red]RØD[/]",
    "[@click=app.quit]Klik[/]",
    "[/b]",
    "Evil \x1b]0;pwned\x07 ApS",
    "Null\x00byte",
    "\u202eKSA\u202c ApS",
)


def test_printable_shows_control_characters_instead_of_obeying_them() -> None:
    assert printable("a\x1b]0;x\x07b") == "a␛]0;x␇b"
    assert printable("\u202eabc\x9b") == "\ufffdabc\ufffd"
    assert printable("tab\tand\nnewline") == "tab\tand\nnewline"
    for value in HOSTILE:
        text = plain(value)
        assert not text.spans  # no style came from the value
        assert "\x1b" not in text.plain and "\x00" not in text.plain


async def test_toasts_with_markup_and_escapes_are_literal(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        for value in HOSTILE:
            app.notify(value, title=value)
        await pilot.pause(0.2)
        shown = [n.message for n in app._notifications]
        assert shown[-len(HOSTILE) :] == [printable(v) for v in HOSTILE]
        await pilot.pause(0.2)
        assert app.is_running  # "[@click=app.quit]" did nothing, "[/]" did not crash


def _screen_text(app: CanvassApp) -> str:
    """What the terminal shows, as text (the SVG screenshot, unescaped)."""
    import html
    import re

    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\u00a0", " ")


async def test_every_screen_shows_hostile_names_as_text(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    """A company named with markup and a terminal escape, a contact named "[/b]", a
    do-not-call company named "Firma [/]": walked through every screen of the call."""
    from sqlmodel import select

    from canvass.store.models import Company, ContactPerson

    app = make_app()
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        first = app.call_list._rows[0]
        blocked = next(r for r in app.services.lists.prioritised_rows(
            list_id=None, now=app.clock(), consultant_id=None, recent_days=14,
            include_skipped=True, limit=500) if r.do_not_call)  # fmt: skip
        with store.session() as session:
            company = session.get(Company, first.id)
            assert company is not None
            company.name = "[bold red]RØD[/] \x1b]0;pwned\x07 ApS"
            session.add(company)
            for contact in session.exec(
                select(ContactPerson).where(ContactPerson.company_id == first.id)
            ):
                contact.name = "[/b]"
                session.add(contact)
            other = session.get(Company, blocked.id)
            assert other is not None
            other.name = "Firma [/] [@click=app.quit]Klik[/]"
            session.add(other)
        app.call_list._reload()
        await settle(pilot)
        shown = _screen_text(app)
        assert "[bold red]RØD[/]" in shown and "\x1b" not in shown
        # The do-not-call company: refused through a toast that quotes its name.
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("slash", *"Firma")
        await settle(pilot, debounce=True)
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.pause(0.3)
        assert app.is_running
        await pilot.press("slash")
        app.screen.query_one("#search").value = ""  # type: ignore[attr-defined]
        await settle(pilot, debounce=True)
        await pilot.press("down", "home", "enter")  # call the renamed company
        await settle(pilot)
        await pilot.pause(0.3)
        from canvass.ui.screens.call_screen import CallScreen

        assert isinstance(app.screen, CallScreen), app.screen
        shown = _screen_text(app)
        assert "[bold red]RØD[/]" in shown and "[/b]" in shown
        for keys in (["o"], ["e"], ["h"]):  # objection bank, wrap-up, history
            await pilot.press(*keys)
            await settle(pilot)
            assert app.is_running
            assert "[bold red]RØD[/]" in _screen_text(app) or keys == ["o"]
            await pilot.press("escape")
            await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        assert app.is_running


def _poison(store: Store) -> None:
    """Every company, contact, note, list and job order gets markup and a terminal escape."""
    from sqlmodel import select

    from canvass.store.models import (
        Callback,
        CallList,
        CallOutcome,
        Company,
        ContactPerson,
        JobOrder,
        Meeting,
    )

    bad = "[bold red]RØD[/] \x1b]0;pwned\x07"
    with store.session() as session:
        for model, fields in (
            (Company, ("name", "city", "notes")),
            (ContactPerson, ("name", "role")),
            (Callback, ("reason",)),
            (Meeting, ("location", "attendees", "purpose", "result_note")),
            (JobOrder, ("title", "description", "requirements", "contact_name")),
            (CallOutcome, ("comment",)),
            (CallList, ("name",)),
        ):
            for number, row in enumerate(session.exec(select(model))):
                for field in fields:
                    setattr(
                        row, field, f"{bad}{number}"[:100] if field == "title" else f"{bad}{number}"
                    )
                session.add(row)


async def test_follow_up_lists_history_and_today_show_hostile_text_as_text(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    """Callbacks, meetings, job orders (and editing one), the list picker, the history, today's
    calls and the today panel: every text from the database is shown literally."""
    _poison(store)
    app = make_app()
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await settle(pilot)
        seen = 0
        for keys in (["t"], ["m"], ["j"], ["j", "enter"], ["l"], ["h"], ["u"], ["a"]):
            await pilot.press(*keys)
            await settle(pilot)
            await pilot.pause(0.2)
            assert app.is_running, keys
            shown = _screen_text(app)
            assert "\x1b" not in shown and "\x07" not in shown, keys
            if "[bold red]RØD[/]" in shown:
                seen += 1
            assert "pwned" not in shown or "␛]0;pwned␇" in shown, keys
            while not isinstance(app.screen, CallListScreen):  # the default screen is under it
                await pilot.press("escape")
                await settle(pilot)
            if keys == ["a"]:
                await pilot.press("a")  # the today panel back as it was
                await settle(pilot)
        assert seen >= 6  # the names were on the screens, literally
        assert app.is_running
