"""Commitments and the list across a day, with Pilot: the cursor after a save, resuming
one's own open call, the counts, and two terminals (AB and SL) on one database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlmodel
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Static

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.call_session import CallSession
from canvass.domain.phases import Phase
from canvass.services import Services
from canvass.store import Store
from canvass.store.call_lists import PriorityRow
from canvass.store.models import Call, Callback
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.callbacks import CallbacksScreen
from canvass.ui.screens.list_dialogs import ListPicker
from canvass.ui.widgets.claim_watch import ClaimWatch
from canvass.ui.widgets.company_card import CompanyCardView

from .conftest import NOW, fixed_clock
from .helpers import listed, listed_count, row_ids, settle, table_of

SIZE = (120, 34)


def _consultant(store: Store, initials: str) -> int:
    found = Services.of(store).consultants.consultant(initials)
    assert found is not None
    return found.id


def _plain(app: CanvassApp, count: int) -> list[PriorityRow]:
    """Companies in the plain "rest" of the list: no callback, meeting or claim."""
    rows = [
        r
        for r in listed(app)
        if r.priority == "rest"
        and r.next_callback_at is None
        and r.next_meeting_at is None
        and not r.claimed_by
    ]
    assert len(rows) >= count
    return rows[:count]


def _promise(store: Store, consultant_id: int, company_id: int, due: datetime) -> int:
    with store.session() as session:
        row = Callback(company_id=company_id, consultant_id=consultant_id, due_at=due, reason="")
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def _callback(store: Store, callback_id: int) -> Callback:
    with store.session() as session:
        found = session.get(Callback, callback_id)
        assert found is not None
        return found


async def _ready(pilot: Pilot[None]) -> None:
    """The app has found its consultant and loaded the list."""
    await settle(pilot)
    await pilot.pause(0.1)
    await settle(pilot)


async def _call_row(pilot: Pilot[None], company_id: int) -> CallScreen:
    """Put the cursor on the company's row and press enter; the call opens."""
    table = table_of(pilot)
    table.move_cursor(row=row_ids(table).index(company_id))
    await pilot.press("enter")
    return await _in_call(pilot)


async def _in_call(pilot: Pilot[None]) -> CallScreen:
    await settle(pilot)
    await pilot.pause(0.1)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen), screen
    assert screen.session is not None
    return screen


async def _save(pilot: Pilot[None], outcome_key: str) -> None:
    """End the call with the outcome behind ``outcome_key`` and save it (ctrl+s)."""
    app = pilot.app
    assert isinstance(app, CanvassApp)
    await pilot.press("e")
    await pilot.pause()
    await pilot.press(outcome_key, "ctrl+s")
    await pilot.pause()
    app.writer.flush()
    await pilot.pause()
    await settle(pilot)


def _status(pilot: Pilot[None], company_id: int) -> str:
    return str(table_of(pilot).cells(company_id)[-1])


# 2. The cursor after ctrl+s, and the saved call's state on the list ---------------------


