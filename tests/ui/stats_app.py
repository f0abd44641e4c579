"""The statistics dataset of ``tests/unit/services/stats_data`` in a store for the app, and
a clock in its period: Monday 30 November 2026, 13:00 in Copenhagen (so "denne måned" is
November, the period the service tests worked out by hand)."""

from __future__ import annotations

from datetime import UTC, datetime

from canvass.store import Store
from canvass.store.models import Company, Consultant, ContactPerson
from tests.unit.services import stats_data

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def stats_clock() -> datetime:
    return NOW


def fill_stats(store: Store) -> None:
    """The service fixture's AB, MK and C1 (with a contact), then the dataset."""
    with store.session(write=True) as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.add(Consultant(initials="MK", name="Mads Kristensen"))
        company = Company(name="Hansen & Søn ApS", cvr="24256790", segment="industri")
        session.add(company)
        session.flush()
        assert company.id is not None
        session.add(ContactPerson(company_id=company.id, name="Lone Hansen", role="Ejer"))
        stats_data.fill(session)
