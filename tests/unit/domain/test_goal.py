"""Naming the tools of a goal, and the goal on one line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from canvass.domain.goal import TOOL_KEYS, Goal, tool_label
from canvass.domain.offers import Offer
from canvass.domain.sparring import Tool, offer_tool
from canvass.i18n import set_language


@pytest.fixture(autouse=True)
def _danish() -> Iterator[None]:
    set_language("da")
    yield
    set_language("da")


def test_every_tool_and_every_offer_can_be_chosen_and_has_a_name_in_both_languages() -> None:
    assert set(TOOL_KEYS) == {tool.value for tool in Tool} | {offer_tool(o) for o in Offer}
    danish = {key: tool_label(key) for key in TOOL_KEYS}
    set_language("en")
    english = {key: tool_label(key) for key in TOOL_KEYS}
    assert all(danish.values()) and all(english.values())
    assert len(set(danish.values())) == len(TOOL_KEYS)  # no two tools called the same
    assert danish["offer:loentilskud"] == "tilbud: Løntilskud"
    assert english["offer:loentilskud"] == "offer: Wage subsidy"
    assert (danish["opening"], english["two_times"]) == ("åbning", "closing with two times")


def test_a_tool_this_version_does_not_know_is_named_by_its_key() -> None:
    assert tool_label("offer:jobrotation") == "offer:jobrotation"
    assert tool_label("telepati") == "telepati"


def test_the_goal_on_one_line_leaves_out_what_was_not_set() -> None:
    assert Goal().line() == "Mål: ikke sat"
    goal = Goal.of("Book et besøg", ["bala", "opening"], "Ja til\nto minutter")
    line = "Mål: Book et besøg · Redskaber: åbning, BALA · Effekt: Ja til to minutter"
    assert goal.line() == line
    assert Goal.of("", ["bala"], "").line() == "Redskaber: BALA"


def test_a_damaged_stored_tool_list_reads_as_none() -> None:
    assert Goal.stored(None, "not json", None) == Goal()
    assert Goal.stored("mål", '{"a": 1}', "") == Goal("mål")
    assert Goal.stored("mål", '["bala"]', "x").tools == ("bala",)
