"""What a PostgreSQL failure means for the user: a catalogue key, and whether it may pass.

psycopg gives a five-character SQLSTATE for errors the server reports during a session;
errors while connecting (wrong password, missing database, refused) come from libpq as
text only, so those are recognised by their (English, libpq's own) wording. Plain Python:
no Textual, no psycopg import (the driver is optional).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL


@dataclass(frozen=True)
class Meaning:
    """A catalogue key under ``store.pg.`` and whether a write that hit it is worth retrying."""

    key: str
    retryable: bool


_PASSWORD = Meaning("store.pg.password", False)
_NO_DATABASE = Meaning("store.pg.no_database", False)
_UNREACHABLE = Meaning("store.pg.unreachable", True)
_LOST = Meaning("store.pg.lost", True)
_CONFLICT = Meaning("store.pg.conflict", True)
_BUSY = Meaning("store.pg.busy", True)
_FULL = Meaning("store.pg.full", True)
_READONLY = Meaning("store.pg.readonly", False)
_PERMISSION = Meaning("store.pg.permission", False)

#: Meanings where beginning the transaction again after a pause is likely to succeed.
WAIT_AGAIN = frozenset({_CONFLICT.key, _BUSY.key})

_BY_STATE: dict[str, Meaning] = {
    "28P01": _PASSWORD,  # invalid_password
    "28000": _PASSWORD,  # invalid_authorization_specification (no such role, pg_hba)
    "3D000": _NO_DATABASE,  # invalid_catalog_name
    "40001": _CONFLICT,  # serialization_failure
    "40P01": _CONFLICT,  # deadlock_detected
    "55P03": _BUSY,  # lock_not_available (lock_timeout)
    "53300": _BUSY,  # too_many_connections
    "53100": _FULL,  # disk_full
    "53200": _FULL,  # out_of_memory
    "25006": _READONLY,  # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "42501": _PERMISSION,  # insufficient_privilege
    "57P01": _LOST,  # admin_shutdown
    "57P02": _LOST,  # crash_shutdown
    "57P03": _LOST,  # cannot_connect_now (starting up, shutting down)
}

#: libpq's wording for failures that carry no SQLSTATE, in the order they are checked.
_BY_TEXT: tuple[tuple[str, Meaning], ...] = (
    ("password authentication failed", _PASSWORD),
    ("no password supplied", _PASSWORD),
    ("no pg_hba.conf entry", _PASSWORD),
    ('role "', _PASSWORD),  # 'role "x" does not exist' (checked before the database)
    ('database "', _NO_DATABASE),  # 'database "x" does not exist'
    ("the database system is", _LOST),  # starting up / shutting down / in recovery mode
    ("terminating connection", _LOST),
    ("server closed the connection", _LOST),
    ("consuming input failed", _LOST),
    ("connection is lost", _LOST),
    ("connection is closed", _LOST),
    ("ssl connection has been closed", _LOST),
    ("connection refused", _UNREACHABLE),
    ("could not connect", _UNREACHABLE),
    ("failed to resolve host", _UNREACHABLE),
    ("could not translate host name", _UNREACHABLE),
    ("timeout expired", _UNREACHABLE),
    ("no route to host", _UNREACHABLE),
    ("network is unreachable", _UNREACHABLE),
    ("connection failed", _UNREACHABLE),
)


def meaning(error: BaseException, *, invalidated: bool = False) -> Meaning | None:
    """What the driver's ``error`` means, or None when it is none of the known cases.

    ``invalidated``: SQLAlchemy saw the connection drop (a server that went away).
    """
    state = getattr(error, "sqlstate", None)
    if isinstance(state, str):
        if state in _BY_STATE:
            return _BY_STATE[state]
        if state.startswith("08"):  # connection_exception and its subclasses
            return _LOST
        return _LOST if invalidated else None
    text = str(error).lower()
    does_not_exist = "does not exist" in text
    for needle, found in _BY_TEXT:
        if needle.endswith('"') and not does_not_exist:
            continue
        if needle in text:
            return found
    return _LOST if invalidated else None


def server_fields(url: URL) -> dict[str, str]:
    """The server, database and user a message names (never the password)."""
    host = url.host or "localhost"
    server = f"{host}:{url.port}" if url.port else host
    return {"server": server, "database": url.database or "?", "user": url.username or "?"}
