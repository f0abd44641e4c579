"""A shared PostgreSQL database is upgraded only by ``canvass db upgrade``, never by opening.

Two ways a team database can be behind: at Alembic revision 0003, or made by a release
from before Alembic (``canvass_schema`` says 3). Either way opening it is refused with a
clear message and changes nothing; ``canvass db upgrade`` brings it to head with its data.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from canvass.cli import cli
from canvass.errors import StoreError
from canvass.store import Store, migrations, revisions
from canvass.store.schema import database_state, schema_differences, upgrade
from tests.backends import fresh_postgres_database
from tests.unit.store.revision_helpers import company_count, engine_for, found_names, snapshot

AT = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture(autouse=True)
def _private_config(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANVASS_CONFIG", f"{tmp_path}/config.toml")
    for name in ("CANVASS_DB", "CANVASS_USER", "CANVASS_LANG"):
        monkeypatch.delenv(name, raising=False)


def _at_version_3(url: str, how: str) -> None:
    engine = engine_for(url)
    try:
        if how == "alembic":
            upgrade(engine, "0003")
        else:  # what a release before Alembic did on PostgreSQL
            with engine.begin() as conn:
                for step in (
                    migrations.step1_initial_schema,
                    migrations.step2_call_lists,
                    migrations.step3_skip_overrides,
                ):
                    step(conn)
                migrations.write_version(conn, 3)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO consultant (id, initials, name, created_at)"
                    " VALUES (1, 'AB', 'Anne Bech', :at)"
                ),
                {"at": AT},
            )
            for number, name in enumerate(("Ådalens Tømrer ApS", "Kjær & Søn"), start=1):
                conn.execute(
                    text(
                        "INSERT INTO company (id, name, search_key, sort_name, created_at,"
                        " updated_at) VALUES (:id, :name, :key, :sort, :at, :at)"
                    ),
                    {
                        "id": number,
                        "name": name,
                        "key": name.casefold(),
                        "sort": name.casefold(),
                        "at": AT,
                    },
                )
            conn.execute(
                text("INSERT INTO call_list (id, name, created_at) VALUES (1, 'Vejle', :at)"),
                {"at": AT},
            )
            conn.execute(text("INSERT INTO call_list_member VALUES (1, 1), (1, 2)"))
            conn.execute(
                text(
                    "INSERT INTO meeting (company_id, consultant_id, starts_at, duration_min,"
                    " location_kind, status, created_at) VALUES (2, 1, :at, 30, 'phone',"
                    " 'booked', :at)"
                ),
                {"at": AT},
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("how", ["alembic", "before_alembic"])
def test_a_shared_database_behind_is_refused_until_db_upgrade(pg_url: str, how: str) -> None:
    _at_version_3(pg_url, how)
    engine = engine_for(pg_url)
    try:
        before = snapshot(engine)
        with pytest.raises(StoreError) as caught:
            Store.open(pg_url)
        message = caught.value.message
        assert "canvass db upgrade" in message and "0003" in message
        assert revisions.head() in message and "ikke ændret" in message
        assert snapshot(engine) == before  # not even the version was written
        assert database_state(pg_url).revision == "0003"

        runner = CliRunner()
        shown = runner.invoke(cli, ["db", "current", "--db", pg_url])
        assert shown.exit_code == 1 and "ikke opdateret" in shown.output
        assert ("før Alembic" in shown.output) == (how == "before_alembic")
        assert snapshot(engine) == before

        done = runner.invoke(cli, ["db", "upgrade", "--db", pg_url, "--lang", "en"])
        assert done.exit_code == 0, done.output
        assert f"upgraded from schema version 0003 to {revisions.head()}" in done.output
        assert runner.invoke(cli, ["db", "current", "--db", pg_url]).exit_code == 0
    finally:
        engine.dispose()
    with Store.open(pg_url) as store:
        with store.engine.connect() as conn:
            assert schema_differences(conn) == []
            names = conn.execute(text("SELECT name FROM company ORDER BY id")).scalars().all()
            members = conn.execute(text("SELECT count(*) FROM call_list_member")).scalar()
            uid = conn.execute(text("SELECT uid FROM meeting")).scalar_one()
            assert conn.execute(text("SELECT name FROM consultant")).scalar_one() == "Anne Bech"
        assert names == ["Ådalens Tømrer ApS", "Kjær & Søn"] and members == 2
        assert uid.endswith("@canvass")  # revision 0004 gave the old meeting its uid
        assert found_names(store, "kjaer") == ["Kjær & Søn"]  # refolded by 0005


def test_an_empty_shared_database_gets_the_schema_when_opened(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        assert company_count(store) == 0
    assert database_state(pg_url).up_to_date
