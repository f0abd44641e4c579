"""Is this database canvass's, and at which version? Decided before anything is written.

A foreign SQLite file (another program's tables, no canvass version), an invalid version
(negative) or tables that do not match the version the file claims are refused with a
message that says what is wrong — the file is not switched to WAL, not migrated, not
touched. Only an empty database, or one whose tables match its version, is opened.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from canvass.store.migrations import LATEST_VERSION, SchemaTooNewError, read_version

#: The tables each schema step adds (the explicit DDL of migrations.py / migrate_v4.py).
TABLES_BY_STEP: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "consultant",
            "company",
            "contact_person",
            "call",
            "call_event",
            "call_outcome",
            "meeting",
            "callback",
            "job_order",
            "review",
        }
    ),
    frozenset({"call_list", "call_list_member"}),
    frozenset({"skip_override"}),
    frozenset({"call_revision"}),
    frozenset(),  # step 5 refolds the search keys
    frozenset({"audit_line"}),
)
_KNOWN = frozenset().union(*TABLES_BY_STEP)
_BOOKKEEPING = frozenset({"canvass_schema"})  # the version table on PostgreSQL


class ForeignDatabaseError(Exception):
    """The database has tables but no canvass version: another program's file."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


class BadVersionError(Exception):
    """The stored version is impossible (negative)."""

    def __init__(self, found: int) -> None:
        super().__init__(str(found))
        self.found = found


class SchemaMismatchError(Exception):
    """The tables do not match the version the database claims."""

    def __init__(self, found: int, missing: list[str], unexpected: list[str]) -> None:
        super().__init__(f"{found}: missing {missing}, unexpected {unexpected}")
        self.found, self.missing, self.unexpected = found, missing, unexpected


def expected_tables(version: int) -> frozenset[str]:
    """The canvass tables a database at ``version`` has."""
    return frozenset().union(*TABLES_BY_STEP[:version])


def identify(conn: Connection) -> int:
    """The version of a database that is canvass's (0: empty); raises otherwise.

    Reads only: nothing is written, so a refused file is left exactly as it was.
    """
    found = read_version(conn)
    tables = set(inspect(conn).get_table_names()) - _BOOKKEEPING
    if found < 0:
        raise BadVersionError(found)
    if found > LATEST_VERSION:
        raise SchemaTooNewError(found, LATEST_VERSION)
    if found == 0:
        if tables:
            raise ForeignDatabaseError(sorted(tables))
        return 0
    expected = expected_tables(found)
    missing = sorted(expected - tables)
    unexpected = sorted((tables & _KNOWN) - expected)  # a later step would collide with them
    if missing or unexpected:
        raise SchemaMismatchError(found, missing, unexpected)
    return found
