"""A database is known to be canvass's before anything is written to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from canvass.errors import StoreError
from canvass.store import Store


def _file(path: Path, *statements: str) -> bytes:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    return path.read_bytes()


def _refused(path: Path) -> str:
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    return caught.value.message


def test_a_foreign_database_with_a_company_table_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    before = _file(path, "CREATE TABLE company (id INTEGER PRIMARY KEY, navn TEXT)")
    message = _refused(path)
    assert "andet program" in message and "company" in message
    assert path.read_bytes() == before  # not even switched to WAL
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("version", [-1, 2])
def test_an_impossible_or_wrong_version_says_what_is_wrong(tmp_path: Path, version: int) -> None:
    path = tmp_path / "odd.db"
    before = _file(
        path, "CREATE TABLE company (id INTEGER PRIMARY KEY)", f"PRAGMA user_version = {version}"
    )
    message = _refused(path)
    assert "already exists" not in message
    assert str(version) in message
    assert ("ugyldig" in message) if version < 0 else ("passer ikke" in message)
    assert path.read_bytes() == before


def test_version_zero_with_tables_is_foreign_and_an_empty_file_is_new(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    Store.open(empty).close()  # an empty file becomes a canvass database
    path = tmp_path / "zero.db"
    _file(path, "CREATE TABLE notes (x TEXT)", "PRAGMA user_version = 0")
    assert "notes" in _refused(path)


def test_a_canvass_database_reopens(tmp_path: Path) -> None:
    path = tmp_path / "canvass.db"
    Store.open(path).close()
    Store.open(path).close()


def test_a_folder_or_a_pipe_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert "almindelig fil" in _refused(folder)


def _head_file(path: Path, *statements: str) -> bytes:
    """A canvass database at head, then changed by ``statements``, left as one file."""
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        for statement in statements:
            conn.execute(statement)
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["UPDATE alembic_version SET version_num = 'abc123'"], ["abc123", "nyere"]),
        (["INSERT INTO alembic_version VALUES ('0004')"], ["ugyldig"]),
        (
            ["UPDATE alembic_version SET version_num = '0003'", "DROP TABLE call_list_member"],
            [
                "passer ikke",
                "mangler: call_list_member",
                "findes allerede: audit_line, buddy_pair, call_revision",
            ],
        ),
        (["DROP TABLE alembic_version"], ["1000", "nyere"]),  # Alembic's era, its table lost
    ],
)
def test_a_revision_that_is_not_ours_or_does_not_fit_is_refused_untouched(
    tmp_path: Path, statements: list[str], expected: list[str]
) -> None:
    path = tmp_path / "canvass.db"
    before = _head_file(path, *statements)
    message = _refused(path)
    for part in expected:
        assert part in message
    assert path.read_bytes() == before
