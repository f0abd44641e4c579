"""The call list, driven with Pilot: rows, search, paging, choosing a company."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.message import Message
from textual.widgets import Input

from canvass.domain.phone import format_phone
from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Company
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.widgets.company_table import CompanyTable

from .conftest import NOW
from .helpers import hold_searches, listed, listed_count, row_ids, settle, table_of


async def test_list_shows_companies_and_counts(make_app: Callable[..., CanvassApp], store: Store):
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        table = table_of(pilot)
        # The prioritised list: everything the store lists, in its order.
        expected = listed(app, limit=5)
        assert table.row_count == min(listed_count(app).listed, CallList.PAGE_SIZE)
        assert row_ids(table)[:5] == [row.id for row in expected]
        assert table.has_focus
        assert "Jobcenter Vejle" in app.sub_title


async def _search(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    search = pilot.app.screen.query_one("#search", Input)
    assert search.has_focus
    search.value = ""
    await pilot.press(*text)
    await settle(pilot, debounce=True)


async def test_search_by_name_cvr_and_spaced_phone(
    make_app: Callable[..., CanvassApp], store: Store
):
    target = Services.of(store).companies.company_rows(offset=3, limit=1, now=NOW)[0]
    assert target.cvr and target.phone
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        word = min(target.name.split(), key=Services.of(store).companies.count_companies)
        await _search(pilot, word)
        ids = row_ids(table_of(pilot))
        assert target.id in ids
        assert (
            len(ids)
            == Services.of(store).companies.count_companies(word)
            < Services.of(store).companies.count_companies()
        )

        await _search(pilot, target.cvr)
        assert row_ids(table_of(pilot)) == [target.id]

        await _search(pilot, format_phone(target.phone))
        assert row_ids(table_of(pilot)) == [target.id]

        # "/" is the search key, but inside the field it is just a character.
        await _search(pilot, "I/S")
        assert app.screen.query_one("#search", Input).value == "I/S"
        assert table_of(pilot).row_count == Services.of(store).companies.count_companies("I/S") > 0

        await pilot.press("escape")
        assert table_of(pilot).has_focus


async def test_search_without_match_says_so(make_app: Callable[..., CanvassApp]):
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await _search(pilot, "zzqxj")
        assert table_of(pilot).row_count == 0
        assert app.screen.query_one("#empty").display


async def test_moving_down_loads_the_next_page(make_app: Callable[..., CanvassApp], store: Store):
    with store.session() as session:
        for i in range(450):
            session.add(Company(name=f"Ølstykke Test {i:04d} ApS", city="Ølstykke"))
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        total = listed_count(app).listed
        assert total > 2 * CallList.PAGE_SIZE
        table = table_of(pilot)
        assert table.row_count == CallList.PAGE_SIZE
        table.move_cursor(row=CallList.PAGE_SIZE - CompanyTable.LOOKAHEAD - 2)
        await pilot.press("down", "down", "down")
        await settle(pilot)
        assert table.row_count == 2 * CallList.PAGE_SIZE
        count = str(app.screen.query_one("#count").render())
        assert count == f"viser 400 af {total:,}".replace(",", ".")
        # Loaded rows are the next page, in order, without gaps or repeats.
        assert row_ids(table) == [row.id for row in listed(app, limit=400)]


async def test_enter_posts_company_chosen(make_app: Callable[..., CanvassApp], store: Store):
    seen: list[Message] = []
    app = make_app()
    async with app.run_test(size=(120, 34), message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
    # The hook sees the message at the screen and again at the app it bubbles to.
    chosen = list({id(m): m for m in seen if isinstance(m, CallList.CompanyChosen)}.values())
    second = listed(app, offset=1, limit=1)[0]
    assert [(m.company_id, m.name) for m in chosen] == [(second.id, second.name)]


async def test_a_search_that_sorts_its_matches_counts_them_in_the_same_read(
    make_app: Callable[..., CanvassApp], store: Store
):
    """A search that finds few companies sorts them all for its first page: the count
    shown comes from that read, and the list does not ask for it a second time."""
    app = make_app()
    lists = app.services.lists
    asked: list[object] = []
    count = lists.count_prioritised

    def counted(**kwargs: object):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("search"))
        return count(**kwargs)  # type: ignore[arg-type]

    lists.count_prioritised = counted  # type: ignore[method-assign]
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"vest")
        await pilot.pause(CallList.DEBOUNCE + 0.15)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallList)
        counts = count(
            list_id=None, search="vest", now=NOW, consultant_id=screen.consultant_id,
            recent_days=14, segments=screen.segments(),
        )  # fmt: skip
        total = counts.listed + counts.skipped
        assert 0 < total < CallList.PAGE_SIZE
        assert str(screen.query_one("#count").render()) == f"viser {total} af {total}"
        assert [search for search in asked if search] == []


async def test_the_rows_show_before_the_count_which_follows(
    make_app: Callable[..., CanvassApp], store: Store, monkeypatch: pytest.MonkeyPatch
):
    """A search whose page walks the indexes (a letter or two that matches many: here
    every such search) paints its rows as soon as the page is read; the count (which
    then reads every key) follows, and the list still pages on meanwhile."""
    import threading

    from canvass.store import priority

    monkeypatch.setattr(priority, "MANY_MATCHES", 1)
    app = make_app()
    lists = app.services.lists
    counting, release = threading.Event(), threading.Event()
    count = lists.count_prioritised
    hold_searches(lists, "count_prioritised", {"a": release}, called=counting)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "a")
        await pilot.pause(CallList.DEBOUNCE + 0.15)
        assert counting.wait(10)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CallList)
        expected = lists.prioritised_rows(
            list_id=None, search="a", limit=5, now=NOW, consultant_id=screen.consultant_id,
            recent_days=14, segments=screen.segments(), include_skipped=True,
        )  # fmt: skip
        assert row_ids(table_of(pilot))[:5] == [row.id for row in expected]
        assert str(screen.query_one("#count").render()) == "henter …"
        release.set()
        await settle(pilot)
        counts = count(
            list_id=None, search="a", now=NOW, consultant_id=screen.consultant_id,
            recent_days=14, segments=screen.segments(),
        )  # fmt: skip
        shown = min(CallList.PAGE_SIZE, counts.listed + counts.skipped)
        total = f"{counts.listed + counts.skipped:,}".replace(",", ".")
        assert str(screen.query_one("#count").render()) == f"viser {shown} af {total}"


async def test_a_key_after_a_pause_searches_at_once_and_a_burst_once_it_ends(
    make_app: Callable[..., CanvassApp], store: Store, monkeypatch: pytest.MonkeyPatch
):
    """The debounce only holds keys that follow one another closely: the first key after
    a pause searches without waiting; the keys right after it wait for the burst to end."""
    monkeypatch.setattr(CallList, "DEBOUNCE", 0.5)
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallList)
        await pilot.press("slash")
        await pilot.pause(0.6)  # a pause, longer than the debounce
        await pilot.press("v")
        assert screen._search == "v"  # searched at once, not after 0.5 s
        await pilot.press("e", "s")
        assert screen._search == "v"  # within 0.5 s of the last key: waiting
        await pilot.pause(0.6)
        await settle(pilot)
        assert screen._search == "ves"
        assert row_ids(table_of(pilot)) == [
            row.id for row in app.services.lists.prioritised_rows(
                list_id=None, search="ves", limit=CallList.PAGE_SIZE, now=NOW,
                consultant_id=screen.consultant_id, recent_days=14,
                segments=screen.segments(), include_skipped=True,
            )
        ]  # fmt: skip


async def test_a_search_typed_over_keeps_the_list_loading_until_its_own_rows_are_in(
    make_app: Callable[..., CanvassApp], store: Store, monkeypatch: pytest.MonkeyPatch
):
    """The page of a search typed over is cancelled (the next key's page replaces it):
    the list is still loading the new search, and says so until its rows are in (the
    cancelled page used to mark the list loaded, so a page could be asked for after the
    old search's cursor and the benchmark saw a key painted before its rows were)."""
    import threading

    monkeypatch.setattr(CallList, "DEBOUNCE", 0.001)
    app = make_app()
    lists = app.services.lists
    first, second = threading.Event(), threading.Event()
    # The first search's page is still being read when the second key comes.
    hold_searches(lists, "search_page", {"v": first, "ve": second})
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallList)
        await pilot.press("slash", "v")
        await pilot.pause(0.05)
        await pilot.press("e")  # typed over: the page of "v" is cancelled
        await pilot.pause(0.1)
        assert screen._search == "ve" and screen._loading
        first.set()  # the cancelled page ends; its rows are not shown
        await pilot.pause(0.1)
        assert screen._loading
        second.set()
        await settle(pilot)
        assert not screen._loading
        assert row_ids(table_of(pilot)) == [
            row.id for row in lists.prioritised_rows(
                list_id=None, search="ve", limit=CallList.PAGE_SIZE, now=NOW,
                consultant_id=screen.consultant_id, recent_days=14,
                segments=screen.segments(), include_skipped=True,
            )
        ]  # fmt: skip
