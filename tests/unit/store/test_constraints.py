"""The database refuses bad data: duplicate CVR, dangling references, naive datetimes."""

from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import select

from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Call, Company, Consultant, Meeting


def test_duplicate_cvr_rejected(store: Store) -> None:
    with store.session() as session:
        session.add(Company(name="Vejle Stål A/S", cvr="24256790"))
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Company(name="Kopi ApS", cvr="24256790"))


def test_missing_cvr_may_repeat(store: Store) -> None:
    with store.session() as session:
        session.add_all([Company(name="Uden CVR 1"), Company(name="Uden CVR 2")])
    assert Services.of(store).companies.count_companies() == 2


def test_duplicate_initials_rejected(store: Store) -> None:
    Services.of(store).consultants.ensure_consultant("AB")
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Consultant(initials="AB", name="Anden"))


def test_foreign_key_violation_rejected(store: Store) -> None:
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Call(company_id=999, consultant_id=999, script_id="x"))


def test_check_constraint_rejects_unknown_status(store: Store) -> None:
    ab = Services.of(store).consultants.ensure_consultant("AB")
    with store.session() as session:
        company = Company(name="Firma")
        session.add(company)
        session.flush()
        assert company.id is not None
        company_id = company.id
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(
            Meeting(
                company_id=company_id,
                consultant_id=ab.id,
                starts_at=datetime.fromisoformat("2026-12-01T09:00:00+01:00"),
                status="maybe",
            )
        )


def test_naive_datetime_rejected(store: Store) -> None:
    with pytest.raises((ValueError, StatementError)), store.session() as session:
        session.add(Company(name="Naiv ApS", created_at=datetime(2026, 1, 1, 12, 0)))


def test_datetimes_come_back_aware_utc(store: Store) -> None:
    local = datetime.fromisoformat("2026-06-01T10:00:00+02:00")
    with store.session() as session:
        session.add(Company(name="Sommer ApS", created_at=local))
    with store.session() as session:
        company = session.exec(select(Company)).one()
        assert company.created_at == local
        assert company.created_at.utcoffset() is not None
        assert company.created_at.hour == 8
