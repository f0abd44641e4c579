"""Importing the company marks: nøglekunde, ring ikke and reklamebeskyttet (also under the
CVR register's own heading), with the usual yes/no spellings."""

from pathlib import Path

import pytest
import sqlmodel

from canvass.store import Store
from canvass.store.models import Company
from canvass.transfer import apply_import, read_companies
from canvass.transfer.columns import Column, column_for

from .conftest import CVR, WriteFile


def _flags(store: Store) -> dict[str, tuple[bool, bool, bool]]:
    with store.session() as session:
        found = session.exec(sqlmodel.select(Company)).all()
        return {c.name: (c.key_account, c.do_not_call, c.ad_protected) for c in found}


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Nøglekunde", Column.KEY_ACCOUNT),
        ("key_account", Column.KEY_ACCOUNT),
        ("noeglekunde", Column.KEY_ACCOUNT),
        ("Key account", Column.KEY_ACCOUNT),
        ("ring_ikke", Column.DO_NOT_CALL),
        ("Ring ikke", Column.DO_NOT_CALL),
        ("do_not_call", Column.DO_NOT_CALL),
        ("Frabedt", Column.DO_NOT_CALL),
        ("Frabedt sig opkald", Column.DO_NOT_CALL),
        ("Reklamebeskyttelse", Column.AD_PROTECTED),  # the CVR register's export
        ("reklamebeskyttet", Column.AD_PROTECTED),
        ("Reklamebeskyttet (ja/nej)", Column.AD_PROTECTED),
        ("REKLAME-BESKYTTET", Column.AD_PROTECTED),
    ],
)
def test_headings_for_the_marks(heading: str, column: Column) -> None:
    assert column_for(heading) is column


def test_the_marks_are_imported_with_every_yes_no_spelling(write: WriteFile, store: Store) -> None:
    path = write(
        "cvr-udtræk.csv",
        "Navn;Telefon;CVR;Nøglekunde;Ring ikke;Reklamebeskyttelse\r\n"
        f"Alfa ApS;75821140;{CVR[0]};Ja;nej;Nej\r\n"
        f"Beta A/S;75821141;{CVR[1]};1;0;ja\r\n"
        f"Gamma I/S;75821142;{CVR[2]};x;;true\r\n"
        f"Delta ApS;75821143;{CVR[3]};;X;false\r\n"
        f"Epsilon ApS;75821144;{CVR[4]};NEJ;TRUE;\r\n",
        encoding="cp1252",
    )
    plan = read_companies(path)
    assert plan.ok, plan.problems
    summary = apply_import(store, plan)
    assert summary.new == 5
    assert _flags(store) == {
        "Alfa ApS": (True, False, False),
        "Beta A/S": (True, False, True),
        "Gamma I/S": (True, False, True),
        "Delta ApS": (False, True, False),
        "Epsilon ApS": (False, True, False),
    }


def test_a_bad_mark_names_its_column_and_line(write: WriteFile, tmp_path: Path) -> None:
    path = write(
        "liste.csv",
        "navn;telefon;nøglekunde;ring_ikke\nAlfa ApS;75821140;måske;ja\nBeta;75821141;ja;jo\n",
    )
    plan = read_companies(path)
    assert [p.format(path) for p in plan.problems] == [
        f"{path}:2: nøglekunde skal være ja/nej, 1/0, x/tom eller true/false, ikke 'måske'",
        f"{path}:3: ring_ikke skal være ja/nej, 1/0, x/tom eller true/false, ikke 'jo'",
    ]


def test_importing_again_updates_the_marks_but_never_lifts_ring_ikke(
    write: WriteFile, store: Store
) -> None:
    first = write(
        "første.csv",
        "navn;telefon;cvr;nøglekunde;ring_ikke;reklamebeskyttet\n"
        f"Alfa ApS;75821140;{CVR[0]};ja;ja;ja\n"
        f"Beta A/S;75821141;{CVR[1]};nej;nej;nej\n",
    )
    apply_import(store, read_companies(first))
    again = write(
        "igen.csv",
        "navn;telefon;cvr;nøglekunde;ring_ikke;reklamebeskyttet\n"
        f"Alfa ApS;75821140;{CVR[0]};nej;nej;nej\n"
        f"Beta A/S;75821141;{CVR[1]};ja;ja;ja\n",
    )
    summary = apply_import(store, read_companies(again))
    assert summary.updated == 2
    # "ring ikke" is the company's own wish: a spreadsheet saying "nej" keeps it.
    assert _flags(store) == {"Alfa ApS": (False, True, False), "Beta A/S": (True, True, True)}


def test_without_the_columns_the_marks_are_left_alone(write: WriteFile, store: Store) -> None:
    first = write("a.csv", f"navn;telefon;cvr;nøglekunde;ring ikke\nAlfa;75821140;{CVR[0]};ja;ja\n")
    apply_import(store, read_companies(first))
    plain = write("b.csv", f"navn;telefon;cvr;by\nAlfa;75821140;{CVR[0]};Vejle\n")
    summary = apply_import(store, read_companies(plain))
    assert summary.updated == 1
    assert _flags(store) == {"Alfa": (True, True, False)}
