"""Is this database canvass's, and at which revision? Decided before anything is written.

A database keeps its revision in Alembic's ``alembic_version`` table; one made before
Alembic keeps a version N in SQLite's ``user_version`` or PostgreSQL's ``canvass_schema``,
which is revision ``000N``. A foreign database (another program's tables, no canvass
version), an impossible version, a revision this canvass does not know (a newer
canvass's) or tables that do not match the revision claimed are refused with a message
that says what is wrong — the database is not switched to WAL, not migrated, not touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from canvass.store import models as _models  # noqa: F401  (registers every table)
from canvass.store import revisions
from canvass.store.migrations import read_version

if TYPE_CHECKING:
    from alembic.config import Config

#: The tables each pre-Alembic step (revision 0001 … 0005) adds.
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
)
#: The tables each later Alembic revision adds. Not the models: a developer's changed
#: model (``canvass db revision``) must not make the database at head look incomplete.
TABLES_BY_REVISION: dict[str, frozenset[str]] = {
    "0006": frozenset({"audit_line"}),
    "0011": frozenset(
        {
            "buddy_pair",
            "observation",
            "observer_note",
            "review_version",
            "review_comment",
            "sparring_commitment",
        }
    ),
}
_KNOWN = frozenset().union(*TABLES_BY_STEP, *TABLES_BY_REVISION.values())
#: Bookkeeping, not canvass's data: the version row before Alembic, and Alembic's own.
BOOKKEEPING = frozenset({"canvass_schema", "alembic_version"})


class SchemaTooNewError(Exception):
    """The database was written by a newer canvass; we must not touch it."""

    def __init__(self, found: int | str, supported: str) -> None:
        super().__init__(f"schema {found} is newer than supported {supported}")
        self.found = found
        self.supported = supported


class ForeignDatabaseError(Exception):
    """The database has tables but no canvass version: another program's file."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


class BadVersionError(Exception):
    """The stored version is impossible (negative, or not one Alembic revision)."""

    def __init__(self, found: int | str) -> None:
        super().__init__(str(found))
        self.found = found


class SchemaMismatchError(Exception):
    """The tables do not match the version the database claims."""

    def __init__(self, found: int | str, missing: list[str], unexpected: list[str]) -> None:
        super().__init__(f"{found}: missing {missing}, unexpected {unexpected}")
        self.found, self.missing, self.unexpected = found, missing, unexpected


class NeedsUpgradeError(Exception):
    """A shared database is behind this canvass: only ``canvass db upgrade`` migrates it."""

    def __init__(self, found: str, head: str) -> None:
        super().__init__(f"revision {found}, this canvass needs {head}")
        self.found, self.head = found, head


class ForeignKeysBrokenError(Exception):
    """An upgrade would leave rows pointing at rows that are gone; it was rolled back."""

    def __init__(self, revision: str, tables: list[str]) -> None:
        super().__init__(f"{revision}: {', '.join(tables)}")
        self.revision, self.tables = revision, tables


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands: its revision (None: empty) and this canvass's newest."""

    revision: str | None
    head: str
    #: The pre-Alembic version, while the database has no ``alembic_version`` yet.
    legacy_version: int | None = None

    @property
    def empty(self) -> bool:
        return self.revision is None

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head and self.legacy_version is None


def expected_tables(version: int) -> frozenset[str]:
    """The canvass tables a database at pre-Alembic ``version`` has."""
    return frozenset().union(*TABLES_BY_STEP[:version])


def identify(conn: Connection, config: Config | None = None) -> SchemaState:
    """Where the database behind ``conn`` stands; raises when it is not ours to open.

    Reads only: nothing is written, so a refused database is left exactly as it was.
    ``config`` names other revisions than canvass's own (tests).
    """
    tables = set(inspect(conn).get_table_names())
    head = revisions.head(config)
    if "alembic_version" in tables:
        return _identify_revision(conn, tables - BOOKKEEPING, head, config)
    found = read_version(conn)
    tables -= BOOKKEEPING
    if found < 0:
        raise BadVersionError(found)
    if found > max(revisions.LEGACY_REVISIONS):
        raise SchemaTooNewError(found, head)
    if found == 0:
        if tables:
            raise ForeignDatabaseError(sorted(tables))
        return SchemaState(None, head)
    _check_tables(found, tables, expected_tables(found), exact=True)
    return SchemaState(revisions.LEGACY_REVISIONS[found], head, found)


def _identify_revision(
    conn: Connection, tables: set[str], head: str, config: Config | None
) -> SchemaState:
    found = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    if len(found) != 1:  # canvass keeps one line of revisions: exactly one row
        raise BadVersionError(", ".join(found) or "–")
    revision = found[0]
    if not revisions.is_known(revision, config):
        raise SchemaTooNewError(revision, head)
    legacy = {rev: n for n, rev in revisions.LEGACY_REVISIONS.items()}
    if revision in legacy:
        _check_tables(revision, tables, expected_tables(legacy[revision]), exact=True)
    else:  # an Alembic revision: at least the tables the revisions up to it create
        made = [
            TABLES_BY_REVISION.get(r, frozenset())
            for r in revisions.revisions_up_to(revision, config)
        ]
        expected = expected_tables(len(TABLES_BY_STEP)).union(*made)
        _check_tables(revision, tables, expected, exact=False)
    return SchemaState(revision, head)


def _check_tables(
    found: int | str, tables: set[str], expected: frozenset[str], *, exact: bool
) -> None:
    missing = sorted(expected - tables)
    # A later step would collide with tables it creates that are already there.
    unexpected = sorted((tables & _KNOWN) - expected) if exact else []
    if missing or unexpected:
        raise SchemaMismatchError(found, missing, unexpected)
