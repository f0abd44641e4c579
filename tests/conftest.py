"""Fixtures shared by every test folder: the database backends, and Danish for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from canvass.i18n import set_language
from tests.backends import BACKENDS, database_url, fresh_postgres_database
from tests.faults import FaultServer, make_fault_server, unavailable


@pytest.fixture(autouse=True)
def _danish_again() -> Iterator[None]:
    """Every test starts in Danish, whatever the test before it switched to (``--lang en``
    on a command line sets the language for the whole process)."""
    set_language("da")
    yield
    set_language("da")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: a test that takes it (or ``db_url``) runs on both."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of ``backend``: a file path or a PostgreSQL URL."""
    with database_url(backend, tmp_path / "data") as url:
        yield url


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    """A PostgreSQL server of this test worker's own, which a test may stop and start.

    Made on demand with Debian's tools (see ``tests/faults.py``) and dropped at the end;
    the shared server is never stopped. Skipped only where ``.ci/run`` would not run.
    """
    reason = unavailable()
    if reason:
        pytest.skip(reason)
    server = make_fault_server()
    yield server
    server.drop()


@pytest.fixture
def fault_db(fault_server: FaultServer) -> Iterator[str]:
    """A fresh database on the fault server (which is running when the test starts)."""
    fault_server.start()
    with fresh_postgres_database(fault_server.url) as url:
        try:
            yield url
        finally:
            fault_server.start()  # a test that failed while it was stopped


@pytest.fixture
def private_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Like ``db_url``, but on PostgreSQL a database on this worker's own server.

    For erasure tests: VACUUM FULL can only drop row versions no transaction on the
    *server* can still see, so another worker's long transaction on the shared server
    (building a 10,000-company test database, say) would rightly keep the erased bytes.
    """
    if backend != "postgresql":
        with database_url(backend, tmp_path / "data") as url:
            yield url
        return
    yield request.getfixturevalue("fault_db")
