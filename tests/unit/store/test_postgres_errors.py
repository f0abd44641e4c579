"""A PostgreSQL server's failures are clear messages naming the server, never the password.

Each case is made for real on the test server where that is possible (a wrong password, a
missing database, a refused port, a read-only database, a serialization failure, a dropped
connection, a writer holding the lock); a full disk on the server cannot be made safely, so
that one uses psycopg's own exception for SQLSTATE 53100.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from canvass.errors import StoreError
from canvass.services import Services
from canvass.store import Store, engine
from canvass.store.engine import WRITE_LOCK_KEY, parse_target, translate
from tests.backends import fresh_postgres_database, postgres_admin_url


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_postgres_database() as url:
        yield url


def _admin() -> str:
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip("no PostgreSQL server: set CANVASS_TEST_POSTGRES")
    return admin


def _raw(url: str) -> str:
    """The URL as libpq takes it (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _open_fails(url: str) -> StoreError:
    with pytest.raises(StoreError) as failed:
        Store.open(url)
    assert "Traceback" not in failed.value.message
    return failed.value


def test_a_wrong_password_names_the_server_and_user_but_not_the_password() -> None:
    url = make_url(_admin()).set(password="not-the-secret-4711")
    error = _open_fails(url.render_as_string(hide_password=False))
    assert "afviste brugeren" in error.message and "adgangskode" in error.message
    assert f"{url.host}:{url.port}" in error.message and str(url.username) in error.message
    assert "not-the-secret-4711" not in error.message and not error.retryable


def test_a_missing_database_says_which_and_where() -> None:
    name = "canvass_missing_" + uuid.uuid4().hex[:8]
    url = make_url(_admin()).set(database=name)
    error = _open_fails(url.render_as_string(hide_password=False))
    assert f"Databasen {name} findes ikke" in error.message
    assert f"{url.host}:{url.port}" in error.message and not error.retryable


def test_a_server_that_refuses_is_unreachable_and_worth_retrying() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = make_url(_admin()).set(port=port)
    error = _open_fails(url.render_as_string(hide_password=False))
    assert f"127.0.0.1:{port} svarer ikke" in error.message and error.retryable


def test_writes_to_a_read_only_database_say_so(pg_url: str) -> None:
    Store.open(pg_url).close()  # the schema exists
    name = make_url(pg_url).database
    admin = create_engine(_admin(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    admin.dispose()
    with Store.open(pg_url) as store, pytest.raises(StoreError) as failed:
        Services.of(store).consultants.ensure_consultant("AB")
    assert "tager kun imod læsning" in failed.value.message and not failed.value.retryable


def test_a_serialization_failure_is_a_retryable_conflict(pg_url: str) -> None:
    with psycopg.connect(_raw(pg_url), autocommit=True) as setup:
        setup.execute("CREATE TABLE t (id int PRIMARY KEY, n int)")
        setup.execute("INSERT INTO t VALUES (1, 0)")
    first = psycopg.connect(_raw(pg_url))
    second = psycopg.connect(_raw(pg_url))
    try:
        for conn in (first, second):
            conn.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
            conn.execute("SELECT n FROM t WHERE id = 1").fetchone()
        first.execute("UPDATE t SET n = 1 WHERE id = 1")
        first.commit()
        with pytest.raises(psycopg.errors.SerializationFailure) as raised:
            second.execute("UPDATE t SET n = 2 WHERE id = 1")
    finally:
        first.close()
        second.close()
    error = translate(raised.value, parse_target(pg_url))
    assert "på samme tid" in error.message and error.retryable


def test_a_full_disk_on_the_server_is_retryable_and_names_it(pg_url: str) -> None:
    error = translate(psycopg.errors.DiskFull("could not extend file"), parse_target(pg_url))
    host = make_url(pg_url).host
    assert "ikke mere plads på disken" in error.message and host in error.message
    assert error.retryable


def test_a_connection_killed_mid_session_is_lost_and_the_next_write_reconnects(
    pg_url: str,
) -> None:
    with Store.open(pg_url) as store:
        Services.of(store).consultants.ensure_consultant("AB")
        with pytest.raises(StoreError) as failed, store.session(write=True) as session:
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            _terminate(pid)
            session.connection().exec_driver_sql("SELECT 1")
        assert "blev afbrudt" in failed.value.message and failed.value.retryable
        # The pool noticed: the next write gets a new connection and succeeds.
        assert Services.of(store).consultants.ensure_consultant("CD").initials == "CD"


def _terminate(pid: object) -> None:
    admin = create_engine(_admin(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()


def _hold_write_lock(pg_url: str, seconds: float) -> threading.Thread:
    """Another writer holding the write lock for ``seconds`` (as a long import would)."""
    taken = threading.Event()

    def hold() -> None:
        with psycopg.connect(_raw(pg_url)) as conn:
            conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
            taken.set()
            time.sleep(seconds)
            conn.rollback()

    holder = threading.Thread(target=hold)
    holder.start()
    assert taken.wait(10)
    return holder


def test_a_writer_waits_for_another_and_begins_again_after_a_pause(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(engine, "BEGIN_BACKOFF", (0.5, 0.5, 0.5))
    with Store.open(pg_url) as store:
        holder = _hold_write_lock(pg_url, 1.0)
        started = time.monotonic()
        assert (
            Services.of(store).consultants.ensure_consultant("AB").initials == "AB"
        )  # waited, then went through
        assert time.monotonic() - started >= 0.5
        holder.join()


def test_a_writer_gives_up_with_a_clear_message_after_its_retries(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(engine, "BEGIN_BACKOFF", (0.1, 0.1))
    with Store.open(pg_url) as store:
        holder = _hold_write_lock(pg_url, 6.0)
        started = time.monotonic()
        with pytest.raises(StoreError) as failed:
            Services.of(store).consultants.ensure_consultant("AB")
        elapsed = time.monotonic() - started
        holder.join()
    assert "optaget af en anden" in failed.value.message and failed.value.retryable
    assert 0.45 <= elapsed < 6.0  # retried (three waits and two pauses at least), then said
    with Store.open(pg_url) as store:  # nothing half-written
        assert Services.of(store).consultants.consultant("AB") is None
