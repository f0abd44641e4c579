"""SQLite reflection that sees what the pre-Alembic DDL wrote inline, for Alembic.

The schema steps before Alembic wrote foreign keys and UNIQUE inline with the column
(``company_id INTEGER REFERENCES company (id) ON DELETE CASCADE``, ``cvr VARCHAR(8)
UNIQUE``). SQLAlchemy's SQLite reflection reads ON DELETE / ON UPDATE only from
table-level clauses, and an inline UNIQUE only after a type without parentheses. Two
things then go wrong: autogenerate sees every such key as changed and every such UNIQUE
as missing, and — worse — a batch-mode rebuild (``op.batch_alter_table``) recreates the
table from the reflection, silently dropping ``UNIQUE (cvr)`` and every ON DELETE.

SQLite itself knows: ``PRAGMA foreign_key_list`` has each key's ON DELETE and ON UPDATE,
and ``PRAGMA index_list`` marks the indexes that back a UNIQUE constraint (origin
``u``). :func:`install` makes an engine's SQLite dialect add what those pragmas say to
what SQLAlchemy found. Only canvass's engines are changed, and only their reflection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine

_FkKey = tuple[tuple[str, ...], str, tuple[str, ...]]
_INSTALLED = "_canvass_pragma_reflection"


def install(engine: Engine) -> None:
    """Teach ``engine``'s SQLite dialect the pragmas' foreign key actions and UNIQUEs."""
    dialect: Any = engine.dialect
    if dialect.name != "sqlite" or getattr(dialect, _INSTALLED, False):
        return
    plain_foreign_keys = dialect.get_foreign_keys
    plain_uniques = dialect.get_unique_constraints

    def get_foreign_keys(
        connection: Connection, table_name: str, schema: str | None = None, **kw: Any
    ) -> list[dict[str, Any]]:
        found = [dict(fk) for fk in plain_foreign_keys(connection, table_name, schema, **kw)]
        actions = _pragma_actions(connection, table_name)
        for fk in found:
            key = (
                tuple(fk["constrained_columns"]),
                fk["referred_table"],
                tuple(fk["referred_columns"]),
            )
            on_delete, on_update = actions.get(key, ("NO ACTION", "NO ACTION"))
            options = dict(fk.get("options") or {})
            if on_delete != "NO ACTION":
                options.setdefault("ondelete", on_delete)
            if on_update != "NO ACTION":
                options.setdefault("onupdate", on_update)
            fk["options"] = options
        return found

    def get_unique_constraints(
        connection: Connection, table_name: str, schema: str | None = None, **kw: Any
    ) -> list[dict[str, Any]]:
        found = list(plain_uniques(connection, table_name, schema, **kw))
        known = {tuple(u["column_names"]) for u in found}
        for columns in _pragma_uniques(connection, table_name):
            if columns not in known:
                found.append({"name": None, "column_names": list(columns)})
        return found

    dialect.get_foreign_keys = get_foreign_keys
    dialect.get_unique_constraints = get_unique_constraints
    setattr(dialect, _INSTALLED, True)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _pragma_actions(conn: Connection, table: str) -> dict[_FkKey, tuple[str, str]]:
    rows = conn.exec_driver_sql(f"PRAGMA foreign_key_list({_quoted(table)})").mappings().all()
    by_id: dict[int, list[Any]] = {}
    for row in rows:
        by_id.setdefault(row["id"], []).append(row)
    found = {}
    for parts in by_id.values():
        parts.sort(key=lambda row: row["seq"])
        key = (
            tuple(p["from"] for p in parts),
            parts[0]["table"],
            tuple(p["to"] for p in parts),
        )
        found[key] = (str(parts[0]["on_delete"]).upper(), str(parts[0]["on_update"]).upper())
    return found


def _pragma_uniques(conn: Connection, table: str) -> list[tuple[str, ...]]:
    found = []
    for index in conn.exec_driver_sql(f"PRAGMA index_list({_quoted(table)})").mappings().all():
        if index["origin"] == "u":
            info = conn.exec_driver_sql(f"PRAGMA index_info({_quoted(index['name'])})").mappings()
            found.append(tuple(row["name"] for row in info))
    return found
