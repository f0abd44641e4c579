"""The audit log from the app: a search once used (not per keystroke), the card shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Input

from canvass.services import SearchLog, Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen

from .conftest import NOW
from .helpers import settle


def _logged(app: CanvassApp, action: str) -> list[tuple[str, int | None, str]]:
    app.writer.flush()
    return [
        (row.actor, row.company_id, row.detail)
        for row in app.services.privacy.audit_rows()
        if row.action == action
    ]


async def test_a_search_is_logged_once_when_used_not_per_keystroke(
    make_app: Callable[..., CanvassApp], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CallList, "SEARCH_USED", 0.5)
    names = [row.name for row in Services.of(store).companies.company_rows(limit=50, now=NOW)]
    word = next(w for name in names for w in name.split() if len(w) >= 6 and w.isalpha())
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word[:2])
        await settle(pilot, debounce=True)  # two letters shown, but only for a moment
        await pilot.press(*word[2:])
        await settle(pilot, debounce=True)
        assert _logged(app, "search") == []
        await pilot.pause(0.7)  # the results stood still: the search was used
        await pilot.press("enter")  # the same words again within a minute: no new line
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == word
        assert _logged(app, "search") == [("AB", None, word)]


async def test_opening_a_company_logs_the_search_and_the_card(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    target = Services.of(store).companies.company_rows(offset=2, limit=1, now=NOW)[0]
    assert target.cvr
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *target.cvr)
        await settle(pilot, debounce=True)
        await pilot.press("down", "enter")  # straight to the call, before the 2 s
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        assert _logged(app, "search") == [("AB", None, target.cvr)]
        cards = _logged(app, "read_card")
        assert cards == [("AB", target.id, "")]
        line = next(r for r in app.services.privacy.audit_rows() if r.action == "read_card")
        card = app.services.calls.company_card(target.id)
        assert card is not None
        assert line.contact_id == (card.contact.id if card.contact else None)


def test_search_log_repeats_a_term_only_after_a_minute() -> None:
    written: list[str] = []
    now = [0.0]
    log = SearchLog(written.append, clock=lambda: now[0])
    assert log.used("Kjærgaard  VVS")
    assert not log.used("kjaergaard vvs")  # the same words, folded
    assert log.used("Kjærgaard")  # other words
    now[0] = 59.0
    assert not log.used("Kjærgaard VVS")
    now[0] = 61.0
    assert log.used("Kjærgaard VVS")
    assert not log.used("   ")
    assert written == ["Kjærgaard VVS", "Kjærgaard", "Kjærgaard VVS"]


async def test_history_logs_the_company_read_and_a_search_of_all_notes(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    from .helpers import listed, table_of

    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        called = next(r for r in listed(app) if app.services.history.company_history(r.id))
        table_of(pilot).move_cursor(row=[r.id for r in listed(app)].index(called.id))
        await pilot.press("h")
        await settle(pilot)
        assert _logged(app, "read_card") == [("AB", called.id, "")]
        await pilot.press("slash", *"tid", "enter")  # search everyone's notes
        await settle(pilot)
        assert _logged(app, "search") == [("AB", None, "tid")]
