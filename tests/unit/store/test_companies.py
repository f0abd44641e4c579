"""The company list: search, paging, order, and the last/next contact columns."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from canvass.services import Services
from canvass.store import Store
from canvass.store.companies import search_terms
from canvass.store.models import Call, Callback, CallOutcome, Company, Meeting

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def filled(store: Store) -> Store:
    with store.session() as session:
        session.add_all(
            [
                Company(name="Vejle Stål A/S", cvr="24256790", phone="75821140", city="Vejle"),
                Company(name="Bageriet Ågade", phone="76123456", city="Kolding", zip="6000"),
                Company(name="Østergaards VVS ApS", phone="79111111", city="Fredericia"),
                Company(name="Æblegården I/S", phone="20202020", city="Børkop"),
                Company(name="hansen & Søn ApS", phone="30303030", city="Vejle"),
                Company(name="Andersen Auto", phone="40404040", city="Give"),
            ]
        )
    return store


def _names(rows: list) -> list[str]:
    return [row.name for row in rows]


def test_ordered_by_name_the_danish_way(filled: Store) -> None:
    assert _names(Services.of(filled).companies.company_rows(now=NOW)) == [
        "Andersen Auto",
        "Bageriet Ågade",
        "hansen & Søn ApS",
        "Vejle Stål A/S",
        "Æblegården I/S",
        "Østergaards VVS ApS",
    ]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("stål", ["Vejle Stål A/S"]),
        ("STÅL", ["Vejle Stål A/S"]),
        ("ågade", ["Bageriet Ågade"]),
        ("24256790", ["Vejle Stål A/S"]),
        ("2425 6790", ["Vejle Stål A/S"]),
        ("75 82 11 40", ["Vejle Stål A/S"]),
        ("+45 75 82 11 40", ["Vejle Stål A/S"]),
        ("vejle", ["hansen & Søn ApS", "Vejle Stål A/S"]),
        ("hansen vejle", ["hansen & Søn ApS"]),
        ("KOLDING", ["Bageriet Ågade"]),
        ("6000", ["Bageriet Ågade"]),
        ("100%", []),
        ("a_s", []),
    ],
)
def test_search(filled: Store, search: str, expected: list[str]) -> None:
    assert _names(Services.of(filled).companies.company_rows(search, now=NOW)) == expected
    assert Services.of(filled).companies.count_companies(search) == len(expected)


@pytest.fixture
def danish(filled: Store) -> Store:
    with filled.session() as session:
        session.add_all(
            [
                Company(name="Ådalens Tømrerforretning", phone="86123456", city="Århus"),
                Company(name="Kjær Maskinstation", cvr="12345674", city="Sønder Omme"),
                Company(name="Søren Madsen Malerfirma", city="Egtved"),
                Company(name="Aabenraa Is", city="Aabenraa"),
            ]
        )
    return filled


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        # One folding (canvass.domain.folding): Danish letters or their ASCII spellings.
        ("aadalens", ["Ådalens Tømrerforretning"]),
        ("Ådalens", ["Ådalens Tømrerforretning"]),
        ("ÅDALENS toemrer", ["Ådalens Tømrerforretning"]),
        ("kjaer", ["Kjær Maskinstation"]),
        ("kjær", ["Kjær Maskinstation"]),
        ("søren", ["Søren Madsen Malerfirma"]),
        ("soeren", ["Søren Madsen Malerfirma"]),
        ("aarhus", ["Ådalens Tømrerforretning"]),
        ("åbenrå", ["Aabenraa Is"]),
        ("kjae", ["Kjær Maskinstation"]),
        ("kja", ["Kjær Maskinstation"]),
        ("soender omme", ["Kjær Maskinstation"]),
        ("aeblegaarden", ["Æblegården I/S"]),
        ("oestergaards", ["Østergaards VVS ApS"]),
        ("12345674", ["Kjær Maskinstation"]),
        ("86123456", ["Ådalens Tømrerforretning"]),
        ("86 12 34 56", ["Ådalens Tømrerforretning"]),
    ],
)
def test_search_folds_danish_letters(danish: Store, search: str, expected: list[str]) -> None:
    assert _names(Services.of(danish).companies.company_rows(search, now=NOW)) == expected
    assert Services.of(danish).companies.count_companies(search) == len(expected)


def test_search_terms() -> None:
    assert search_terms("  ") == []
    assert search_terms("0045 75 82 11 40") == ["75821140"]
    assert search_terms("Hansen  Vejle") == ["hansen", "vejle"]
    assert search_terms("Kjær Ølstykke") == ["kjaer", "oelstykke"]


def test_paging(filled: Store) -> None:
    everything = _names(Services.of(filled).companies.company_rows(now=NOW))
    pages = [
        _names(Services.of(filled).companies.company_rows(offset=i, limit=2, now=NOW))
        for i in (0, 2, 4, 6)
    ]
    assert pages[0] + pages[1] + pages[2] == everything
    assert pages[3] == []
    assert Services.of(filled).companies.count_companies() == 6


def test_last_and_next_contact(filled: Store) -> None:
    ab = Services.of(filled).consultants.ensure_consultant("AB", "Anne Bech")
    with filled.session() as session:
        company = session.exec(select(Company).where(Company.name == "Andersen Auto")).one()
        ids = {"company_id": company.id, "consultant_id": ab.id}
        day = timedelta(days=1)
        first = Call(**ids, script_id="s", started_at=NOW - 3 * day)
        second = Call(**ids, script_id="s", started_at=NOW - day)
        unfinished = Call(**ids, script_id="s", started_at=NOW - timedelta(hours=1))
        session.add_all([first, second, unfinished])
        session.flush()
        session.add_all(
            [
                CallOutcome(call_id=first.id, outcome="no_answer", reached=False),
                CallOutcome(call_id=second.id, outcome="callback", reached=True),
                Callback(**ids, due_at=NOW + 2 * day),
                Callback(**ids, due_at=NOW - 9 * day, done_at=NOW - 8 * day),
                Meeting(**ids, starts_at=NOW - 5 * day),
                Meeting(**ids, starts_at=NOW + 4 * day, status="cancelled"),
                Meeting(**ids, starts_at=NOW + 6 * day),
            ]
        )
    row = Services.of(filled).companies.company_rows("andersen", now=NOW)[0]
    assert row.last_contact_at == NOW - timedelta(hours=1)
    assert row.last_outcome == "callback"
    assert row.next_callback_at == NOW + timedelta(days=2)
    assert row.next_meeting_at == NOW + timedelta(days=6)
    assert row.last_contact_at.tzinfo is not None
    other = Services.of(filled).companies.company_rows("bageriet", now=NOW)[0]
    assert (other.last_contact_at, other.last_outcome, other.next_callback_at) == (None, None, None)


def test_rows_are_frozen(filled: Store) -> None:
    row = Services.of(filled).companies.company_rows(now=NOW)[0]
    with pytest.raises(AttributeError):
        row.name = "x"  # type: ignore[misc]


def test_updates_keep_search_key(filled: Store) -> None:
    with filled.session() as session:
        company = session.exec(select(Company).where(Company.name == "Andersen Auto")).one()
        company.city = "Jelling"
    assert _names(Services.of(filled).companies.company_rows("jelling", now=NOW)) == [
        "Andersen Auto"
    ]
    assert Services.of(filled).companies.company_rows("give", now=NOW) == []


def test_consultants(store: Store) -> None:
    assert Services.of(store).consultants.consultant("ab") is None
    created = Services.of(store).consultants.ensure_consultant(" ab ", "Anne Bech")
    assert created.initials == "AB" and created.name == "Anne Bech"
    assert Services.of(store).consultants.ensure_consultant("AB", "Andet Navn") == created
    assert Services.of(store).consultants.ensure_consultant("mk").name == "MK"
    assert [c.initials for c in Services.of(store).consultants.consultants()] == ["AB", "MK"]
    assert Services.of(store).consultants.consultant("Ab") == created
    with pytest.raises(ValueError):
        Services.of(store).consultants.ensure_consultant("  ")


def test_is_empty(store: Store) -> None:
    assert Services.of(store).companies.is_empty()
    with store.session() as session:
        session.add(Company(name="Første ApS"))
    assert not Services.of(store).companies.is_empty()
