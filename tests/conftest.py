"""Fixtures shared by every test folder: the database backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backends import BACKENDS, database_url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: a test that takes it (or ``db_url``) runs on both."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of ``backend``: a file path or a PostgreSQL URL."""
    with database_url(backend, tmp_path / "data") as url:
        yield url
