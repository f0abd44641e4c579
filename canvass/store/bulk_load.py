"""Many new companies in one transaction (the import): ids counted here, indexes after.

Row by row, a new company costs SQLite more in its indexes than in the table: the FTS5
search index through a trigger (:mod:`canvass.store.search_index`) and ten B-trees, most
of them in name order, each entered at a random place. For the first import of a
register export (a million rows into an empty table) that upkeep was most of the time.
:func:`company_load` sets an import up on SQLite so that

- new ids are counted from the largest id (:meth:`CompanyLoad.new_ids`, the ids SQLite
  itself would give: ``max(id) + 1`` onwards, nobody else writes meanwhile), so no
  ``RETURNING`` is read back and matched;
- the new companies enter the search index in one statement at the end
  (:meth:`CompanyLoad.index_new`; earlier only when the import is about to update one of
  them) instead of one trigger call per row, and FTS5 writing a segment per statement;
- when the file has at least :data:`DEFER_INDEXES_FROM` rows and the table holds at
  most half as many companies, the company table's secondary indexes are dropped and
  built again at the end of the block (a sort instead of a million random inserts) —
  except those leading with a column the import looks companies up by
  (:data:`LOOKUP_COLUMNS`), and never a unique one. Their ``sqlite_stat1`` rows, if
  any, are put back as they were.

All of it happens inside the caller's write transaction: other connections never see a
trigger or an index missing, and a rollback or a crash brings back the schema with the
rows. On PostgreSQL the block changes nothing (``RETURNING`` gives the ids there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from canvass.store import search_index

#: Rows in a file from which a large import builds the company indexes after its rows.
DEFER_INDEXES_FROM = 10_000
#: Indexes that lead with these columns stay: the import finds existing companies by them.
LOOKUP_COLUMNS = frozenset({"cvr", "phone"})
_STAT_TABLES = ("sqlite_stat1", "sqlite_stat4")


@dataclass
class CompanyLoad:
    """An import's new companies on SQLite: their ids, and the indexes built at the end."""

    next_id: int | None  # None: the database gives the ids (PostgreSQL)
    deferred: list[tuple[str, str]] = field(default_factory=list)  # index name, its DDL
    unindexed: int | None = None  # the first new id not in the search index yet

    def new_ids(self, count: int) -> range | None:
        """Ids for the next ``count`` new companies, in insert order (None: use RETURNING)."""
        if self.next_id is None:
            return None
        ids = range(self.next_id, self.next_id + count)
        if self.unindexed is None and ids:
            self.unindexed = ids.start
        self.next_id += count
        return ids

    def before_update(self, conn: Connection, company_ids: Iterable[int]) -> None:
        """Call before an UPDATE of ``company_ids``: a company this import added is put in
        the search index first (the update trigger takes its old key out of it)."""
        if self.unindexed is not None and any(i >= self.unindexed for i in company_ids):
            self.index_new(conn)

    def index_new(self, conn: Connection) -> None:
        """Put the companies added since the last call into the search index, in one
        statement (FTS5 writes a segment per statement: not one per chunk)."""
        if self.unindexed is not None and self.next_id is not None:
            search_index.index_rows(conn, self.unindexed, self.next_id - 1)
        self.unindexed = None


#: SQLite's page cache (KiB) while the deferred indexes are built: a CREATE INDEX sorts
#: in memory up to the cache's size, so a large cache only adds to the peak (and at a
#: million rows a small one builds faster: 9 s against 15 s here).
BUILD_CACHE_KIB = 2_000


@contextmanager
def company_load(conn: Connection, rows: int) -> Iterator[CompanyLoad]:
    """Set up the caller's transaction on ``conn`` for an import of ``rows`` rows; every
    company the block inserts must get its id from :meth:`CompanyLoad.new_ids`, and
    :meth:`CompanyLoad.before_update` be called before companies are updated. After an
    exception in the block the transaction is to be rolled back (nothing is put back
    here)."""
    if conn.dialect.name != "sqlite":
        yield CompanyLoad(None)
        return
    last, count = conn.exec_driver_sql("SELECT coalesce(max(id), 0), count(*) FROM company").one()
    load = CompanyLoad(int(last) + 1)
    if rows >= DEFER_INDEXES_FROM and int(count) * 2 <= rows:
        load.deferred = _secondary_indexes(conn, "company")
    stats = _stat_rows(conn, [name for name, _sql in load.deferred])
    with search_index.insert_trigger_paused(conn):
        for name, _sql in load.deferred:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        yield load
        load.index_new(conn)
        if load.deferred:
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
            for _name, sql in load.deferred:
                conn.exec_driver_sql(sql)
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")
        for table, values in stats:
            marks = ", ".join("?" * len(values))
            conn.exec_driver_sql(f"INSERT INTO {table} VALUES ({marks})", values)


def _secondary_indexes(conn: Connection, table: str) -> list[tuple[str, str]]:
    """The table's indexes made by CREATE INDEX, not unique, not leading with a lookup
    column: (name, the statement that made it)."""
    found = []
    for row in conn.exec_driver_sql(f'PRAGMA index_list("{table}")').mappings():
        if row["origin"] != "c" or row["unique"] or row["partial"]:
            continue
        name = str(row["name"])
        first = conn.exec_driver_sql(f'PRAGMA index_info("{name}")').mappings().first()
        if first is None or first["name"] in LOOKUP_COLUMNS:
            continue
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).scalar()
        if sql:
            found.append((name, str(sql)))
    return sorted(found)


def _stat_rows(conn: Connection, names: list[str]) -> list[tuple[str, tuple[Any, ...]]]:
    """The planner's statistics of the indexes ``names`` (DROP INDEX deletes them)."""
    if not names:
        return []
    have = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", _STAT_TABLES
    ).scalars()
    marks = ", ".join("?" * len(names))
    return [
        (table, tuple(row))
        for table in sorted(have)
        for row in conn.exec_driver_sql(
            f"SELECT * FROM {table} WHERE idx IN ({marks})", tuple(names)
        )
    ]
