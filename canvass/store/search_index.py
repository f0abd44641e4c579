"""The index behind the company search: substring matches without reading every company.

A search term must occur in ``company.search_key`` (folded name, city, CVR, phone and
postal code, see :func:`canvass.store.derived.company_search_key`). Each backend answers
that from an index of the key's trigrams (three-letter pieces):

- SQLite: ``company_search``, an FTS5 table with the ``trigram`` tokenizer over
  ``company.search_key`` (external content: the key is stored once, in ``company``),
  kept in step by triggers on ``company``, so every path that writes a key (the models'
  listeners, the refold of revision 0005, erasure) keeps it right; the bulk import pauses
  the insert trigger and adds its new rows in one statement (:func:`insert_trigger_paused`,
  :mod:`canvass.store.bulk_load`). A
  term is a phrase of its trigrams, which with ``case_sensitive 1`` (the keys are
  folded already) matches exactly the rows whose key contains the term. Terms of one or
  two letters have no trigram: they are checked with ``instr`` — on the rows the longer
  terms found, or, when every term is that short, on every company (a scan, ~50 ms at
  100,000 companies on this machine; such a term matches a large share of them anyway,
  so the pages then walk their ordered indexes with :func:`scan_filter` instead).
- PostgreSQL: a GIN index with ``pg_trgm``'s ``gin_trgm_ops`` on ``company.search_key``;
  the ``LIKE '%term%'`` clauses use it as they are (the server rechecks each candidate);
  a term of one or two letters is written ``search_key || '' LIKE …`` so the planner
  keeps it off the index (which has no trigram for it and would read all of itself).

:func:`search_filter` builds the one WHERE clause for both: it renders as the FTS5
lookup on SQLite and as the ``LIKE`` clauses elsewhere. Both give the same rows.

A search whose terms are all that short is counted by checking every key. On SQLite that
reads ``ix_company_search_scan`` (revision 0017, :func:`install_scan_index`): the key and
the columns the skip rules read, a third of the size of the rows. Not on PostgreSQL: its
count of such terms keeps off the indexes (``|| ''``, above), so it would never read one.

A revision that rebuilds ``company`` on SQLite (batch mode drops and recreates it, and
its triggers and indexes with it) must call :func:`install` and
:func:`install_scan_index` again; the schema test checks the triggers are there at head.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import Grouping
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean

#: The FTS5 table (SQLite); FTS5 adds shadow tables named ``company_search_*``.
FTS_TABLE = "company_search"
#: The trigram index on PostgreSQL.
PG_INDEX = "ix_company_search_key_trgm"
#: Triggers on ``company`` that keep the FTS5 table in step (SQLite).
TRIGGERS = ("company_search_insert", "company_search_delete", "company_search_update")
#: Shortest term the trigram index can answer.
MIN_INDEXED = 3
#: SQLite: the covering index a count of one- or two-letter terms reads (revision 0017).
SCAN_INDEX = "ix_company_search_scan"
_SCAN_DDL = (
    f"CREATE INDEX IF NOT EXISTS {SCAN_INDEX} ON company (search_key, do_not_call,"
    " ad_protected, ad_override, meeting_until, last_reached_at, recent_override_at,"
    " next_callback_at)"
)

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_key, content='company',"
    " content_rowid='id', tokenize='trigram case_sensitive 1')",
    f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON company BEGIN"
    f" INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON company BEGIN"
    f" INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key)"
    " VALUES ('delete', old.id, old.search_key); END",
    f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF id, search_key ON company BEGIN"
    f" INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key)"
    " VALUES ('delete', old.id, old.search_key);"
    f" INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
)
_POSTGRES_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON company USING gin (search_key gin_trgm_ops)",
)


def install(conn: Connection) -> None:
    """Create the index for the backend behind ``conn`` and fill it (inside the caller's
    transaction; run by revision 0008). On SQLite the triggers are made again when gone."""
    if conn.dialect.name != "sqlite":
        for statement in _POSTGRES_DDL:
            conn.exec_driver_sql(statement)
        return
    have = set(
        conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name IN (?, ?, ?, ?)", (FTS_TABLE, *TRIGGERS)
        ).scalars()
    )
    for name, statement in zip((FTS_TABLE, *TRIGGERS), _SQLITE_DDL, strict=True):
        if name not in have:
            conn.exec_driver_sql(statement)
    rebuild(conn)


def install_scan_index(conn: Connection) -> None:
    """SQLite: create :data:`SCAN_INDEX` when it is missing (a no-op elsewhere)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_SCAN_DDL)


def rebuild(conn: Connection) -> None:
    """Build the SQLite index again from ``company.search_key`` (a no-op elsewhere)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


@contextmanager
def insert_trigger_paused(conn: Connection) -> Iterator[None]:
    """SQLite: inside the block an insert into ``company`` does not reach the index by
    itself; the caller adds its new rows with :func:`index_rows` before anything else
    in the block updates or deletes them (the update and delete triggers stay and expect
    every row to be in the index). For a bulk import: one statement per batch instead of
    the trigger's statement per row.

    The trigger is dropped and made again inside the caller's transaction, so other
    connections never see it gone, and a rollback (or a crash) brings it back with the
    rows. After an exception in the block it is not made again here: the transaction
    is to be rolled back. A no-op on PostgreSQL (its index needs no trigger)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    conn.exec_driver_sql(f"DROP TRIGGER {TRIGGERS[0]}")
    yield
    conn.exec_driver_sql(_SQLITE_DDL[1])


