"""The objection bank with a large bank: a screenful of rows, a line counting the rest."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from canvass.content.models import Objection
from canvass.content.search import ObjectionIndex
from canvass.domain.phases import Phase
from canvass.ui.screens.objection_bank import SHOWN, ObjectionBankScreen
from tests.ui.test_objection_bank import BANK, Host, highlighted, run

SIZE = 1_200


def _large_bank() -> list[Objection]:
    """The test bank's four objections, 300 times over with new ids and words."""
    bank = []
    for number in range(SIZE):
        base = BANK[number % len(BANK)]
        bank.append(
            base.model_copy(
                update={
                    "id": f"{base.id}-{number}",
                    "says": f"{base.says} (variant {number})",
                    "keywords": (f"ord{number}",),
                }
            )
        )
    return bank


INDEX = ObjectionIndex(_large_bank())


def options(pilot: Pilot[Any]) -> OptionList:
    return pilot.app.screen.query_one("#ob-objections", OptionList)


def count_text(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one("#ob-count", Static).content)


async def test_browsing_lists_a_screenful_and_counts_the_rest() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        listed = options(pilot)
        assert listed.option_count == SHOWN + 1
        more = listed.get_option_at_index(SHOWN)
        assert more.disabled and more.id is None
        assert str(more.prompt) == (
            "… og 1.150 flere — skriv et ord fra indvendingen, eller tab for en kategori"
        )
        assert count_text(pilot) == "1.200 af 1.200"
        expected = [hit.objection.id for hit in INDEX.search("", phase=Phase.ANALYSE)][:SHOWN]
        assert [listed.get_option_at_index(i).id for i in range(SHOWN)] == expected

    await run(Host(INDEX), body)


async def test_the_highlight_never_lands_on_the_counting_line() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        for _ in range(SHOWN // 5 + 3):
            await pilot.press("pagedown")
        assert options(pilot).highlighted == SHOWN - 1
        screen = pilot.app.screen
        assert isinstance(screen, ObjectionBankScreen)
        assert highlighted(pilot) == screen.hits[-1].objection.id
        await pilot.press("enter")  # opens the last listed objection's answers
        assert screen.opened is not None and screen.opened.id == screen.hits[-1].objection.id

    await run(Host(INDEX), body)


async def test_a_search_lists_what_the_index_finds_without_a_counting_line() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press(*"ord123")
        listed = options(pilot)
        found = [hit.objection.id for hit in INDEX.search("ord123", phase=Phase.ANALYSE)]
        assert 0 < len(found) <= SHOWN
        assert [listed.get_option_at_index(i).id for i in range(listed.option_count)] == found
        assert highlighted(pilot) == found[0]
        assert count_text(pilot) == f"{len(found)} af 1.200"

    await run(Host(INDEX), body)


async def test_a_category_of_a_large_bank_is_listed_a_screenful_at_a_time() -> None:
    async def body(pilot: Pilot[Any]) -> None:
        await pilot.press("tab")  # the first category: a quarter of the bank
        listed = options(pilot)
        assert listed.option_count == SHOWN + 1
        assert listed.get_option_at_index(SHOWN).disabled
        assert count_text(pilot) == "300 af 1.200"

    await run(Host(INDEX), body)
