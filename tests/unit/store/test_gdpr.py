"""Forget and purge on both backends: personal data gone from the files, statistics kept;
the audit log finds what concerns a person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlmodel

from canvass.domain.retention import Age, Retention
from canvass.services import Services
from canvass.store import Store
from canvass.store.audit import Actor
from canvass.store.audit_model import AuditLine
from canvass.store.models import Call, Company, ContactPerson, JobOrder, Meeting
from canvass.store.scrub import ERASED
from canvass.transfer.csv_export import calls_csv

from .gdpr_data import JENS, METTE, T0, fill, raw_bytes, statistics, text_columns_containing

DPO = Actor("dpo")


@pytest.fixture
def store(private_db_url: str) -> Iterator[Store]:
    """The erasure's wipe waits for older transactions on the whole server: a server of
    this worker's own keeps other tests' transactions out of the picture."""
    with Store.open(private_db_url) as opened:
        yield opened


def _present(store: Store, needles: tuple[str, ...]) -> dict[str, bool]:
    data = raw_bytes(store)
    return {needle: needle.encode() in data for needle in needles}


def test_raw_search_finds_the_data_before_anything_is_erased(store: Store) -> None:
    fill(store)
    assert all(_present(store, JENS + METTE).values())
    assert text_columns_containing(store, "Kjærgaard")


def test_forget_contact_erases_them_everywhere_and_keeps_the_statistics(store: Store) -> None:
    ids = fill(store)
    Services.of(store).privacy.search(1, "kjærgaard")
    Services.of(store).privacy.search(1, "ulstrup")
    Services.of(store).privacy.read_card(1, ids["company"], ids["jens"])
    before = statistics(store)

    preview, _ = Services.of(store).privacy.forget(DPO, contact_id=ids["jens"], dry_run=True)
    assert preview is not None and preview.contacts == 1 and preview.calls == 1
    assert preview.job_orders == 1 and preview.searches == 1
    assert all(_present(store, JENS).values())  # the dry run changed nothing

    result, wiped = Services.of(store).privacy.forget(DPO, contact_id=ids["jens"])
    assert result == preview and wiped
    assert statistics(store) == before
    assert _present(store, JENS) == dict.fromkeys(JENS, False)
    assert _present(store, METTE) == dict.fromkeys(METTE, True)
    for needle in JENS:
        assert text_columns_containing(store, needle) == [], needle
    with store.session() as session:
        assert session.get(ContactPerson, ids["jens"]) is None
        assert session.get(ContactPerson, ids["mette"]) is not None
        jens_call = session.get(Call, ids["call_jens"])
        mette_call = session.get(Call, ids["call_mette"])
        assert jens_call is not None and jens_call.notes == "" and jens_call.contact_id is None
        assert mette_call is not None
        assert mette_call.notes == f"Mette Ulstrup siger at {ERASED} er syg"
        company = session.get(Company, ids["company"])
        assert company is not None and company.notes == f"Spørg efter {ERASED}."
        assert company.name == "Hansen & Søn ApS"  # a company is not a person
        meeting = session.exec(sqlmodel.select(Meeting)).one()
        assert (meeting.attendees, meeting.purpose) == ("", "")
        order = session.exec(sqlmodel.select(JobOrder)).one()
        assert order.contact_name is None and order.contact_email is None
        assert order.description == f"{ERASED} vil have en tømrerlærling"
        searches = session.exec(
            sqlmodel.select(AuditLine.detail).where(AuditLine.action == "search")
        ).all()
        assert sorted(searches) == ["", "ulstrup"]  # the line stays, the words go
    lines = Services.of(store).privacy.audit_rows(contact_id=ids["jens"])
    assert [line.action for line in lines] == ["search", "read_card", "forget"]
    assert lines[-1].actor == "dpo" and lines[-1].contact_name is None
    assert "contacts=1" in lines[-1].detail


def test_forget_company_erases_all_its_people_and_free_text(store: Store) -> None:
    ids = fill(store)
    before = statistics(store)
    result, wiped = Services.of(store).privacy.forget(DPO, company_id=ids["company"])
    assert result is not None and wiped
    assert (result.contacts, result.calls, result.company_erased) == (2, 2, False)
    assert statistics(store) == before
    gone = ("Kjærgaard", "Ulstrup", "22446688", "33557799", "ryggen", "syg", "papirer")
    assert _present(store, gone) == dict.fromkeys(gone, False)
    # The other company's call is not this company's: its notes stay, mentions go.
    with store.session() as session:
        other = session.get(Call, ids["call_other"])
        assert other is not None and other.notes == "Ingen tid nu"
        company = session.get(Company, ids["company"])
        assert company is not None and company.cvr == "24256790" and company.notes == ""
    assert b"Hansen & S" in raw_bytes(store)


def test_forget_sole_proprietorship_erases_the_company_name_too(store: Store) -> None:
    ids = fill(store)
    before = statistics(store)
    result, _ = Services.of(store).privacy.forget(
        DPO, company_id=ids["company"], sole_proprietorship=True
    )
    assert result is not None and result.company_erased
    assert statistics(store) == before
    gone = ("Hansen & S", "24256790", "75821140", "hansen & soen")
    assert _present(store, gone) == dict.fromkeys(gone, False)
    with store.session() as session:
        company = session.get(Company, ids["company"])
        assert company is not None and company.name == ERASED and company.do_not_call
    assert Services.of(store).privacy.company_id_by_cvr("24256790") is None


def test_audit_for_a_person_lists_their_card_reads_searches_and_exports(store: Store) -> None:
    ids = fill(store)
    Services.of(store).privacy.read_card(1, ids["company"], ids["jens"])
    Services.of(store).privacy.read_card(1, ids["other"])
    Services.of(store).privacy.search(1, "kjaergaard")  # folded: still Jens
    Services.of(store).privacy.search(1, "hansen søn")  # finds his company in the list
    Services.of(store).privacy.search(1, "østergaard")  # another company: not his
    calls_csv(store, audit_as=1)
    lines = Services.of(store).privacy.audit_rows(contact_id=ids["jens"])
    assert [(line.action, line.detail) for line in lines] == [
        ("read_card", ""),
        ("search", "kjaergaard"),
        ("search", "hansen søn"),
        ("export", "calls …–… rows=3"),
    ]
    assert lines[0].actor == "AB" and lines[0].contact_name == "Jens Kjærgaard"
    everything = Services.of(store).privacy.audit_rows()
    assert len(everything) == 7  # 2 cards, 3 searches, 2 companies exported
    assert Services.of(store).privacy.audit_rows(since=T0 + timedelta(days=3650)) == []
    by_company = Services.of(store).privacy.audit_rows(company_id=ids["other"])
    assert [line.action for line in by_company] == ["read_card", "search", "export"]


def test_purge_erases_by_age_and_keeps_recent_data_and_statistics(store: Store) -> None:
    ids = fill(store)
    Services.of(store).privacy.search(1, "ulstrup")
    with store.session(write=True) as session:  # Mette was called again lately
        session.add(
            Call(
                company_id=ids["company"],
                consultant_id=1,
                contact_id=ids["mette"],
                script_id="x",
                started_at=T0 + timedelta(days=700),
                notes="Nyt opkald om Ulstrup-lærlingen",
            )
        )
    before = statistics(store)
    now = T0 + timedelta(days=760)  # about 25 months after the first calls
    two_years = Age(24, "m")
    preview, _ = Services.of(store).privacy.purge(
        DPO, now, Retention(two_years, two_years, None), dry_run=True
    )
    assert (preview.calls, preview.contacts, preview.audit_lines) == (3, 1, 0)
    result, wiped = Services.of(store).privacy.purge(
        DPO, now, Retention(two_years, two_years, None)
    )
    assert result == preview and wiped
    assert statistics(store) == before
    gone = ("Kjærgaard", "ryggen", "papirer", "Ingen tid nu")
    assert _present(store, gone) == dict.fromkeys(gone, False)
    assert _present(store, ("Ulstrup-lærlingen", "Mette Ulstrup")) == {
        "Ulstrup-lærlingen": True,
        "Mette Ulstrup": True,
    }
    # Audit lines: everything is younger than 24 months, except by a 1-day period.
    result, _ = Services.of(store).privacy.purge(DPO, now, Retention(None, None, Age(1, "d")))
    assert result.audit_lines >= 1
    actions = [line.action for line in Services.of(store).privacy.audit_rows()]
    assert actions == ["purge", "purge"]  # the first purge's line is a day young


@pytest.mark.parametrize(
    ("age", "now", "cutoff"),
    [
        ("24m", (2026, 12, 1), (2024, 12, 1)),
        ("1m", (2026, 3, 31), (2026, 2, 28)),
        ("90d", (2026, 12, 1), (2026, 9, 2)),
        ("5y", (2028, 2, 29), (2023, 2, 28)),
    ],
)
def test_retention_ages(age: str, now: tuple[int, int, int], cutoff: tuple[int, int, int]) -> None:
    from datetime import UTC, datetime

    from canvass.domain.retention import parse_age

    moment = datetime(*now, 12, tzinfo=UTC)
    assert parse_age(age).cutoff(moment) == datetime(*cutoff, 12, tzinfo=UTC)


@pytest.mark.parametrize("bad", ["", "24", "m", "0m", "24w", "-3d", "2.5y"])
def test_bad_retention_ages_are_refused(bad: str) -> None:
    from canvass.domain.retention import parse_age

    with pytest.raises(ValueError):
        parse_age(bad)
