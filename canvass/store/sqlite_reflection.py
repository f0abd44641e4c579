"""What Alembic's comparison gets wrong about a SQLite file, corrected from SQLite itself.

The schema steps before Alembic wrote foreign keys and UNIQUE inline with the column
(``company_id INTEGER REFERENCES company (id) ON DELETE CASCADE``, ``cvr VARCHAR(8)
UNIQUE``). SQLAlchemy's SQLite reflection reads ON DELETE and UNIQUE only from
table-level clauses, so autogenerate sees every such key as changed and every such
UNIQUE as missing — and would write a revision rebuilding nearly every table. SQLite
itself knows better: ``PRAGMA foreign_key_list`` has each key's ON DELETE and
``PRAGMA index_list`` marks the indexes that back a UNIQUE. Operations that those
pragmas show are already true of the database are dropped here; nothing else is.
"""

from __future__ import annotations

from typing import Any

from alembic.operations.ops import (
    AddConstraintOp,
    CreateForeignKeyOp,
    CreateUniqueConstraintOp,
    DropConstraintOp,
    ModifyTableOps,
    UpgradeOps,
)
from sqlalchemy import Connection, ForeignKeyConstraint, UniqueConstraint

_FkKey = tuple[tuple[str, ...], str, tuple[str, ...]]


def drop_reflection_noise(conn: Connection, upgrade_ops: UpgradeOps) -> None:
    """Remove, in place, the operations that are artefacts of SQLite reflection."""
    if conn.dialect.name != "sqlite":
        return
    for table_ops in upgrade_ops.ops:
        if isinstance(table_ops, ModifyTableOps):
            table_ops.ops = _real_changes(conn, table_ops.table_name, list(table_ops.ops))
    upgrade_ops.ops = [
        op for op in upgrade_ops.ops if not (isinstance(op, ModifyTableOps) and not op.ops)
    ]


def _real_changes(conn: Connection, table: str, ops: list[Any]) -> list[Any]:
    foreign = _pragma_foreign_keys(conn, table)
    uniques = _pragma_uniques(conn, table)
    dropped = {_fk_key(op.to_constraint()) for op in ops if _is_fk_drop(op)}
    noise: set[_FkKey] = set()
    for op in ops:
        if isinstance(op, CreateForeignKeyOp):
            key = _fk_key(op.to_constraint())
            wanted = (op.kw.get("ondelete") or "NO ACTION").upper()
            if key in dropped and foreign.get(key) == wanted:
                noise.add(key)
    kept = []
    for op in ops:
        if (isinstance(op, CreateForeignKeyOp) or _is_fk_drop(op)) and _fk_key(
            op.to_constraint()
        ) in noise:
            continue
        if _is_unique_add(op) and tuple(_unique_columns(op)) in uniques:
            continue
        kept.append(op)
    return kept


def _is_fk_drop(op: Any) -> bool:
    return isinstance(op, DropConstraintOp) and op.constraint_type == "foreignkey"


def _is_unique_add(op: Any) -> bool:
    if isinstance(op, CreateUniqueConstraintOp):
        return True
    return isinstance(op, AddConstraintOp) and isinstance(op.to_constraint(), UniqueConstraint)


def _unique_columns(op: Any) -> list[str]:
    constraint = op.to_constraint()
    return [column.name for column in constraint.columns]


def _fk_key(constraint: Any) -> _FkKey:
    assert isinstance(constraint, ForeignKeyConstraint)
    remote = [element.target_fullname.split(".")[-1] for element in constraint.elements]
    target = constraint.elements[0].target_fullname.rsplit(".", 1)[0]
    return tuple(constraint.column_keys), target, tuple(remote)


def _pragma_foreign_keys(conn: Connection, table: str) -> dict[_FkKey, str]:
    rows = conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').mappings().all()
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
        found[key] = str(parts[0]["on_delete"]).upper()
    return found


def _pragma_uniques(conn: Connection, table: str) -> set[tuple[str, ...]]:
    found = set()
    for index in conn.exec_driver_sql(f'PRAGMA index_list("{table}")').mappings().all():
        if index["origin"] == "u":
            info = conn.exec_driver_sql(f'PRAGMA index_info("{index["name"]}")').mappings()
            found.add(tuple(row["name"] for row in info))
    return found