def index_rows(conn: Connection, first_id: int, last_id: int) -> None:
    """SQLite: add the companies with ids ``first_id`` … ``last_id`` (inserted while
    :func:`insert_trigger_paused` held) to the index, as the insert trigger would have."""
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, search_key)"
        " SELECT id, search_key FROM company WHERE id BETWEEN ? AND ?",
        (first_id, last_id),
    )


#: Merges the SQLite index into one segment: the trigrams of erased or changed keys are
#: then gone from it (an erasure runs this before its VACUUM; on PostgreSQL ``VACUUM
#: FULL`` rebuilds the index with the table).
SQLITE_DROP_DELETED = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"


def is_index_object(name: str | None, type_: str) -> bool:
    """True for the index's own tables and PostgreSQL index, which are not models."""
    if name is None:
        return False
    if type_ == "table":
        return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")
    return type_ == "index" and name in (PG_INDEX, SCAN_INDEX)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phrase(term: str) -> str:
    """``term`` as an FTS5 string: everything inside the quotes is literal text."""
    return '"' + term.replace('"', '""') + '"'


_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))


class _SearchMatch(ColumnElement[bool]):
    """A search as SQLite answers it (``indexed``: the FTS5 lookup, or ``instr`` per key)
    or as the ``LIKE`` clauses other backends answer (``liked``)."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [
        ("indexed", InternalTraversal.dp_clauseelement),
        ("liked", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, indexed: ColumnElement[bool], liked: ColumnElement[bool]) -> None:
        self.indexed = indexed
        self.liked = liked

    def self_group(self, against: Any = None) -> ColumnElement[Any]:
        # Not AsBoolean (what a Boolean-typed element gets in a WHERE): on SQLite that
        # renders "(… IN (…)) = 1", which keeps the planner off the index.
        return Grouping(self) if against is not None else self


@compiles(_SearchMatch)
def _compile_like(element: _SearchMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.liked, **kw)


@compiles(_SearchMatch, "sqlite")
def _compile_fts(element: _SearchMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.indexed, **kw)


def indexed_count(terms: list[str]) -> Select[Any]:
    """SQLite: how many companies contain every term, counted in the FTS5 table alone (it
    has one row per company): for terms of three letters or more only."""
    assert all(len(term) >= MIN_INDEXED for term in terms)
    expression = " AND ".join(_phrase(term) for term in terms)
    match = _FTS.c[FTS_TABLE].op("MATCH")(bindparam("fts_query", expression, unique=True))
    return select(func.count()).select_from(_FTS).where(match)


def _contains(key: ColumnElement[str], term: str) -> ColumnElement[bool]:
    """SQLite: ``key`` contains ``term``, checked with ``instr`` (a plain substring search;
    the same rows as ``LIKE '%term%'`` on folded keys and terms, which have no capitals
    for LIKE to ignore, and 10-15 % less time over 100,000 keys than LIKE's matcher)."""
    return func.instr(key, term) > 0


def scan_filter(key: ColumnElement[str], terms: list[str]) -> ColumnElement[bool]:
    """The same rows as :func:`search_filter`, checked row by row (``instr`` on SQLite,
    ``LIKE`` on the key kept off the trigram index elsewhere): for a walk down another
    index that stops after a page, when the terms match so many companies that the next
    page is only a few rows away."""
    unindexed = key.concat(literal_column("''"))
    liked = and_(*(unindexed.like(_like_pattern(term), escape="\\") for term in terms))
    return _SearchMatch(and_(*(_contains(key, term) for term in terms)), liked)


def search_filter(
    key: ColumnElement[str], row_id: ColumnElement[int], terms: list[str]
) -> ColumnElement[bool]:
    """Rows whose ``key`` (``company.search_key``) contains every term; ``row_id`` is
    ``company.id``. ``terms`` are folded and not empty."""
    likes = [key.like(_like_pattern(term), escape="\\") for term in terms]
    # PostgreSQL: a pattern of one or two letters has no trigram, and the GIN index then
    # reads all of itself (~4x slower than the scan at 100k): `|| ''` keeps it off.
    unindexed = key.concat(literal_column("''"))
    liked = [
        unindexed.like(_like_pattern(term), escape="\\") if len(term) < MIN_INDEXED else like
        for term, like in zip(terms, likes, strict=True)
    ]
    long_terms = [term for term in terms if len(term) >= MIN_INDEXED]
    short = [_contains(key, term) for term in terms if len(term) < MIN_INDEXED]
    indexed: list[ColumnElement[bool]] = []
    if long_terms:
        expression = " AND ".join(_phrase(term) for term in long_terms)
        matching = select(_FTS.c.rowid).where(
            _FTS.c[FTS_TABLE].op("MATCH")(bindparam("fts_query", expression, unique=True))
        )
        indexed.append(row_id.in_(matching))
    indexed += short
    return _SearchMatch(and_(*indexed), and_(*liked))
