"""Opening the database: URL or path, the SQLite file, pragmas, and readable errors.

SQLite gets a private file (mode 0o600, created before SQLAlchemy touches it), WAL,
and per-connection pragmas. Every failure becomes a :class:`StoreError` with a Danish
message from the catalogue — never a traceback.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InternalError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

from canvass.errors import StoreError
from canvass.i18n import t
from canvass.store.identify import (
    BadVersionError,
    ForeignDatabaseError,
    ForeignKeysBrokenError,
    NeedsUpgradeError,
    SchemaMismatchError,
    SchemaTooNewError,
)
from canvass.store.pg_errors import WAIT_AGAIN, meaning, server_fields

BUSY_TIMEOUT_MS = 5000
#: The advisory lock a canvass write transaction takes first on PostgreSQL ("canv").
WRITE_LOCK_KEY = 0x63616E76
#: Pauses (s) before beginning a PostgreSQL write again that met a busy lock or a conflict.
BEGIN_BACKOFF: tuple[float, ...] = (0.2, 1.0, 3.0)
#: Seconds a connection attempt to a PostgreSQL server may take before it counts as down.
CONNECT_TIMEOUT_S = 10
#: The databases canvass is written and tested for.
SUPPORTED_BACKENDS = frozenset({"sqlite", "postgresql"})


@dataclass(frozen=True)
class Target:
    """Where the database is: a SQLAlchemy URL, plus the file when it is SQLite on disk."""

    url: URL
    file: Path | None

    @property
    def display(self) -> str:
        """How to name the database in messages (no password)."""
        return str(self.file) if self.file else self.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"


def parse_target(url_or_path: str | Path) -> Target:
    """Read a file path or an SQLAlchemy URL (anything containing ``://``)."""
    if isinstance(url_or_path, Path) or "://" not in url_or_path:
        file = Path(url_or_path).expanduser().resolve()
        return Target(URL.create("sqlite", database=str(file)), file)
    try:
        url = make_url(url_or_path)
    except (ArgumentError, ValueError) as exc:  # "foo://::" fails on the port as ValueError
        raise StoreError(t("store.error.url", url=url_or_path), t("store.error.title")) from exc
    backend = url.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise StoreError(
            t("store.error.backend", url=url.render_as_string(hide_password=True), backend=backend),
            t("store.error.title"),
        )
    database = str(url.database or "")
    on_disk = database not in ("", ":memory:") and not database.startswith("file:")
    if url.get_backend_name() == "sqlite" and on_disk:
        file = Path(database).expanduser().resolve()
        return Target(url.set(database=str(file)), file)
    return Target(url, None)


def prepare_file(file: Path, *, create_folder: bool = False) -> None:
    """Create an empty private file, so SQLite never creates it world-readable.

    The folder is created only when asked (canvass's default location); otherwise a
    missing folder is an error, and so is a path that is not a regular file.
    """
    if create_folder:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    elif not file.parent.is_dir():
        raise StoreError(
            t("store.error.no_folder", path=str(file), folder=str(file.parent)),
            t("store.error.title"),
        )
    if file.exists() and not file.is_file():
        raise StoreError(t("store.error.not_file", path=str(file)), t("store.error.title"))
    try:
        fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # These pragmas reset on every connection, so set them each time.
    # isolation_level=None stops the driver's own implicit BEGIN (which skips DDL);
    # the "begin" listener below issues BEGIN itself, so DDL is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous = FULL")  # durable: a call log must survive power loss
        # Deleted and overwritten text is zeroed in the file, not left in free space (GDPR).
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("canvass_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _on_begin_postgres(conn: Connection) -> None:
    """PostgreSQL's counterpart of SQLite's BEGIN IMMEDIATE: writers queue up front.

    Every write transaction first takes one advisory lock (per database, released at
    commit or rollback, and when a connection dies), so canvass's writers run one at a
    time exactly as on SQLite: a transaction that reads and then writes never meets a
    serialization failure or a deadlock with another canvass. Readers never wait (MVCC).
    A writer waits at most ``BUSY_TIMEOUT_MS`` (lock_timeout, SQLSTATE 55P03), like
    SQLite's busy_timeout; the caller retries (``Store.session``, the writer).
    """
    if conn.get_execution_options().get("canvass_begin") == "IMMEDIATE":
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def create_store_engine(target: Target) -> Engine:
    """An engine for ``target`` with canvass's SQLite settings; connects lazily."""
    try:
        if not target.is_sqlite:
            # pre_ping: a pooled connection to a server that restarted is replaced, not used.
            connect = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "canvass"}
            server = create_engine(target.url, pool_pre_ping=True, connect_args=connect)
            event.listen(server, "begin", _on_begin_postgres)
            return server
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if target.file is None:
            # In-memory: one shared connection, or each thread sees its own empty database.
            kwargs["poolclass"] = StaticPool
        engine = create_engine(target.url, **kwargs)
    except ImportError as exc:  # the URL's driver (e.g. psycopg) is not installed
        raise StoreError(
            t("store.error.driver", path=target.display, driver=exc.name or str(exc)),
            t("store.error.title"),
        ) from exc
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(
            t("store.error.open", path=target.display, reason=str(exc)), t("store.error.title")
        ) from exc
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def begin_session(
    bind: Engine, target: Target, *, write: bool, backoff: tuple[float, ...] | None = None
) -> Iterator[Session]:
    """A session whose transaction has begun — for a write, with the writers' lock held.

    Beginning is where canvass's writers meet (see :func:`_on_begin_postgres`), so on
    PostgreSQL a write that met a lock held too long (a big import) or a serialization
    failure/deadlock (possible only with other programs' writers) begins again after each
    pause in ``backoff`` (default :data:`BEGIN_BACKOFF`), then raises a clear
    :class:`StoreError`. SQLite's busy_timeout already is its own retry with backoff.
    Other failures (a server that is down) raise at once; the writer queues those.
    """
    pauses = iter((BEGIN_BACKOFF if backoff is None else backoff) if write else ())
    while True:
        session = Session(bind, expire_on_commit=False)
        try:
            session.connection()  # BEGIN (and the write lock) now, not at the first query
        except (OperationalError, InternalError) as exc:
            session.close()
            pause = next(pauses, None) if _worth_waiting(exc, target) else None
            if pause is None:
                raise translate(exc, target) from exc
            time.sleep(pause)
            continue
        break
    with session:
        yield session


def _worth_waiting(exc: DBAPIError, target: Target) -> bool:
    found = None if target.is_sqlite else meaning(exc.orig or exc)
    return found is not None and found.key in WAIT_AGAIN


def enable_wal(engine: Engine) -> None:
    """Switch the file to WAL (persistent, so once is enough); readers then never block writers."""
    # Outside any transaction: the raw driver connection, which runs in autocommit here.
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode = WAL").fetchall()
    finally:
        raw.close()


#: Failures that may pass by themselves: a write that hit them is retried unchanged.
_PASSING = frozenset({"store.error.locked", "store.error.full"})


def _sqlite_message(message: str) -> str | None:
    lowered = message.lower()
    if "not a database" in lowered or "malformed" in lowered:
        return "store.error.not_database"
    if "locked" in lowered or "busy" in lowered:
        return "store.error.locked"
    if "disk is full" in lowered or "no space" in lowered:
        return "store.error.full"
    if "readonly" in lowered or "read-only" in lowered:
        return "store.error.readonly"
    if "unable to open" in lowered or "permission" in lowered:
        return "store.error.permission"
    return None


def translate(exc: BaseException, target: Target) -> StoreError:
    """Turn a low-level failure into a :class:`StoreError` with a readable Danish message."""
    title = t("store.error.title")
    path = target.display
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, SchemaTooNewError):
        message = t("store.error.too_new", path=path, found=exc.found, supported=exc.supported)
        return StoreError(message, title)
    if isinstance(exc, NeedsUpgradeError):
        message = t("store.error.needs_upgrade", path=path, found=exc.found, head=exc.head)
        return StoreError(message, title)
    if isinstance(exc, ForeignKeysBrokenError):
        reason = t("store.error.migration.foreign_keys", tables=", ".join(exc.tables))
        return StoreError(
            t("store.error.migration", path=path, version=exc.revision, reason=reason), title
        )
    if isinstance(exc, ForeignDatabaseError):
        shown = ", ".join(exc.tables[:5]) + (" …" if len(exc.tables) > 5 else "")
        return StoreError(t("store.error.foreign", path=path, tables=shown), title)
    if isinstance(exc, BadVersionError):
        return StoreError(t("store.error.bad_version", path=path, found=exc.found), title)
    if isinstance(exc, SchemaMismatchError):
        what = "; ".join(
            part
            for part in (
                t("store.error.mismatch.missing", tables=", ".join(exc.missing))
                if exc.missing
                else "",
                t("store.error.mismatch.unexpected", tables=", ".join(exc.unexpected))
                if exc.unexpected
                else "",
            )
            if part
        )
        return StoreError(t("store.error.mismatch", path=path, found=exc.found, what=what), title)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return StoreError(t("store.error.full", path=path), title)
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return StoreError(t("store.error.readonly", path=path), title)
    if isinstance(exc, PermissionError):
        return StoreError(t("store.error.permission", path=path), title)
    if isinstance(exc, OSError):
        return StoreError(t("store.error.open", path=path, reason=exc.strerror or exc), title)
    original: BaseException = exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        original = exc.orig
    if isinstance(original, sqlite3.Error):
        key = _sqlite_message(str(original))
        if key:
            return StoreError(t(key, path=path), title, retryable=key in _PASSING)
    if not target.is_sqlite:
        invalidated = isinstance(exc, DBAPIError) and exc.connection_invalidated
        found = meaning(original, invalidated=invalidated)
        if found:
            text = t(found.key, **server_fields(target.url))
            return StoreError(text, title, retryable=found.retryable)
    reason = str(original).splitlines()[0] if str(original) else type(original).__name__
    return StoreError(t("store.error.open", path=path, reason=reason), title)


#: What :func:`translate` knows how to explain.
TRANSLATABLE: tuple[type[BaseException], ...] = (
    SQLAlchemyError,
    sqlite3.Error,
    OSError,
    SchemaTooNewError,
    ForeignDatabaseError,
    BadVersionError,
    SchemaMismatchError,
    NeedsUpgradeError,
    ForeignKeysBrokenError,
)
