"""Writing an import: new, updated and unchanged companies, contacts, call lists, dry runs."""

import pytest
import sqlmodel

from canvass.services import Services
from canvass.store import Store
from canvass.store.models import (
    CallList,
    CallListMember,
    Company,
    ContactPerson,
    company_search_key,
    danish_sort_key,
)
from canvass.transfer import apply_import, read_companies

from .conftest import CVR, WriteFile

HEADER = "Navn;CVR;Telefon;By;Ansatte;Kontaktperson;E-mail\r\n"


def _companies(store: Store) -> list[Company]:
    with store.session() as session:
        return list(session.exec(sqlmodel.select(Company).order_by(sqlmodel.col(Company.id))))


def _contacts(store: Store) -> list[tuple[int, str, str | None]]:
    with store.session() as session:
        query = sqlmodel.select(ContactPerson).order_by(sqlmodel.col(ContactPerson.id))
        return [(c.company_id, c.name, c.email) for c in session.exec(query)]


def _members(store: Store, name: str) -> set[int]:
    with store.session() as session:
        query = (
            sqlmodel.select(CallListMember.company_id)
            .join(CallList, sqlmodel.col(CallList.id) == CallListMember.list_id)
            .where(CallList.name == name)
        )
        return set(session.exec(query))


def test_first_import_creates_and_reimport_updates(store: Store, write: WriteFile) -> None:
    first = write(
        "a.csv",
        HEADER
        + f"Hansen ApS;{CVR[0]};75821140;Vejle;12;Mette Hansen;mette@hansen.dk\r\n"
        + "Jensen VVS;;22334455;Kolding;;;\r\n"
        + f"Olsen & Co;{CVR[1]};33445566;;;;\r\n",
    )
    summary = apply_import(store, read_companies(first))
    assert (summary.new, summary.updated, summary.unchanged) == (3, 0, 0)
    assert summary.contacts_added == 1
    hansen = _companies(store)[0]
    assert (hansen.cvr, hansen.city, hansen.employees) == (CVR[0], "Vejle", 12)
    # The derived columns the ORM events keep are filled by the bulk insert too.
    assert hansen.search_key == company_search_key(hansen)
    assert hansen.sort_name == danish_sort_key("Hansen ApS")
    assert (
        Services.of(store).companies.count_companies("hansen") == 1
        and Services.of(store).companies.count_companies("75 82 11 40") == 1
    )
    assert _contacts(store) == [(hansen.id, "Mette Hansen", "mette@hansen.dk")]

    second = write(
        "b.csv",
        HEADER
        + f"Hansen ApS;{CVR[0]};75821140;;13;Mette Hansen;mette.h@hansen.dk\r\n"  # updated
        + "Jensen VVS;;+45 22 33 44 55;Kolding;;;\r\n"  # same company: phone + name
        + f"Olsen & Co;{CVR[1]};33445566;;;;\r\n"  # unchanged
        + f"Ny ApS;{CVR[2]};44556677;;;;\r\n",  # new
    )
    summary = apply_import(store, read_companies(second))
    assert (summary.new, summary.updated, summary.unchanged) == (1, 1, 2)
    assert (summary.contacts_added, summary.contacts_updated) == (0, 1)
    companies = _companies(store)
    assert len(companies) == 4
    hansen = companies[0]
    assert (hansen.city, hansen.employees) == ("Vejle", 13)  # a blank cell keeps the city
    assert _contacts(store) == [(hansen.id, "Mette Hansen", "mette.h@hansen.dk")]

    again = apply_import(store, read_companies(second))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)


def test_a_cvr_finds_the_company_imported_without_one(store: Store, write: WriteFile) -> None:
    apply_import(store, read_companies(write("a.csv", "Navn;Telefon\nHansen ApS;75821140\n")))
    plan = read_companies(write("b.csv", f"Navn;Telefon;CVR\nHansen ApS;75821140;{CVR[0]}\n"))
    summary = apply_import(store, plan)
    assert (summary.new, summary.updated) == (0, 1)
    assert [c.cvr for c in _companies(store)] == [CVR[0]]


def test_names_match_ignoring_case_and_the_file_wins(store: Store, write: WriteFile) -> None:
    apply_import(store, read_companies(write("a.csv", "Navn;Telefon\nJensen VVS;22334455\n")))
    summary = apply_import(store, read_companies(write("b.csv", "Navn;Tlf\nJENSEN VVS;22334455\n")))
    assert (summary.new, summary.updated) == (0, 1)
    assert [c.name for c in _companies(store)] == ["JENSEN VVS"]


def test_another_contact_person_replaces_the_first(store: Store, write: WriteFile) -> None:
    rows = "Navn;CVR;Telefon;Kontaktperson;E-mail\n" + f"Hansen ApS;{CVR[0]};75821140;"
    apply_import(store, read_companies(write("a.csv", rows + "Mette;mette@hansen.dk\n")))
    summary = apply_import(store, read_companies(write("b.csv", rows + "Bo Berg;\n")))
    assert (summary.updated, summary.contacts_updated) == (1, 1)
    # Bo does not inherit Mette's e-mail.
    assert [(name, email) for _, name, email in _contacts(store)] == [("Bo Berg", None)]


def test_dry_run_writes_nothing(store: Store, write: WriteFile) -> None:
    path = write("a.csv", f"Navn;CVR;Telefon;Kontaktperson\nHansen ApS;{CVR[0]};75821140;Mette\n")
    summary = apply_import(store, read_companies(path), "Uge 48", dry_run=True)
    assert (summary.new, summary.contacts_added, summary.dry_run) == (1, 1, True)
    assert (summary.list_created, summary.list_added) == (True, 1)
    assert _companies(store) == [] and _contacts(store) == []
    with store.session() as session:
        assert session.exec(sqlmodel.select(CallList)).all() == []


def test_list_membership(store: Store, write: WriteFile) -> None:
    path = write("a.csv", f"Navn;CVR;Telefon\nHansen ApS;{CVR[0]};75821140\nJensen;;22334455\n")
    summary = apply_import(store, read_companies(path), "Uge 48")
    assert (summary.list_created, summary.list_added) == (True, 2)
    ids = {c.id for c in _companies(store)}
    assert _members(store, "Uge 48") == ids
    more = write("b.csv", f"Navn;CVR;Telefon\nHansen ApS;{CVR[0]};75821140\nNy;;33445566\n")
    summary = apply_import(store, read_companies(more), "Uge 48")
    assert (summary.list_created, summary.list_added) == (False, 1)
    assert len(_members(store, "Uge 48")) == 3
    dry = apply_import(store, read_companies(path), "Uge 48", dry_run=True)
    assert dry.list_added == 0
    apply_import(store, read_companies(more), "Uge 49")
    assert len(_members(store, "Uge 49")) == 2


def test_a_plan_with_problems_is_refused(store: Store, write: WriteFile) -> None:
    plan = read_companies(write("a.csv", "Navn;Telefon\nHansen ApS;123\n"))
    with pytest.raises(ValueError):
        apply_import(store, plan)


def test_more_rows_than_one_chunk(store: Store, write: WriteFile) -> None:
    rows = "".join(f"Firma {i};{20_000_000 + i}\n" for i in range(2000))
    path = write("a.csv", "Navn;Telefon\n" + rows)
    assert apply_import(store, read_companies(path)).new == 2000
    summary = apply_import(store, read_companies(path), "Alle")
    assert (summary.new, summary.unchanged, summary.list_added) == (0, 2000, 2000)
