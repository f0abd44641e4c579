"""The store: one open database, and the only door to it.

:meth:`Store.open` finds, checks and migrates the database; every transaction then
begins in :mod:`canvass.store.unit_of_work` through :meth:`Store.session`,
:meth:`Store.read`, :meth:`Store.write` or :meth:`Store.connection`. The queries
themselves live in the repositories (``calls``, ``cards``, ``followup`` …), which take
a session; the services (:mod:`canvass.services`) call them.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlmodel import Session

from canvass.store.engine import Target, parse_target
from canvass.store.schema import open_engine
from canvass.store.unit_of_work import connection_scope, run_read, run_write, session_scope

T = TypeVar("T")


class Store:
    """An open canvass database. Create with :meth:`Store.open`; finish with :meth:`close`."""

    def __init__(self, engine: Engine, target: Target) -> None:
        self.engine = engine
        self.target = target

    @classmethod
    def open(cls, url_or_path: str | Path, *, create_folder: bool = False) -> Store:
        """Open (creating and migrating as needed) the database at a path or SQLAlchemy URL.

        Raises :class:`canvass.errors.StoreError` with a readable message on any failure;
        a database that is not canvass's, or from a newer canvass, is left untouched, and
        so is a shared PostgreSQL database that needs ``canvass db upgrade``. The
        file's folder must exist unless ``create_folder`` (canvass's own default place):
        a typo in ``--db`` must not quietly open a new, empty database.
        """
        target = parse_target(url_or_path)
        return cls(open_engine(target, create_folder=create_folder), target)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def session(self, *, write: bool = False) -> AbstractContextManager[Session]:
        """A session in one transaction: committed when the block ends, rolled back if it
        raises (see :mod:`canvass.store.unit_of_work`). ``write=True`` takes the write
        lock at the start; a locked or unreadable database raises :class:`StoreError`;
        constraint violations (``IntegrityError``) pass through for the caller."""
        return session_scope(self.engine, self.target, write=write)

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` (a repository call) in one read transaction."""
        return run_read(self.engine, self.target, work)

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one write transaction, tried again while the database is busy."""
        return run_write(self.engine, self.target, work)

    def connection(
        self, *, write: bool = False, commit: bool = True
    ) -> AbstractContextManager[Connection]:
        """A Core connection in one transaction, for bulk import and export
        (``commit=False``: rolled back at the end, a dry run)."""
        return connection_scope(self.engine, self.target, write=write, commit=commit)
