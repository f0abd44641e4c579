"""Spoken trade names (``scripts/fag.yaml``) for ``{fag}``: lookup, checking and loading."""

from __future__ import annotations

from pathlib import Path

from canvass.content.trades import TradeNames
from canvass.content.validate import check_paths, load_library
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import SCRIPT, where

REPO = Path(__file__).resolve().parents[3]

_TRADES = """\
standard: jeres branche
fag:
  "25": metalindustrien
  "25.62.00": metalbranchen
  "4332": tømrerfaget
"""


def test_full_code_then_four_digits_then_group_then_standard() -> None:
    names = TradeNames.model_validate(
        {
            "standard": "jeres branche",
            "fag": {"25": "metalindustrien", "25.62.00": "metal", "43.32": "tømrerfaget"},
        }
    )
    assert names.spoken("25.62.00") == "metal"
    assert names.spoken("256200") == "metal"
    assert names.spoken("25.99.00") == "metalindustrien"  # the group
    assert names.spoken("43.32.10") == "tømrerfaget"  # four digits
    assert names.spoken("43.21.00") == "jeres branche"
    assert names.spoken(None) == "jeres branche"
    assert names.spoken("") == "jeres branche"


def test_trade_file_beside_the_scripts_loads(write: Write) -> None:
    write("scripts/demo.yaml", SCRIPT)
    path = write("scripts/fag.yaml", _TRADES)
    assert check_paths([path]).ok
    (path.parent.parent / "objections").mkdir()
    library = load_library(path.parent, path.parent.parent / "objections")
    assert library.problems == [] and "demo" in library.scripts
    assert library.trades is not None and library.trades.spoken("43.32.10") == "tømrerfaget"


def test_a_bad_code_is_reported_and_an_unquoted_one_is_fine(write: Write) -> None:
    path = write("fag.yaml", _TRADES.replace('"4332"', '"43-32"').replace('"25":', "25:"))
    problems = check_paths([path]).problems
    assert [p.line for p in problems] == [5]


def test_trade_file_in_the_objection_folder_is_refused(write: Write) -> None:
    path = write("objections/fag.yaml", _TRADES)
    (path.parent.parent / "scripts").mkdir()
    library = load_library(path.parent.parent / "scripts", path.parent)
    assert where(library.problems) == [("wrong-folder", 1, 1)]
    assert library.trades is None


def test_the_shipped_table_names_every_demo_trade() -> None:
    from canvass.store.demo_data import TRADES

    library = load_library(REPO / "scripts", REPO / "objections")
    assert library.trades is not None
    for trade in TRADES:
        assert library.trades.spoken(trade.code) != library.trades.standard, trade.code
