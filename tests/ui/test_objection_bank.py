"""The objection bank modal: instant search, phase first, answers, categories, the pick."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from canvass.content.models import Answer, Objection
from canvass.content.search import ObjectionIndex
from canvass.content.validate import load_library
from canvass.domain.offers import Technique
from canvass.domain.phases import Phase
from canvass.ui.screens.objection_bank import ObjectionBankScreen, ObjectionPick

REPO = Path(__file__).resolve().parents[2]
SIZE = (120, 34)
VALUES = {"organisation": "Jobcenter Vejle", "kontaktperson_fornavn": None}


def _objection(id: str, says: str, category: str, phases: tuple[Phase, ...]) -> Objection:
    return Objection(
        id=id,
        says=says,
        category=category,
        phases=phases,
        answers=(
            Answer(
                id=f"{id}-a",
                technique=Technique.ANERKEND_AFKLAR_ARGUMENTER,
                text="Det forstår jeg, {kontaktperson_fornavn}. Hos {organisation} gør vi det.",
                follow_up="Hvornår passer det bedre — tirsdag eller torsdag?",
            ),
            Answer(
                id=f"{id}-b",
                technique=Technique.FEEL_FELT_FOUND,
                text="Det hører jeg tit. Andre havde det sådan, men oplevede noget andet.",
            ),
        ),
    )


OBJ, ANALYSE, AFSLUT = Phase.INDVENDINGER, Phase.ANALYSE, Phase.AFSLUTNING
BANK = (  # bank order differs from the ranking: the Analyse objection is third
    _objection("eget-netvaerk", "Vi rekrutterer gennem vores eget netværk", "Behov", (OBJ,)),
    _objection("intet-moede", "Vi har ikke brug for et møde", "Afvisning", (AFSLUT,)),
    _objection("ikke-tid", "Vi har ikke tid lige nu", "Tid og timing", (ANALYSE,)),
    _objection("daarlig-erfaring", "Vi har dårlig erfaring med jer", "Tillid", (OBJ,)),
)


class Host(App[None]):
    """A bare app that opens the bank and keeps what it returns."""

    def __init__(self, index: ObjectionIndex, phase: Phase = Phase.ANALYSE) -> None:
        super().__init__()
        self.index, self.phase = index, phase
        self.results: list[ObjectionPick | None] = []

    def compose(self) -> ComposeResult:
        yield Static("Opkald med Hansen & Søn ApS")

    def on_mount(self) -> None:
        screen = ObjectionBankScreen(self.index, self.phase, VALUES)
        self.push_screen(screen, self.results.append)


def ids(pilot: Pilot[Any]) -> list[str]:
    options = pilot.app.screen.query_one("#ob-objections", OptionList)
    return [options.get_option_at_index(i).id or "" for i in range(options.option_count)]


def highlighted(pilot: Pilot[Any]) -> str | None:
    options = pilot.app.screen.query_one("#ob-objections", OptionList)
    option = options.highlighted_option
    return option.id if option else None


def empty_text(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one("#ob-empty", Static).content)


async def run(host: Host, body: Callable[[Pilot[Any]], Any]) -> None:
    async with host.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await body(pilot)


async def test_focus_starts_in_search_and_phase_objection_is_first() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        assert isinstance(pilot.app.focused, Input)
        assert ids(pilot)[0] == "ikke-tid"
        assert len(ids(pilot)) == 4

    await run(Host(ObjectionIndex(BANK)), body)


async def test_search_without_danish_letters() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press(*"moede")
        assert ids(pilot) == ["intet-moede"]
        await pilot.press(*("backspace" for _ in "moede"), *"daarlig")
        assert ids(pilot) == ["daarlig-erfaring"]
        await pilot.press(*("backspace" for _ in "daarlig"), *"dårlig")
        assert ids(pilot) == ["daarlig-erfaring"]

    await run(Host(ObjectionIndex(BANK)), body)


async def test_down_enter_then_second_answer_is_the_pick() -> None:
    host = Host(ObjectionIndex(BANK))

    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press("down")
        assert highlighted(pilot) == ids(pilot)[1]
        chosen = highlighted(pilot)
        await pilot.press("enter")
        answers = pilot.app.screen.query_one("#ob-answers", OptionList)
        assert pilot.app.focused is answers and answers.highlighted == 0
        await pilot.press("down", "enter")
        await pilot.pause()
        assert host.results == [ObjectionPick(chosen or "", f"{chosen}-b")]

    await run(host, body)


async def test_answers_fill_merge_fields_and_show_gaps() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press("enter")
        answers = pilot.app.screen.query_one("#ob-answers", OptionList)
        text = str(answers.get_option_at_index(0).prompt)
        assert "anerkend–afklar–argumenter" in text
        assert "Hos Jobcenter Vejle gør" in text and "‹kontaktperson_fornavn›" in text
        assert "{" not in text and "Opfølgning: Hvornår passer" in text

    await run(Host(ObjectionIndex(BANK)), body)


async def test_escape_in_answers_goes_back_then_closes_with_none() -> None:
    host = Host(ObjectionIndex(BANK))

    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press("enter", "escape")
        assert isinstance(pilot.app.focused, Input) and host.results == []
        await pilot.press("escape")
        await pilot.pause()
        assert host.results == [None]

    await run(host, body)


async def test_tab_cycles_categories() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press("tab")  # "alle" → the first category in the bank
        assert ids(pilot) == ["eget-netvaerk"]
        await pilot.press("tab", "tab")
        assert ids(pilot) == ["ikke-tid"]
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert len(ids(pilot)) == 4  # back to "alle"

    await run(Host(ObjectionIndex(BANK)), body)


async def test_typing_a_new_search_clears_the_category_filter() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, ObjectionBankScreen)
        await pilot.press("tab")  # the category "Behov": only eget-netvaerk
        assert ids(pilot) == ["eget-netvaerk"] and screen.category == "Behov"
        await pilot.press(*"tid")  # said in another category: still found
        assert ids(pilot) == ["ikke-tid"] and screen.category is None
        await pilot.press("tab")  # a filter can be set again on the new search
        assert ids(pilot) == [] and screen.category == "Behov"
        assert "tab for en anden kategori" in empty_text(pilot)
        await pilot.press("backspace")
        assert ids(pilot) == ["ikke-tid"] and screen.category is None
        await pilot.press(*"xyzzy")  # nothing anywhere: tab would not help
        assert empty_text(pilot) == "Ingen indvendinger passer på »tixyzzy« — prøv et andet ord"

    await run(Host(ObjectionIndex(BANK)), body)


async def test_click_on_an_objection_opens_it_and_on_an_answer_picks_it() -> None:
    host = Host(ObjectionIndex(BANK))

    async def body(pilot: Pilot[Any]) -> None:
        await pilot.click("#ob-objections", offset=(2, 1))
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, ObjectionBankScreen) and screen.opened is not None
        await pilot.click("#ob-answers", offset=(2, 0))
        await pilot.pause()
        assert host.results == [ObjectionPick(screen.opened.id, screen.opened.answers[0].id)]

    await run(host, body)


async def test_shipped_bank_is_found_without_danish_letters() -> None:
    library = load_library(REPO / "scripts", REPO / "objections")
    index = ObjectionIndex(library.objections.values())

    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press(*"ikke tid")
        assert "tid" in library.objections[ids(pilot)[0]].says.lower()
        await pilot.press("ctrl+u", *"daarlig erfaring")
        assert "dårlig" in library.objections[ids(pilot)[0]].says.lower()

    await run(Host(index, Phase.INDVENDINGER), body)


def test_snapshot_query_and_opened_objection(snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press(*"ikke tid", "enter")
        await pilot.pause()

    assert snap_compare(Host(ObjectionIndex(BANK)), terminal_size=SIZE, run_before=run_before)


async def test_a_gap_looks_the_same_as_in_the_script() -> None:
    """The objection bank's answers and the script view draw a missing value alike."""
    from rich.text import Text
    from textual.content import Content
    from textual.style import Style as TextualStyle

    from canvass.ui.widgets.script_view import filled

    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press("enter")
        answers = pilot.app.screen.query_one("#ob-answers", OptionList)
        prompt = answers.get_option_at_index(0).prompt
        assert isinstance(prompt, Text)
        gap = "‹kontaktperson_fornavn›"
        start = prompt.plain.index(gap)
        (bank_style,) = [
            span.style for span in prompt.spans if span.start == start and span.end - start == 23
        ]
        script: Content = filled("Hej {kontaktperson_fornavn}", VALUES)
        assert script.plain == f"Hej {gap}"
        (script_span,) = [span for span in script.spans if span.start == 4]
        resolved = TextualStyle.parse(str(script_span.style), pilot.app.theme_variables)
        rich_script = resolved.rich_style
        assert (bank_style.bold, bank_style.reverse) == (True, True)
        assert (rich_script.bold, rich_script.reverse) == (True, True)
        assert bank_style.color == rich_script.color

    await run(Host(ObjectionIndex(BANK)), body)


async def test_the_list_shows_file_text_as_text_with_the_same_gaps() -> None:
    """What the customer says and its category come from files: never Rich markup."""
    from rich.console import Console

    odd = _objection("klammer", "[b]Nej[/b] tak, {kontaktperson_fornavn}", "[Pris]", (ANALYSE,))

    async def body(pilot: Pilot[Any]) -> None:
        options = pilot.app.screen.query_one("#ob-objections", OptionList)
        row = options.get_option_at_index(0).prompt
        console = Console(width=100, record=True, color_system=None)
        console.print(row)
        shown = console.export_text()
        assert '"[b]Nej[/b] tak, ‹kontaktperson_fornavn›"' in shown
        assert "[Pris]" in shown

    await run(Host(ObjectionIndex((odd,))), body)


def test_snapshot_phase_mark_only_where_it_tells_hits_apart(snap_compare: Any) -> None:
    # Browsing in Analyse: only "Vi har ikke tid lige nu" lists Analyse, so only it is marked.
    assert snap_compare(Host(ObjectionIndex(BANK)), terminal_size=SIZE)
