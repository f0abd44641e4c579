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
    processors = [
        (index, processor)
        for index, name in enumerate(names)
        if (processor := table.c[name].type._cached_bind_processor(dialect)) is not None
    ]
    seen: dict[tuple[int, Any], Any] = {}  # a processor's result per distinct value
    values: list[list[Any]] = []
    for row in rows:
        cells = [row[name] for name in names]
        for index, processor in processors:
            value = cells[index]
            if value is not None:
                key = (index, value)
                if key not in seen:
                    seen[key] = processor(value)
                cells[index] = seen[key]
        values.append(cells)
    prepare = dialect.identifier_preparer
    head = (
        f"INSERT INTO {prepare.format_table(table)} "
        f"({', '.join(prepare.quote(name) for name in names)}) "
    )
    tail = f" RETURNING {', '.join(prepare.quote(n) for n in returning)}" if returning else ""
    if dialect.name == "postgresql":
        return _insert_arrays(conn, table, names, values, head, tail, bool(returning))
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    one_row = "(" + ", ".join([marker] * len(names)) + ")"
    head += "VALUES "
    per_statement = max(1, MAX_VALUES // len(names))
    found: list[Row[Any]] = []
    for start in range(0, len(values), per_statement):
        chunk = values[start : start + per_statement]
        sql = head + ", ".join([one_row] * len(chunk)) + tail
        flat = tuple(value for cells in chunk for value in cells)
        result = conn.exec_driver_sql(sql, flat)
        if returning:
            found.extend(result)
    return found


def _insert_arrays(
    conn: Connection,
    table: Table,
    names: list[str],
    values: list[list[Any]],
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
    for start in range(0, len(values), ARRAY_ROWS):
        columns = tuple(
            list(column) for column in zip(*values[start : start + ARRAY_ROWS], strict=True)
        )
        result = conn.exec_driver_sql(sql + tail, columns)
        if returning:
            found.extend(result)
    return found


#: Rows per statement on PostgreSQL.
ARRAY_ROWS = 5_000
