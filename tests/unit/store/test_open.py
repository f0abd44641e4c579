"""Store.open: the private file, pragmas on every connection, readable errors."""

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from canvass.errors import StoreError
from canvass.services import Services
from canvass.store import Store


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """This module checks what a SQLite file does; PostgreSQL has its own tests."""
    return sqlite_store


def test_file_is_private(store: Store, db_path: Path) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_the_default_folder_is_created_but_a_typo_is_an_error(tmp_path: Path) -> None:
    Store.open(tmp_path / "own" / "canvass.db", create_folder=True).close()
    assert (tmp_path / "own" / "canvass.db").is_file()
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "tpyo" / "canvass.db")
    assert "tpyo" in caught.value.message and "findes ikke" in caught.value.message
    assert not (tmp_path / "tpyo").exists()


def test_wal_mode(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_pragmas_on_every_connection(store: Store) -> None:
    first = store.engine.connect()
    second = store.engine.connect()  # a second, separate pooled connection
    try:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        first.close()
        second.close()


def test_accepts_sqlalchemy_url(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    opened = Store.open(f"sqlite:///{path}")
    try:
        assert Services.of(opened).companies.is_empty()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        opened.close()


def test_in_memory_url_is_shared_between_threads() -> None:
    import threading

    opened = Store.open("sqlite://")
    try:
        Services.of(opened).consultants.ensure_consultant("AB", "Anne Bech")
        seen: list[object] = []
        worker = threading.Thread(
            target=lambda: seen.append(Services.of(opened).consultants.consultant("ab"))
        )
        worker.start()
        worker.join()
        assert seen and seen[0] is not None
    finally:
        opened.close()


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Dette er ikke en database, men en indkøbsseddel.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "ikke en canvass-database" in info.value.message
    assert info.value.title == "Databasefejl"
    assert path.read_bytes() == before


def test_locked_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A rollback-journal database held EXCLUSIVE by another program blocks even reads.
    db_path = tmp_path / "other.db"
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("CREATE TABLE t (x INTEGER)")
    blocker.execute("BEGIN EXCLUSIVE")
    blocker.execute("INSERT INTO t VALUES (1)")
    monkeypatch.setattr("canvass.store.engine.BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(StoreError) as info:
            Store.open(db_path)
        assert "låst" in info.value.message
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_locked_while_writing_gives_store_error(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    monkeypatch.setattr("canvass.store.engine.BUSY_TIMEOUT_MS", 50)
    opened = Store.open(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="låst"):
            Services.of(opened).consultants.ensure_consultant("ZZ")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        opened.close()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(StoreError) as info:
            Store.open(locked / "sub" / "c.db")
        assert "adgang" in info.value.message
    finally:
        locked.chmod(0o700)


def test_unreadable_file_gives_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("canvass.store.engine.os.open", deny)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "c.db")
    assert "Ingen adgang" in info.value.message


def test_bad_url() -> None:
    with pytest.raises(StoreError):
        Store.open("nosuchdriver://x/y")


def test_session_commits_and_rolls_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        session.execute(
            text(
                "INSERT INTO consultant (initials, name, created_at) "
                "VALUES ('XX', 'X', '2026-01-01 00:00:00')"
            )
        )
        raise RuntimeError("stop")
    assert Services.of(store).consultants.consultant("XX") is None
