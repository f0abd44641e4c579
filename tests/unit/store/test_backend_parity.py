"""What must not depend on the database: times come back aware in UTC, and searches fold
Danish letters and case the same — on SQLite and on PostgreSQL, whatever the server's own
time zone or locale."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store import Store
from tests.backends import postgres_admin_url
from tests.unit.store.calls_data import finished_call, people

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
#: 10:30 in Copenhagen on a winter day, given in Copenhagen time.
LOCAL = datetime(2026, 12, 1, 10, 30, tzinfo=COPENHAGEN)


def _assert_utc(value: datetime, expected: datetime) -> None:
    assert value.tzinfo is not None and value.utcoffset() == timedelta(0), repr(value)
    assert value == expected and value.astimezone(COPENHAGEN).hour == expected.hour + 1


def _times_come_back_in_utc(store: Store) -> None:
    people(store)
    call_id = finished_call(store, WrapUp(Outcome.BUSY), at=LOCAL)
    history = Services.of(store).history.company_history(1)
    assert [c.call_id for c in history] == [call_id]
    _assert_utc(history[0].started_at, datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    call = SQLModel.metadata.tables["call"]
    with store.session() as session:  # plain SQL, not only the ORM
        started, ended = session.execute(select(call.c.started_at, call.c.ended_at)).one()
    _assert_utc(started, datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    _assert_utc(ended, datetime(2026, 12, 1, 9, 31, tzinfo=UTC))


def test_times_are_stored_and_read_back_aware_in_utc(store: Store) -> None:
    _times_come_back_in_utc(store)


@contextmanager
def _postgres_database(create_options: str, setting: str = "") -> Iterator[str]:
    """A database made with ``create_options`` (and an ``ALTER DATABASE … SET``), dropped after."""
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip("no PostgreSQL server: set CANVASS_TEST_POSTGRES")
    name = "canvass_test_" + uuid.uuid4().hex[:16]
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" {create_options}'))
        if setting:
            conn.execute(text(f'ALTER DATABASE "{name}" SET {setting}'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def test_times_stay_utc_whatever_the_servers_time_zone() -> None:
    with _postgres_database("", "timezone = 'Pacific/Auckland'") as url, Store.open(url) as store:
        with store.session() as session:  # the server really speaks Auckland time
            assert session.execute(text("SHOW timezone")).scalar() == "Pacific/Auckland"
        _times_come_back_in_utc(store)


def test_searches_fold_danish_capitals_on_a_c_locale_database() -> None:
    # LC_CTYPE "C": PostgreSQL's lower() alone would leave Æ, Ø and Å as they are.
    options = "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    with _postgres_database(options) as url, Store.open(url) as store:
        with store.session() as session:
            assert session.execute(text("SELECT lower('ÆØÅ')")).scalar() == "ÆØÅ"
        people(store)
        noted = finished_call(
            store, WrapUp(Outcome.NOT_INTERESTED), notes="Kontakt ØSTERGAARD om LÆRLINGE Å"
        )
        assert [c.call_id for c in Services.of(store).history.search_calls("østergaard")] == [noted]
        assert [c.call_id for c in Services.of(store).history.search_calls("lærlinge")] == [noted]
        assert [c.name for c in Services.of(store).companies.company_rows("østergaard")] == [
            "Østergaard Byg"
        ]
        assert [c.name for c in Services.of(store).companies.company_rows("OESTERGAARD")] == [
            "Østergaard Byg"
        ]
        assert [c.name for c in Services.of(store).companies.company_rows("hansen & søn")] == [
            "Hansen & Søn ApS"
        ]