async def test_after_saving_the_cursor_lands_on_the_first_company_not_just_called(
    make_app: Callable[..., CanvassApp], store: Store
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        ab = _consultant(store, "AB")
        first, second = _plain(app, 2)
        # Two of Anne's promises from long ago: these two head the list.
        _promise(store, ab, first.id, NOW - timedelta(days=400))
        _promise(store, ab, second.id, NOW - timedelta(days=399))
        app.call_list._reload()
        await settle(pilot)
        assert row_ids(table_of(pilot))[:2] == [first.id, second.id]

        # Reached: the promise is kept, the company rests; the cursor is on the next one.
        await _call_row(pilot, first.id)
        await _save(pilot, "5")  # ikke interesseret
        assert isinstance(app.screen, CallList)
        ids = row_ids(table_of(pilot))
        assert first.id not in ids
        assert ids == [r.id for r in listed(app)][: len(ids)]
        assert table_of(pilot).cursor_row == 0 and ids[0] == second.id

        # Nobody answered: still overdue and first, shown with today's try; cursor below it.
        await _call_row(pilot, second.id)
        await _save(pilot, "7")  # intet svar
        ids = row_ids(table_of(pilot))
        assert ids[0] == second.id
        assert table_of(pilot).cursor_row == 1
        row = table_of(pilot).cells(second.id)
        assert str(row[6]) == "23/11 Intet svar"
        assert "overskredet" in str(row[-1])


# 3. Calling a company with one's own unfinished call resumes it -------------------------


async def test_calling_a_company_with_my_open_call_resumes_it_instead_of_a_second(
    make_app: Callable[..., CanvassApp], store: Store
):
    probe = make_app()
    async with probe.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        target = _plain(probe, 1)[0]
        await pilot.press("q")
    # Left mid-call yesterday (quit, or the machine died): phase, BALA and notes stored.
    state, first = CallSession.begin(NOW - timedelta(minutes=20))
    call_id = Services.of(store).calls.start_call(
        company_id=target.id,
        consultant_id=_consultant(store, "AB"),
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    at = NOW - timedelta(minutes=19)
    events = [*state.go_to(Phase.ANALYSE, at), state.reach_bala(at), state.set_notes("ring", at)]
    Services.of(store).calls.record_events(call_id, [e for e in events if e is not None])

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        await pilot.press("n")  # "Genoptag opkaldet?" — not now
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        screen = await _call_row(pilot, target.id)
        assert screen.call_id == call_id
        assert screen.session is not None and screen.session.phase is Phase.ANALYSE
        assert len(screen.session.bala) == 1 and screen.session.notes == "ring"
    with store.session() as session:
        open_calls = session.exec(
            sqlmodel.select(Call).where(Call.company_id == target.id, Call.ended_at == None)  # noqa: E711
        ).all()
    assert [c.id for c in open_calls] == [call_id]


# 6. One definition of each count, everywhere --------------------------------------------


async def test_header_list_picker_and_showing_count_agree(
    make_app: Callable[..., CanvassApp], store: Store
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        counts = listed_count(app)
        to_call, total = counts.listed, counts.listed + counts.skipped
        assert counts.skipped > 0  # the demo has skipped companies, so the numbers differ

        def text(selector: str) -> str:
            return str(app.screen.query_one(selector, Static).render())

        assert text("#who").endswith(f" · {to_call} at ringe til")
        assert text("#count") == f"viser {table_of(pilot).row_count} af {to_call}"
        assert f"{counts.skipped} sprunget over" in text("#order")
        await pilot.press("v")  # the skipped ones too: the table holds the total
        await settle(pilot)
        assert text("#count") == f"viser {table_of(pilot).row_count} af {total}"
        assert text("#who").endswith(f" · {to_call} at ringe til")
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert prompt == f"Alle virksomheder  ({to_call} at ringe til · {total} i alt)"


# Two terminals on one database ----------------------------------------------------------


@pytest.fixture
def two_apps(
    settings: Settings, store: Store, library: Library, tmp_path: Path
) -> Callable[[], tuple[CanvassApp, CanvassApp]]:
    """AB's and SL's app, each with its own Store on the same database file."""

    def build() -> tuple[CanvassApp, CanvassApp]:
        other = Store.open(tmp_path / "canvass.db")
        ab = CanvassApp(settings, store, library, clock=fixed_clock)
        sl = CanvassApp(replace(settings, user="SL"), other, library, clock=fixed_clock)
        return ab, sl

    return build


async def test_a_colleagues_call_keeps_my_callback_and_my_misses_count(
    two_apps: Callable[[], tuple[CanvassApp, CanvassApp]], store: Store
):
    ab_app, sl_app = two_apps()
    async with sl_app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        company = _plain(sl_app, 1)[0]
        # Anne promised to call back at 9 today; Sara reaches the company at 10.
        promise = _promise(store, _consultant(store, "AB"), company.id, NOW - timedelta(hours=1))
        sl_app.call_list._reload()
        await settle(pilot)
        screen = await _call_row(pilot, company.id)
        card = str(screen.query_one(CompanyCardView).render())
        assert "AB ringer tilbage 23/11 kl. 9" in card
        await _save(pilot, "5")  # ikke interesseret
    kept = _callback(store, promise)
    assert (kept.done_at, kept.settled_by_call_id, kept.attempts) == (None, None, 0)

    async with ab_app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(ab_app.screen, CallbacksScreen)
        table = ab_app.screen.query_one(DataTable)
        assert str(promise) in [key.value for key in table.rows]
        table.move_cursor(row=table.get_row_index(str(promise)))
        await pilot.press("enter")  # call from the callbacks screen; nobody answers
        await _in_call(pilot)
        await _save(pilot, "0")  # optaget
        await pilot.pause()
        await settle(pilot)
        assert isinstance(ab_app.screen, CallbacksScreen)
        table = ab_app.screen.query_one(DataTable)
        assert str(table.get_row(str(promise))[-1]) == "1 forsøg, sidst 10:00"
    tried = _callback(store, promise)
    assert (tried.done_at, tried.attempts, tried.last_attempt_at) == (None, 1, NOW)


async def test_colleagues_claims_show_and_clear_without_reloading(
    two_apps: Callable[[], tuple[CanvassApp, CanvassApp]],
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(ClaimWatch, "INTERVAL", 0.3)
    ab_app, sl_app = two_apps()
    async with ab_app.run_test(size=SIZE) as ab, sl_app.run_test(size=SIZE) as sl:
        await _ready(ab)
        await _ready(sl)
        company = _plain(ab_app, 1)[0]
        await _call_row(ab, company.id)  # Anne is on the phone with it

        await sl.pause(0.5)
        await settle(sl)
        assert _status(sl, company.id) == "i gang (AB)"
        sl_table = table_of(sl)
        sl_table.move_cursor(row=row_ids(sl_table).index(company.id))
        cursor = sl_table.cursor_row
        await sl.press("enter")
        await settle(sl)
        assert isinstance(sl_app.screen, CallList)
        assert sl_app._notifications  # "AB er i gang med et opkald til …"
        assert list(sl_app._notifications)[-1].message == (
            f"AB er i gang med et opkald til {company.name}"
        )

        await _save(ab, "7")  # Anne is done
        await sl.pause(0.5)
        await settle(sl)
        assert _status(sl, company.id) != "i gang (AB)"
        assert sl_table.cursor_row == cursor  # re-read, not reloaded: the cursor stayed
        await sl.press("enter")
        await _in_call(sl)


async def test_enter_asks_the_database_not_the_screen(
    two_apps: Callable[[], tuple[CanvassApp, CanvassApp]], store: Store
):
    ab_app, sl_app = two_apps()  # the 10 s refresh never comes in this test
    async with ab_app.run_test(size=SIZE) as ab, sl_app.run_test(size=SIZE) as sl:
        await _ready(ab)
        company = _plain(ab_app, 1)[0]
        await _call_row(ab, company.id)
        await _ready(sl)
        sl_app.call_list._reload()  # Sara's list is read while Anne is on the phone
        await settle(sl)
        assert _status(sl, company.id) == "i gang (AB)"
        await _save(ab, "7")
        await ab.press("q")
        assert _status(sl, company.id) == "i gang (AB)"  # stale: Anne has left
        sl_table = table_of(sl)
        sl_table.move_cursor(row=row_ids(sl_table).index(company.id))
        await sl.press("enter")
        screen = await _in_call(sl)
        assert screen.company_id == company.id


async def test_claims_are_read_again_when_the_list_is_back_and_on_focus(
    two_apps: Callable[[], tuple[CanvassApp, CanvassApp]],
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
):
    # Only resume and focus here: the 10 s refresh, which a loaded machine reaches within
    # the test, is pushed out of its way.
    monkeypatch.setattr(ClaimWatch, "INTERVAL", 3600.0)
    ab_app, sl_app = two_apps()
    async with ab_app.run_test(size=SIZE) as ab, sl_app.run_test(size=SIZE) as sl:
        await _ready(ab)
        await _ready(sl)
        first, second = _plain(ab_app, 2)
        await _call_row(ab, first.id)
        await sl.press("t")  # Sara looks at her callbacks meanwhile, then comes back
        await settle(sl)
        await sl.press("escape")
        await settle(sl)
        assert isinstance(sl_app.screen, CallList)
        assert _status(sl, first.id) == "i gang (AB)"

        await _save(ab, "7")
        await _call_row(ab, second.id)
        sl_app.post_message(events.AppBlur())  # Sara was in her mail program
        await settle(sl)
        assert _status(sl, first.id) == "i gang (AB)"
        sl_app.post_message(events.AppFocus())
        await sl.pause()
        await settle(sl)
        assert _status(sl, first.id) != "i gang (AB)"
        assert _status(sl, second.id) == "i gang (AB)"


async def test_resuming_a_call_left_long_ago_yields_to_a_colleague_on_it_now(
    make_app: Callable[..., CanvassApp], store: Store
):
    probe = make_app()
    async with probe.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        target = _plain(probe, 1)[0]
        await pilot.press("q")
    _, first = CallSession.begin(NOW - timedelta(hours=2))  # Anne's, left two hours ago
    mine = Services.of(store).calls.start_call(
        company_id=target.id,
        consultant_id=_consultant(store, "AB"),
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    _, now_event = CallSession.begin(NOW - timedelta(minutes=1))  # Sara's, on it now
    Services.of(store).calls.start_call(
        company_id=target.id,
        consultant_id=_consultant(store, "SL"),
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=now_event,
    )
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        await pilot.press("enter")  # "Genoptag opkaldet?" — yes
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert list(app._notifications)[-1].message == (
            f"SL er allerede i gang med et opkald til {target.name}."
        )
    with store.session() as session:
        call = session.get(Call, mine)
        assert call is not None and call.ended_at is None  # kept for later
