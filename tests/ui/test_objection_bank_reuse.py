"""The objection bank is composed once per loaded library and reused on every ``o``.

A reopened bank must look and behave exactly like a new one: an empty search, every
category, the list (not the answers), the new phase and the new company's values.
"""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from canvass.content.models import Answer, Objection
from canvass.content.search import ObjectionIndex
from canvass.domain.offers import Technique
from canvass.domain.phases import Phase
from canvass.ui.screens.objection_bank import ObjectionBankScreen, ObjectionPick
from canvass.ui.screens.objection_bank_open import BANK_SCREEN, open_bank
from tests.ui.test_objection_bank import BANK, SIZE, VALUES, ids

OTHER_VALUES = {"organisation": "Jobcenter Horsens", "kontaktperson_fornavn": "Mette"}
NAMED = Objection(
    id="har-allerede",
    says="Vi bruger allerede {organisation}",
    category="Behov",
    phases=(Phase.INDVENDINGER,),
    answers=(
        Answer(id="har-allerede-a", technique=Technique.ANERKEND_AFKLAR_ARGUMENTER,
               text="Godt, {kontaktperson_fornavn}."),
    ),
)  # fmt: skip


class Host(App[None]):
    """A bare app that opens the bank as the call screen does."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[ObjectionPick | None] = []

    def compose(self) -> ComposeResult:
        yield Static("Opkald med Hansen & Søn ApS")

    def open(self, index: ObjectionIndex, phase: Phase, values: dict[str, str | None]) -> None:
        open_bank(self, index, phase, values, None, self.results.append)


async def _open(pilot: Pilot[Any], index: ObjectionIndex, phase: Phase, values: Any) -> Any:
    app = pilot.app
    assert isinstance(app, Host)
    app.open(index, phase, values)
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, ObjectionBankScreen)
    return app.screen


def _state(pilot: Pilot[Any]) -> dict[str, Any]:
    """What the consultant sees and what the keys act on."""
    screen = pilot.app.screen
    assert isinstance(screen, ObjectionBankScreen)
    answers = screen.query_one("#ob-answers", OptionList)
    objections = screen.query_one("#ob-objections", OptionList)
    return {
        "ids": ids(pilot),
        "rows": [str(objections.get_option_at_index(i).prompt.says)  # type: ignore[union-attr]
                 for i in range(len(screen.hits))],
        "highlighted": objections.highlighted,
        "search": screen.query_one("#ob-search", Input).value,
        "focused": type(pilot.app.focused).__name__,
        "title": screen.query_one("#objection-bank").border_title,
        "classes": sorted(screen.query_one("#objection-bank").classes),
        "count": str(screen.query_one("#ob-count", Static).content),
        "categories": str(screen.query_one("#ob-categories", Static).content),
        "answers_title": str(screen.query_one("#ob-answers-title", Static).content),
        "answers": [str(answers.get_option_at_index(i).prompt)
                    for i in range(answers.option_count)],
        "opened": screen.opened,
        "category": screen.category,
        "screen": pilot.app.export_screenshot(),  # every cell, colours included
    }  # fmt: skip


async def test_a_reopened_bank_is_the_same_screen_and_looks_like_a_new_one() -> None:
    index = ObjectionIndex((*BANK, NAMED))
    async with Host().run_test(size=SIZE) as pilot:
        first = await _open(pilot, index, Phase.INDVENDINGER, VALUES)
        fresh_first = _state(pilot)
        # Closed from the answers of a search: searched and opened.
        await pilot.press(*"tid", "enter")
        await pilot.pause()
        assert first.opened is not None
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ObjectionBankScreen)
        assert pilot.app.results == [ObjectionPick("ikke-tid", "ikke-tid-a")]  # type: ignore[attr-defined]

        again = await _open(pilot, index, Phase.AFSLUTNING, OTHER_VALUES)
        assert again is first
        reopened = _state(pilot)
        await pilot.press("tab")  # closed with a category filter on
        assert again.category is not None
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.results[-1] is None  # type: ignore[attr-defined]
        # The company's values reach the rows of a reused screen too.
        third = await _open(pilot, index, Phase.INDVENDINGER, OTHER_VALUES)
        assert third is first
        named = _state(pilot)

    async with Host().run_test(size=SIZE) as pilot:
        await _open(pilot, index, Phase.AFSLUTNING, OTHER_VALUES)
        assert reopened == _state(pilot)
    async with Host().run_test(size=SIZE) as pilot:
        await _open(pilot, index, Phase.INDVENDINGER, OTHER_VALUES)
        assert named == _state(pilot)
    assert fresh_first["search"] == "" and reopened["ids"][0] == "intet-moede"
    assert '"Vi bruger allerede Jobcenter Horsens"' in named["rows"]


async def test_a_new_library_brings_a_new_bank_screen() -> None:
    async with Host().run_test(size=SIZE) as pilot:
        first = await _open(pilot, ObjectionIndex(BANK), Phase.ANALYSE, VALUES)
        await pilot.press("escape")
        await pilot.pause()
        reloaded = ObjectionIndex((*BANK, NAMED))
        second = await _open(pilot, reloaded, Phase.INDVENDINGER, VALUES)
        assert second is not first and second.index is reloaded
        assert pilot.app.get_screen(BANK_SCREEN) is second
        assert "har-allerede" in ids(pilot)
        await pilot.pause()
        assert not first.is_attached


async def test_the_bank_is_never_opened_twice_and_ignores_keys_before_it_is_built() -> None:
    index = ObjectionIndex(BANK)
    async with Host().run_test(size=SIZE) as pilot:
        host = pilot.app
        assert isinstance(host, Host)
        host.open(index, Phase.ANALYSE, VALUES)
        bank = host.screen
        assert isinstance(bank, ObjectionBankScreen)
        assert not bank.is_mounted and bank.check_action("move", (1,)) is False
        host.open(index, Phase.ANALYSE, VALUES)  # a second "o" at once
        await pilot.pause()
        assert host.screen_stack.count(bank) == 1 and bank.is_mounted
        assert bank.check_action("move", (1,)) is True
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(host.screen, ObjectionBankScreen) and host.results == [None]


class Fields(App[None]):
    """A plain Input above the bank's search field, the same width."""

    def compose(self) -> ComposeResult:
        from canvass.ui.widgets.search_field import SearchField

        yield Input(compact=True, id="plain")
        yield SearchField(compact=True, id="search")


