"""The merge values of a call: {fag} from the industry code, meeting fields as gaps."""

from __future__ import annotations

from pathlib import Path

from canvass.content.validate import load_library
from canvass.domain.merge_fields import MERGE_FIELDS, fill_plain
from canvass.store.cards import CompanyCard
from canvass.ui.merge_values import merge_values

REPO = Path(__file__).resolve().parents[2]


def _card(code: str | None) -> CompanyCard:
    return CompanyCard(
        id=1, name="Vejle Stål A/S", cvr=None, phone=None, address="Vestergade 4", zip="7100",
        city="Vejle", industry="Bearbejdning af metal", employees=40, segment="industri",
        key_account=False, ad_protected=False, do_not_call=False, contacts=(), past_calls=(),
        industry_code=code,
    )  # fmt: skip


def test_every_declared_field_has_a_value_slot() -> None:
    assert set(merge_values(_card(None), None, "Jobcenter Vejle")) == set(MERGE_FIELDS)


def test_fag_is_the_spoken_trade_from_the_shipped_table() -> None:
    trades = load_library(REPO / "scripts", REPO / "objections").trades
    values = merge_values(_card("25.62.00"), None, "Jobcenter Vejle", trades)
    assert values["fag"] == "metalbranchen"
    assert merge_values(_card("25.11.00"), None, "", trades)["fag"] == "metalindustrien"
    assert merge_values(_card(None), None, "", trades)["fag"] == "jeres branche"
    assert merge_values(_card("25.62.00"), None, "")["fag"] is None  # no table: a gap


def test_meeting_fields_are_gaps_until_a_meeting_is_agreed() -> None:
    values = merge_values(_card(None), None, "Jobcenter Vejle")
    text = "Så ses vi {moede_ugedag} den {moede_dato} {moede_tid} {moede_sted}."
    assert (
        fill_plain(text, values)
        == "Så ses vi [moede_ugedag] den [moede_dato] [moede_tid] [moede_sted]."
    )
