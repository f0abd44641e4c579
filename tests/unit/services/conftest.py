"""Fixtures for the service tests: a fresh database on each backend with two consultants
and a company with two contacts, the repository's scripts, a fixed clock and a writer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from canvass.content.validate import Library, load_library
from canvass.services import Services, Store, Writer
from canvass.store.models import Company, Consultant, ContactPerson

REPO = Path(__file__).resolve().parents[3]
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    with Store.open(db_url) as store:
        with store.session(write=True) as session:
            session.add(Consultant(initials="AB", name="Anne Bech"))
            session.add(Consultant(initials="MK", name="Mads Kristensen"))
            company = Company(name="Hansen & Søn ApS", cvr="24256790", segment="industri")
            session.add(company)
            session.flush()
            assert company.id is not None
            session.add(ContactPerson(company_id=company.id, name="Lone Hansen", role="Ejer"))
            session.add(ContactPerson(company_id=company.id, name="Per Holm", role="Værkfører"))
        yield Services.of(store)


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(REPO / "scripts", REPO / "objections", REPO / "rubrics")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def writer() -> Iterator[tuple[Writer, list[BaseException]]]:
    """The ordered writer, and the failures it reported."""
    errors: list[BaseException] = []
    started = Writer(on_error=errors.append, backoff=(0.01,))
    yield started, errors
    started.close()
