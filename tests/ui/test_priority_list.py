"""The prioritised call list with Pilot: order shown, lists, skipped, overrides, claims,
import and export from the TUI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import icalendar
from sqlmodel import col, select
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from canvass.services import Services
from canvass.store import Store
from canvass.store.call_lists import PriorityRow
from canvass.store.models import CallListMember, Company, SkipOverride
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.list_dialogs import ListPicker, OverrideReason
from canvass.ui.screens.transfer_dialogs import ExportDialog, ImportDialog

from .conftest import NOW
from .helpers import listed, listed_count, row_ids, settle, table_of

SIZE = (120, 34)
ORDER = "sortering: prioritet (overskredne → i dag → key accounts → nye i segment → resten)"
RANKS = ["overdue", "due", "key_account", "new_in_segment", "rest"]


def _text(app: CanvassApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def _status(pilot: Pilot[None], company_id: int) -> str:
    table = table_of(pilot)
    return str(table.cells(company_id)[-1])


async def _find(pilot: Pilot[None], text: str) -> None:
    """Search, then go back to the list with the match under the cursor."""
    await pilot.press("slash", *text)
    await settle(pilot, debounce=True)
    await pilot.press("down")  # from the search field to the list (enter stays there)
    await pilot.pause()


def _skipped(app: CanvassApp, reason: str) -> PriorityRow:
    found = [r for r in listed(app, include_skipped=True) if r.skip_reason == reason]
    assert found, reason
    return found[0]


def _notes(app: CanvassApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_prioritised_order_is_shown_and_followed(make_app: Callable[..., CanvassApp]):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        counts = listed_count(app)
        assert counts.skipped > 0
        assert _text(app, "#order") == f"{ORDER} · {counts.skipped} sprunget over"
        expected = listed(app)
        assert row_ids(table_of(pilot)) == [r.id for r in expected]
        ranks = [RANKS.index(r.priority) for r in expected]
        assert ranks == sorted(ranks) and len(set(ranks)) >= 3
        overdue = [r for r in expected if r.priority == "overdue"]
        assert overdue and "overskredet" in _status(pilot, overdue[0].id)
        assert table_of(pilot).cells(overdue[0].id)[-1].style == "bold red"
        first_key = next(r for r in expected if r.priority == "key_account")
        assert first_key.next_callback_at is None
        # p: alphabetical, every listed company by name; p again: back to priority.
        await pilot.press("p")
        await settle(pilot)
        assert _text(app, "#order").startswith("sortering: alfabetisk")
        assert row_ids(table_of(pilot)) == [r.id for r in listed(app, by_name=True)]
        await pilot.press("p")
        await settle(pilot)
        assert row_ids(table_of(pilot)) == [r.id for r in expected]


async def test_v_shows_the_skipped_companies_greyed_with_their_reason(
    make_app: Callable[..., CanvassApp],
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        counts = listed_count(app)
        await pilot.press("v")
        await settle(pilot)
        table = table_of(pilot)
        assert table.row_count == counts.listed + counts.skipped
        protected = _skipped(app, "ad_protected")
        assert _status(pilot, protected.id) == "reklamebeskyttet"
        recent = _skipped(app, "recent")
        assert _status(pilot, recent.id).startswith("ringet ")
        assert "dim" in str(table.cells(recent.id)[1].spans)
        assert "vises nederst" in _text(app, "#order")
        await pilot.press("v")
        await settle(pilot)
        assert table.row_count == counts.listed


async def test_l_switches_list_and_its_script_goes_with_the_call(
    make_app: Callable[..., CanvassApp], store: Store
):
    members = [r.id for r in Services.of(store).companies.company_rows(limit=40, now=NOW)]
    campaign = Services.of(store).lists.create_call_list("Fleksjob efterår", "fleksjob")
    with store.session() as session:
        for company_id in members:
            session.add(CallListMember(list_id=campaign, company_id=company_id))
    seen: list[Message] = []
    app = make_app()
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        everyone, campaign_counts = listed_count(app), listed_count(app, list_id=campaign)
        assert everyone.listed + everyone.skipped == 160
        assert labels[0] == f"Alle virksomheder  ({everyone.listed} at ringe til · 160 i alt)"
        assert campaign_counts.listed + campaign_counts.skipped == 40
        assert labels[1] == (
            f"Fleksjob efterår  ({campaign_counts.listed} at ringe til · 40 i alt"
            " · manuskript: fleksjob)"
        )
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "liste: Fleksjob efterår" in _text(app, "#list-name")
        shown = row_ids(table_of(pilot))
        assert shown == [r.id for r in listed(app, list_id=campaign)]
        assert set(shown) <= set(members) and shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        assert app.screen.script is not None and app.screen.script.id == "fleksjob"
    chosen = [m for m in seen if isinstance(m, CallList.CompanyChosen)]
    assert chosen and chosen[0].script_id == "fleksjob" and chosen[0].company_id == shown[0]


async def test_s_in_the_list_picker_sets_the_lists_script(
    make_app: Callable[..., CanvassApp], store: Store
):
    from canvass.ui.screens.script_picker import ScriptPicker

    campaign = Services.of(store).lists.create_call_list("Importeret liste")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("s")  # on "Alle virksomheder": refused, nothing opens
        await pilot.pause()
        assert isinstance(app.screen, ListPicker)
        await pilot.press("down", "s")
        await pilot.pause()
        assert isinstance(app.screen, ScriptPicker)
        scripts = list(app.library.scripts)
        await pilot.press(*["down"] * scripts.index("praktik-loentilskud"), "enter")
        await settle(pilot)
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
        options = app.screen.query_one(OptionList)
        assert "manuskript: praktik-loentilskud" in str(options.get_option_at_index(1).prompt)
    assert [i.script_id for i in Services.of(store).lists.call_lists() if i.id == campaign] == [
        "praktik-loentilskud"
    ]


async def test_a_reklamebeskyttet_company_needs_a_reason_which_is_stored(
    make_app: Callable[..., CanvassApp], store: Store
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        protected = _skipped(app, "ad_protected")
        assert protected.cvr
        await _find(pilot, protected.cvr)
        assert row_ids(table_of(pilot)) == [protected.id]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverrideReason)
        await pilot.press("enter")  # no reason yet: refused, still asking
        assert isinstance(app.screen, OverrideReason)
        await pilot.press("escape")  # cancel: nothing stored, no call
        await pilot.pause()
        assert isinstance(app.screen, CallList)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Bad selv om opkald", "enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        assert app.screen.company_id == protected.id
    with store.session() as session:
        stored = session.exec(
            select(SkipOverride)
            .where(SkipOverride.company_id == protected.id)
            .order_by(col(SkipOverride.id))
        ).all()
    assert [(o.company_id, o.kind, o.reason) for o in stored] == [
        (protected.id, "ad_protected", "Bad selv om opkald")
    ]


async def test_do_not_call_and_a_colleagues_claim_cannot_be_started(
    make_app: Callable[..., CanvassApp], store: Store
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        blocked = _skipped(app, "do_not_call")
        claimed = listed(app)[2]
        with store.session() as session:
            company = session.get(Company, claimed.id)
            assert company is not None
            mk = Services.of(store).consultants.ensure_consultant("MK", "Mads Kristensen")
            company.claimed_by, company.claimed_at = mk.id, NOW - timedelta(minutes=3)
            session.add(company)
        await _find(pilot, blocked.cvr or blocked.name)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert f"{blocked.name} er markeret 'ring ikke'" in _notes(app)[-1]
        await pilot.press("slash")
        app.screen.query_one("#search", Input).value = ""
        await settle(pilot, debounce=True)
        await pilot.press("escape")
        assert _status(pilot, claimed.id) == "i gang (MK)"
        table_of(pilot).move_cursor(row=row_ids(table_of(pilot)).index(claimed.id))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert _notes(app)[-1] == f"MK er i gang med et opkald til {claimed.name}"


async def test_import_from_the_tui_shows_problems_then_imports(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
):
    bad = tmp_path / "daarlig.csv"
    bad.write_text("navn;telefon\nGod ApS;75821140\n;12\n", encoding="utf-8")
    good = tmp_path / "nye.csv"
    good.write_text("navn;telefon;by\nZebra Tømrer ApS;75821199;Vejle\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = Services.of(store).companies.count_companies()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)
        await pilot.press(*str(bad), "enter")
        await settle(pilot)
        assert "intet er importeret" in _text(app, "#result")
        problems = _text(app, "#problem-lines").splitlines()
        assert problems and all(line.startswith(f"{bad}:3: ") for line in problems)
        assert Services.of(store).companies.count_companies() == before
        path = app.screen.query_one("#path", Input)
        path.value = str(good)
        await pilot.press("tab", *"Nye fra messen", "enter")
        await settle(pilot)
        assert _text(app, "#result") == (
            "1 nye, 0 opdaterede, 0 uændrede · 1 føjet til listen 'Nye fra messen'"
        )
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert Services.of(store).companies.count_companies() == before + 1
        await _find(pilot, "zebra")
        [new_id] = row_ids(table_of(pilot))
        assert table_of(pilot).cells(new_id)[1].plain == "Zebra Tømrer ApS"


async def test_export_meetings_to_ics_from_the_tui(
    make_app: Callable[..., CanvassApp], tmp_path: Path
):
    target = tmp_path / "moeder.ics"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        path = app.screen.query_one("#path", Input)
        assert path.value == "~/canvass-moeder.ics"
        path.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert _text(app, "#result") == f"Skrevet: {target}"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(list(calendar.walk("VEVENT"))) > 0


async def test_an_import_that_meets_a_locked_database_says_so(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path, monkeypatch
):
    import sqlite3

    from canvass.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    store.engine.dispose()
    good = tmp_path / "nye.csv"
    good.write_text("navn;telefon;by\nZebra Tømrer ApS;75821199;Vejle\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        blocker = sqlite3.connect(store.target.file, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press(*str(good), "enter")
            for _ in range(40):  # the worker fails (locked); settle() would re-raise it
                await pilot.pause(0.05)
                if "låst" in _text(app, "#result"):
                    break
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert isinstance(app.screen, ImportDialog)
        result = _text(app, "#result")
        assert "låst" in result and "Importerer" not in result
