"""Fixtures for store tests: a fresh database on each backend, never the user's database.

``store`` runs a test on SQLite and on PostgreSQL (see ``tests/backends.py``); tests of
what only a file can do (WAL, file modes, pragmas) take ``db_path`` instead.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from canvass.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data" / "canvass.db"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(db_path: Path) -> Iterator[Store]:
    """A store on a SQLite file at ``db_path``, for what only SQLite has (WAL, pragmas, modes)."""
    opened = Store.open(db_path)
    yield opened
    opened.close()
