"""Multi-row INSERTs for an import, without SQLAlchemy's work per row and parameter.

``conn.execute(insert(table), rows)`` runs every value of every row through the
compiler's parameter machinery; for a million companies that is more time than the
database takes. Here each column's bind processor (the DateTime and Boolean conversions
of the dialect) runs once per distinct value, and a chunk of rows goes to the driver as
one ``INSERT … VALUES (…), (…) [RETURNING …]`` statement on SQLite, and as one array per
column (``INSERT … SELECT * FROM unnest(…)``) on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Row, Table

#: Bound values per statement: below SQLite's 32,766 and PostgreSQL's 65,535.
MAX_VALUES = 30_000


def insert_rows(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]], returning: Sequence[str] = ()
) -> list[Row[Any]]:
    """Insert ``rows`` (all with the same keys, the table's column names) and return the
    ``returning`` columns of each inserted row (in no promised order)."""
    if not rows:
        return []
    names = list(rows[0])
    dialect = conn.dialect
    # Column by column (a transpose in C), each bind processor once per distinct value.
    if len(names) == 1:  # itemgetter of one name gives the bare value, not a 1-tuple
        columns = [[row[names[0]] for row in rows]]
    else:
        columns = [list(column) for column in zip(*map(itemgetter(*names), rows), strict=True)]
    for index, name in enumerate(names):
        processor = table.c[name].type._cached_bind_processor(dialect)
        if processor is not None:
            column = columns[index]
            done = {value: processor(value) for value in set(column) if value is not None}
            columns[index] = [None if value is None else done[value] for value in column]
    prepare = dialect.identifier_preparer
    head = (
        f"INSERT INTO {prepare.format_table(table)} "
        f"({', '.join(prepare.quote(name) for name in names)}) "
    )
    tail = f" RETURNING {', '.join(prepare.quote(n) for n in returning)}" if returning else ""
    if dialect.name == "postgresql":
        return _insert_arrays(conn, table, names, columns, head, tail, bool(returning))
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    one_row = "(" + ", ".join([marker] * len(names)) + ")"
    head += "VALUES "
    per_statement = max(1, MAX_VALUES // len(names))
    found: list[Row[Any]] = []
    for start in range(0, len(rows), per_statement):
        part = [column[start : start + per_statement] for column in columns]
        sql = head + ", ".join([one_row] * len(part[0])) + tail
        result = conn.exec_driver_sql(sql, tuple(chain.from_iterable(zip(*part, strict=True))))
        if returning:
            found.extend(result)
    return found


def _insert_arrays(
    conn: Connection,
    table: Table,
    names: list[str],
    columns: list[list[Any]],
    head: str,
    tail: str,
    returning: bool,
) -> list[Row[Any]]:
    """PostgreSQL: one array per column, ``INSERT … SELECT * FROM unnest(…)`` — a handful
    of parameters however many rows (the driver parses a query of thousands of
    placeholders slowly), in chunks of :data:`ARRAY_ROWS` rows."""
    dialect = conn.dialect
    casts = [table.c[name].type.compile(dialect=dialect) for name in names]
    sql = head + "SELECT * FROM unnest(" + ", ".join(f"%s::{cast}[]" for cast in casts) + ")"
    found: list[Row[Any]] = []
    for start in range(0, len(columns[0]), ARRAY_ROWS):
        arrays = tuple(column[start : start + ARRAY_ROWS] for column in columns)
        result = conn.exec_driver_sql(sql + tail, arrays)
        if returning:
            found.extend(result)
    return found


#: Rows per statement on PostgreSQL.
ARRAY_ROWS = 5_000
