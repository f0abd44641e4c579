"""The call export opens in Danish Excel: BOM, ';', CRLF, Danish headings and labels."""

import csv
import io
from datetime import date

import pytest

from canvass.store import Store
from canvass.transfer import calls_csv

from .data import fill

HEADINGS = [
    "Dato", "Tid", "Konsulent", "Virksomhed", "CVR", "Telefon", "Udfald", "Nået",
    "Varighed (min)", "Manuskript", "Noter",
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store)
    return store


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_excel_conventions_and_contents(filled: Store) -> None:
    data = calls_csv(filled)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") >= 3 and data.split(b"\r\n")[0].count(b";") == 10
    rows = _rows(data)
    assert rows[0] == HEADINGS
    assert rows[1] == [
        "23-11-2026", "10:00", "AB", "Hansen & Søn ApS", "24256790", "75 82 11 40",
        "Møde booket", "Ja", "4,5", "rekruttering-besoeg",
        "'=SUM(A1)\nMødet er booket",  # a leading '=' must not become an Excel formula
    ]  # fmt: skip
    # 23:30 UTC on the 24th is 00:30 on the 25th in Copenhagen; unfinished, no outcome.
    assert rows[2] == [
        "25-11-2026", "00:30", "MK", "Jensen VVS, Kolding; Nord", "", "22 33 44 55", "", "",
        "", "fleksjob", "Ring igen\nefter frokost",
    ]  # fmt: skip
    assert len(rows) == 3


def test_filters(filled: Store) -> None:
    assert len(_rows(calls_csv(filled, start=date(2026, 11, 25)))) == 2
    assert len(_rows(calls_csv(filled, end=date(2026, 11, 24)))) == 2
    assert [r[2] for r in _rows(calls_csv(filled, consultant_id=2))[1:]] == ["MK"]


def test_no_calls_gives_the_headings(store: Store) -> None:
    assert _rows(calls_csv(store)) == [HEADINGS]


@pytest.mark.parametrize(
    "value", ["=1+1", '＝HYPERLINK("x")', "﹢1", "－2", "＠SUM(A1)", "  =1", "\u3000=1", "\t=1"]
)
def test_formula_looking_cells_are_neutralised_also_full_width(value: str) -> None:
    from canvass.transfer.csv_export import _safe

    assert _safe(value) == "'" + value


def test_ordinary_cells_are_left_alone() -> None:
    from canvass.transfer.csv_export import _safe

    assert _safe("Hansen & Søn ApS") == "Hansen & Søn ApS"
    assert _safe("Ring 1-2 gange") == "Ring 1-2 gange"
