"""The one door to the data: every transaction on the database begins here.

A *read* is a plain transaction; a *write* takes SQLite's write lock at the start
(``BEGIN IMMEDIATE``): a transaction that reads and then writes could otherwise fail
at once with "database is locked" when another process committed in between. A write
handed over as a function (:func:`run_write`) is tried again, after a short pause,
when the database was busy. Every database failure leaves as a
:class:`~canvass.errors.StoreError` with a readable Danish message; constraint
violations (``IntegrityError``) pass through for the repository to explain.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import InternalError, OperationalError
from sqlmodel import Session

from canvass.errors import StoreError
from canvass.store.call_fact_watch import watch_facts, watch_facts_connection
from canvass.store.call_state_watch import watch, watch_connection
from canvass.store.engine import TRANSLATABLE, Target, begin_session, translate
from canvass.store.fact_segment_watch import watch_segments, watch_segments_connection

T = TypeVar("T")

#: Pauses (seconds) before trying a busy write again; SQLite already waited its busy timeout.
RETRY_PAUSES: tuple[float, ...] = (0.1, 0.5)


def _bind(engine: Engine, write: bool) -> Engine:
    return engine.execution_options(canvass_begin="IMMEDIATE") if write else engine


@contextmanager
def session_scope(engine: Engine, target: Target, *, write: bool = False) -> Iterator[Session]:
    """An ORM session in one transaction: committed when the block ends, rolled back if
    it raises. Objects stay readable after the commit (``expire_on_commit=False``).

    The transaction begins at once (``begin_session``): a write waits there for the
    writers' lock — SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock — and on
    PostgreSQL begins again after a pause when that lock was held too long. Every write
    of calls, outcomes, callbacks, meetings and skip overrides through the session keeps
    the companies' derived call state right (:mod:`canvass.store.call_state_watch`)."""
    with begin_session(_bind(engine, write), target, write=write) as session:
        watch(session)  # derived call state kept in this same transaction
        watch_facts(session)  # and the statistics' call facts
        watch_segments(session)  # with their companies' segments
        try:
            yield session
            session.commit()
        except (OperationalError, InternalError) as exc:
            session.rollback()
            raise translate(exc, target) from exc


@contextmanager
def connection_scope(
    engine: Engine, target: Target, *, write: bool = False, commit: bool = True
) -> Iterator[Connection]:
    """A Core connection in one transaction, for bulk work (import, export).

    ``commit=False`` rolls the transaction back at the end (a dry run that counts what
    a write would do). Database failures become :class:`StoreError`.
    """
    try:
        with engine.connect() as conn:
            if write:
                conn.execution_options(canvass_begin="IMMEDIATE")
            watch_connection(conn)  # Core writes keep the derived call state too
            watch_facts_connection(conn)
            watch_segments_connection(conn)
            with conn.begin() as transaction:
                yield conn
                if not commit:
                    transaction.rollback()
    except TRANSLATABLE as exc:
        raise translate(exc, target) from exc


def run_write(
    engine: Engine,
    target: Target,
    work: Callable[[Session], T],
    *,
    pauses: tuple[float, ...] = RETRY_PAUSES,
) -> T:
    """Run ``work`` in one write transaction; a busy database is tried again after each
    of ``pauses``, then the last :class:`StoreError` (retryable) is raised."""
    for pause in (*pauses, None):
        try:
            with session_scope(engine, target, write=True) as session:
                return work(session)
        except StoreError as error:
            if not error.retryable or pause is None:
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def run_read(engine: Engine, target: Target, work: Callable[[Session], T]) -> T:
    """Run ``work`` in one read transaction and return what it returns."""
    with session_scope(engine, target) as session:
        return work(session)
