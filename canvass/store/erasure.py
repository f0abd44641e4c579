"""Running an erasure (forget, purge) for real or as a dry run, and making it stick.

An erasure is one write transaction; a dry run does exactly the same work and rolls it
back, so what it reports is what the real run would do. After a real run the erased
bytes are removed from the database's files as well:

- SQLite: every connection runs with ``PRAGMA secure_delete = ON`` (engine.py), so freed
  space is zeroed; the search index is merged into one segment (FTS5 keeps the trigrams
  of a changed key in older segments until then); then ``VACUUM`` rewrites the file
  (also clearing space freed before this release) and ``PRAGMA
  wal_checkpoint(TRUNCATE)`` empties the write-ahead log, which still holds the old pages.
- PostgreSQL: ``VACUUM (FULL, ANALYZE)`` of the tables an erasure touches rewrites them
  without the dead row versions and refreshes the planner's statistics (``pg_statistic``
  keeps sample values of columns). A row version stays while any transaction that began
  before the erasure is open (on this server, any database), so the wipe waits for those
  first (up to :data:`WAIT_SECONDS`); the role needs ``pg_read_all_stats`` (or to be
  superuser) to see other roles' transactions. The server's write-ahead log keeps old pages until it
  recycles its segments; that is outside canvass's reach.

Both need the database to themselves for a moment; when another canvass holds it, the
cleaning is reported as incomplete (the erasure itself is committed) and can be redone
with ``canvass forget``/``purge`` later, or by the administrator.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from canvass.store import search_index

if TYPE_CHECKING:
    from canvass.store.store import Store

T = TypeVar("T")

#: The tables that hold personal data or free text (what VACUUM FULL rewrites).
ERASED_TABLES = (
    "contact_person",
    "company",
    "call",
    "call_outcome",
    "call_event",
    "call_revision",
    "review",
    "review_version",
    "review_comment",
    "sparring_commitment",
    "observer_note",
    "meeting",
    "callback",
    "job_order",
    "skip_override",
    "audit_line",
)


class _DryRun(Exception, Generic[T]):
    def __init__(self, result: T) -> None:
        super().__init__("dry run")
        self.result = result


def run_erasure(store: Store, work: Callable[[Session], T], *, dry_run: bool) -> T:
    """Run ``work`` in one write transaction; roll it back when ``dry_run``."""
    try:
        with store.session(write=True) as session:
            result = work(session)
            session.flush()
            if dry_run:
                raise _DryRun(result)
    except _DryRun as done:
        return done.result
    return result


def wipe_free_space(engine: Engine) -> bool:
    """Remove erased bytes from the files (see the module text); False if it could not."""
    if engine.dialect.name == "sqlite":
        return _wipe_sqlite(engine)
    return _wipe_postgres(engine)


def _wipe_sqlite(engine: Engine) -> bool:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        # FTS5 keeps a changed key's trigrams in old segments until they are merged.
        cursor.execute(search_index.SQLITE_DROP_DELETED)
        raw.commit()
        cursor.execute("VACUUM")
        busy, *_ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy
    except sqlite3.OperationalError:
        return False
    finally:
        raw.close()


#: Seconds a wipe waits for older transactions (they may still see the erased rows).
WAIT_SECONDS = 10.0

_OLDER_SNAPSHOTS = text(
    "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
    " AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL) AND xact_start < :since"
)


def _wipe_postgres(engine: Engine, wait: float = WAIT_SECONDS) -> bool:
    """VACUUM FULL removes only row versions no transaction can still see: wait until
    every transaction older than the erasure has ended (any database on the server
    counts: the horizon is the server's), then rewrite the tables."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            since = conn.exec_driver_sql("SELECT clock_timestamp()").scalar()
            deadline = time.monotonic() + wait
            while (older := conn.execute(_OLDER_SNAPSHOTS, {"since": since}).scalar()) and (
                time.monotonic() < deadline
            ):
                time.sleep(0.2)
            conn.exec_driver_sql("SET lock_timeout = '10s'")
            for table in ERASED_TABLES:
                conn.exec_driver_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
    except DBAPIError:
        return False
    return not older
