"""The two databases every store and service test runs on: SQLite and a real PostgreSQL.

PostgreSQL is found through ``CANVASS_TEST_POSTGRES``, an SQLAlchemy URL of a role that may
create databases (``.ci/run`` starts Debian's server and sets it). Each test gets a fresh,
empty database on that server, dropped afterwards. Without the variable the PostgreSQL half
is skipped — CI always sets it, so CI never skips.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ENV = "CANVASS_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def postgres_admin_url() -> str | None:
    """The server's admin URL from the environment, or None."""
    return os.environ.get(ENV) or None


@contextmanager
def fresh_postgres_database(server: str | None = None) -> Iterator[str]:
    """Create an empty database on the test server (or the admin URL ``server``); yield
    its URL; drop it afterwards."""
    admin = server or postgres_admin_url()
    if admin is None:
        pytest.skip(f"no PostgreSQL server: set {ENV} (see README, 'Tests on PostgreSQL')")
    name = "canvass_test_" + uuid.uuid4().hex[:16]
    # NullPool: a fresh connection each time (the fault server may restart in between).
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(admin).set(database=name)
        yield url.render_as_string(hide_password=False)
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@contextmanager
def database_url(backend: str, folder: Path) -> Iterator[str]:
    """A fresh database of ``backend``: a new file in ``folder`` or a new PostgreSQL database."""
    if backend == "sqlite":
        folder.mkdir(parents=True, exist_ok=True)
        yield str(folder / "canvass.db")
        return
    with fresh_postgres_database() as url:
        yield url