async def test_a_long_search_scrolls_in_its_field_as_a_plain_input_does() -> None:
    """The bank's search field lays out nothing when typed in; its text still scrolls."""
    long = "vi har ikke tid til at tale med jer om det her lige nu " * 3
    async with Fields().run_test(size=(60, 4)) as pilot:
        seen = []
        for selector in ("#plain", "#search"):
            field = pilot.app.query_one(selector, Input)
            field.focus()
            await pilot.press(*long, "left", "left")
            await pilot.pause()
            seen.append((field.value, field.scroll_x, field.cursor_screen_offset.x))
            assert field.scroll_x > 0
        assert seen[0] == seen[1]


async def test_a_closed_bank_clears_its_search_before_it_is_opened_again() -> None:
    """Closing makes the bank ready for the next ``o`` (an empty search, the list), once
    the screen below is painted, so the next open finds nothing to redraw."""
    index = ObjectionIndex(BANK)
    async with Host().run_test(size=SIZE) as pilot:
        bank = await _open(pilot, index, Phase.INDVENDINGER, VALUES)
        browsing = _state(pilot)
        await pilot.press(*"tid", "enter", "enter")  # searched, opened, picked
        await pilot.pause()
        await pilot.pause()
        assert pilot.app.screen is not bank and pilot.app.results  # type: ignore[attr-defined]
        assert bank.query_one("#ob-search", Input).value == ""
        assert bank.opened is None and bank.category is None
        assert not bank.query_one("#objection-bank").has_class("-answers")
        assert [hit.objection.id for hit in bank.hits] == browsing["ids"]
        assert bank.focused is bank.query_one("#ob-search", Input)
        assert await _open(pilot, index, Phase.INDVENDINGER, VALUES) is bank
        assert _state(pilot) == browsing


async def test_a_bank_reopened_after_the_theme_changed_shows_the_new_theme() -> None:
    """A bank opened again is not restyled unless something restyled the app meanwhile:
    a theme chosen while it was closed reaches every cell of it."""
    index = ObjectionIndex(BANK)
    async with Host().run_test(size=SIZE) as pilot:
        bank = await _open(pilot, index, Phase.INDVENDINGER, VALUES)
        dark = _state(pilot)
        await pilot.press("escape")
        await pilot.pause()
        pilot.app.theme = "textual-light"
        await pilot.pause()
        assert await _open(pilot, index, Phase.INDVENDINGER, VALUES) is bank
        reopened = _state(pilot)
    async with Host().run_test(size=SIZE) as pilot:
        pilot.app.theme = "textual-light"
        await pilot.pause()
        await _open(pilot, index, Phase.INDVENDINGER, VALUES)
        light = _state(pilot)
    assert reopened["screen"] != dark["screen"]
    assert reopened == light


async def test_the_search_field_tells_its_owner_of_a_change_at_once() -> None:
    """In the keystroke itself (Input.Changed is a message, handled after the field has
    been redrawn), so the bank's list is painted in the same frame as the letter."""
    from canvass.ui.widgets.search_field import SearchField

    seen: list[str] = []

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield SearchField(compact=True, on_change=seen.append)

    async with One().run_test(size=(40, 3)) as pilot:
        field = pilot.app.query_one(SearchField)
        field.value = "tid"
        assert seen == ["tid"]  # before any message was handled
        await pilot.press("x")
        assert seen == ["tid", "tidx"]
        field.value = "tidx"  # no change, no call
        assert seen == ["tid", "tidx"]
