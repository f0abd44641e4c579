"""Managing call lists and marking companies from the TUI (Pilot): a list from the search
or a segment, + and -, rename, delete, the marks dialog, and the remembered list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlmodel import select
from textual.widgets import Checkbox, Input, OptionList, Static

from canvass.config import load_settings, read_config_file
from canvass.services import Services
from canvass.store import Store
from canvass.store.models import CallListMember
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.company_flags import CompanyFlagsDialog
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.list_admin import NameDialog, SegmentPicker, TargetListPicker
from canvass.ui.screens.list_dialogs import ListPicker

from .helpers import listed, row_ids, settle, table_of

SIZE = (120, 34)


def _text(app: CanvassApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def _notes(app: CanvassApp) -> list[str]:
    return [n.message for n in app._notifications]


def _members(store: Store, list_id: int) -> set[int]:
    with store.session() as session:
        query = select(CallListMember.company_id).where(CallListMember.list_id == list_id)
        return set(session.exec(query))


def _labels(app: CanvassApp) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_list_from_the_search_with_a_taken_name_shown_beside_the_field(
    make_app: Callable[..., CanvassApp], store: Store
):
    Services.of(store).lists.create_call_list("Vejle efterår")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"vejle")
        await settle(pilot, debounce=True)
        await pilot.press("down", "l")
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        assert "søgningen 'vejle' finder i Alle virksomheder" in _text(app, ".hint")
        field = app.screen.query_one(Input)
        assert field.value == "vejle"  # the search is the suggested name
        await pilot.press("end", *" EFTERÅR", "enter")
        await settle(pilot)
        # Refused beside the field; the dialog stays open with the text as typed.
        assert isinstance(app.screen, NameDialog)
        error = _text(app, "#name-error")
        assert error == "Der findes allerede en liste, der hedder 'vejle EFTERÅR'"
        assert app.screen.query_one(Input).value == "vejle EFTERÅR"
        await pilot.press(*["backspace"] * 7, *"uge 48", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
        made = [i for i in Services.of(store).lists.call_lists() if i.name == "vejle uge 48"]
        assert (
            made and made[0].members == Services.of(store).companies.count_companies("vejle") == 45
        )
        assert "Listen 'vejle uge 48' er oprettet med 45 virksomheder" in _notes(app)
        # The new list is highlighted: enter works it.
        assert _labels(app)[app.screen.query_one(OptionList).highlighted or 0].startswith(
            "vejle uge 48  (34 at ringe til · 45 i alt"
        )
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "liste: vejle uge 48" in _text(app, "#list-name")


async def test_an_empty_name_is_refused(make_app: Callable[..., CanvassApp], store: Store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "Uden søgning: alle virksomheder i Alle virksomheder" in _text(app, ".hint")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, NameDialog)
        assert _text(app, "#name-error") == "Skriv et navn til listen"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListPicker)
    assert Services.of(store).lists.call_lists() == []


async def test_a_list_from_a_segment(make_app: Callable[..., CanvassApp], store: Store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, SegmentPicker)
        assert _labels(app)[0] == "byggeri  (37 virksomheder)"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        assert app.screen.query_one(Input).value == "Byggeri"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
    [made] = Services.of(store).lists.call_lists()
    assert (made.name, made.members) == ("Byggeri", 37)


async def test_rename_then_delete_the_list_being_worked(
    make_app: Callable[..., CanvassApp], store: Store
):
    made = Services.of(store).lists.create_list_from_search("Kolding", "kolding")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("r")  # on "Alle virksomheder": refused
        await pilot.pause()
        assert isinstance(app.screen, ListPicker)
        assert any("navngiven liste" in note for note in _notes(app))
        await pilot.press("down", "enter")  # work the Kolding list
        await settle(pilot)
        assert "liste: Kolding" in _text(app, "#list-name")
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, NameDialog)
        await pilot.press("end", *" [nord]", "enter")  # brackets are text, not markup
        await settle(pilot)
        assert _labels(app)[1].startswith("Kolding [nord]  (22 at ringe til · 34 i alt")
        await pilot.press("escape")  # back: the list shown has its new name
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "liste: Kolding [nord]" in _text(app, "#list-name")
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Slet listen 'Kolding [nord]'?" in _text(app, "#confirm-title")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ListPicker)
        assert len(_labels(app)) == 1
        await pilot.press("escape")  # the list worked is gone: all companies again
        await settle(pilot)
        assert "liste: Alle virksomheder" in _text(app, "#list-name")
        assert row_ids(table_of(pilot)) == [r.id for r in listed(app)]
    assert Services.of(store).lists.call_list(made.id) is None
    assert Services.of(store).companies.count_companies() == 160  # the companies stay


async def test_plus_and_minus_put_a_company_on_a_list_and_take_it_off(
    make_app: Callable[..., CanvassApp], store: Store
):
    target = Services.of(store).lists.create_call_list("Mine")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = row_ids(table_of(pilot))[0]
        await pilot.press("minus")  # on all companies: nothing to take it off
        await pilot.pause()
        assert any("Vælg en liste med l først" in note for note in _notes(app))
        await pilot.press("plus")
        await settle(pilot)
        assert isinstance(app.screen, TargetListPicker)
        assert _labels(app) == ["Mine  (0 virksomheder)"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert _members(store, target) == {first}
        assert any(note.endswith("er sat på listen 'Mine'") for note in _notes(app))
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert row_ids(table_of(pilot)) == [first]
        await pilot.press("minus")
        await settle(pilot)
        assert _members(store, target) == set()
        assert row_ids(table_of(pilot)) == []
        assert Services.of(store).companies.count_companies() == 160


async def test_f_marks_the_company_and_the_list_follows(
    make_app: Callable[..., CanvassApp], store: Store
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rest = [r for r in listed(app) if r.priority == "rest"]
        target = rest[0]
        table = table_of(pilot)
        table.move_cursor(row=row_ids(table).index(target.id))
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, CompanyFlagsDialog)
        assert _text(app, "#flags-title") == f"Markér virksomhed: {target.name}"
        boxes = list(app.screen.query(Checkbox))
        assert [b.value for b in boxes] == [False, False, False]
        await pilot.press("1")
        await settle(pilot)
        flags = Services.of(store).companies.company_flags(target.id)
        assert flags is not None and flags.key_account
        assert _text(app, "#flags-status") == "Gemt: Nøglekunde slået til"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        moved = {r.id: r.priority for r in listed(app)}
        assert moved[target.id] == "key_account"
        assert row_ids(table_of(pilot)) == [r.id for r in listed(app)]
        # Ring ikke: stored at once, and the company leaves the list.
        table = table_of(pilot)
        table.move_cursor(row=row_ids(table).index(target.id))
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("2", "escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        flags = Services.of(store).companies.company_flags(target.id)
        assert flags is not None and flags.do_not_call and flags.key_account
        assert target.id not in row_ids(table_of(pilot))


async def test_the_chosen_list_is_remembered_across_restarts(
    make_app: Callable[..., CanvassApp], store: Store, config_file: Path
):
    made = Services.of(store).lists.create_list_from_search("Kolding", "kolding")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
    assert read_config_file(config_file)["list"] == str(made.id)
    # A new start reads the same config file.
    remembered = load_settings({"db": "unused", "user": "AB"}).call_list
    again = make_app(call_list=remembered)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "liste: Kolding" in _text(again, "#list-name")
        assert row_ids(table_of(pilot)) == [r.id for r in listed(again, list_id=made.id)]


async def test_a_remembered_list_that_is_gone_falls_back_with_a_notice(
    make_app: Callable[..., CanvassApp], config_file: Path
):
    app = make_app(call_list="999")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "liste: Alle virksomheder" in _text(app, "#list-name")
        assert row_ids(table_of(pilot)) == [r.id for r in listed(app)]
        assert any("findes ikke længere" in note for note in _notes(app))
    assert read_config_file(config_file)["list"] == ""


def test_settings_read_the_remembered_list(config_file: Path) -> None:
    config_file.parent.mkdir(parents=True)
    config_file.write_text('list = "7"\n', encoding="utf-8")
    settings = load_settings({"db": "unused"}, env={"CANVASS_CONFIG": str(config_file)})
    assert replace(settings).call_list == "7"


async def test_plus_minus_and_f_are_typed_into_the_search_field(
    make_app: Callable[..., CanvassApp],
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"f+-")
        await settle(pilot, debounce=True)
        assert isinstance(app.screen, CallList)
        assert app.screen.query_one("#search", Input).value == "f+-"
