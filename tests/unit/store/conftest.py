"""Fixtures for store tests: always a fresh file under tmp_path, never the user's database."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from canvass.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data" / "canvass.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()
