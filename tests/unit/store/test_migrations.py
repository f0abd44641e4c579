"""Migrations: explicit DDL matches the models; versions; a newer database is left alone."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint, create_engine, event, inspect
from sqlmodel import SQLModel

from canvass.errors import StoreError
from canvass.store import Store, migrations
from canvass.store import models as _models  # noqa: F401  (registers every table)
from canvass.store.engine import _on_begin, _on_connect
from canvass.store.migrations import LATEST_VERSION, migrate


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_new_database_is_migrated_to_latest(store: Store, db_path: Path) -> None:
    assert _user_version(db_path) == LATEST_VERSION >= 1


def _unique_constraints(store: Store, table: str) -> set[tuple[str, ...]]:
    """UNIQUE constraints as SQLite keeps them (the inspector misses inline ones)."""
    with store.engine.connect() as conn:
        found = set()
        for index in conn.exec_driver_sql(f"PRAGMA index_list({table})").mappings():
            if index["origin"] == "u":
                info = conn.exec_driver_sql(f"PRAGMA index_info({index['name']})").mappings()
                found.add(tuple(row["name"] for row in info))
        return found


def test_migrated_schema_matches_the_models(store: Store) -> None:
    inspector = inspect(store.engine)
    assert set(inspector.get_table_names()) == set(SQLModel.metadata.tables)
    for name, table in SQLModel.metadata.tables.items():
        columns = {c["name"]: c for c in inspector.get_columns(name)}
        assert set(columns) == {c.name for c in table.columns}, name
        for column in table.columns:
            assert bool(columns[column.name]["nullable"]) == column.nullable, (name, column.name)
            expected = column.type.compile(dialect=store.engine.dialect).split("(")[0]
            assert str(columns[column.name]["type"]).split("(")[0] == expected, (
                name,
                column.name,
            )
        pk = inspector.get_pk_constraint(name)["constrained_columns"]
        assert pk == [c.name for c in table.primary_key.columns], name
        # PRAGMA foreign_key_list is what SQLite enforces (the inspector skips inline ON DELETE).
        with store.engine.connect() as conn:
            pragma = conn.exec_driver_sql(f"PRAGMA foreign_key_list({name})").mappings().all()
        foreign = {(fk["from"], fk["table"], fk["on_delete"]) for fk in pragma}
        expected_fks = {
            (fk.parent.name, fk.column.table.name, fk.ondelete or "NO ACTION")
            for fk in table.foreign_keys
        }
        assert foreign == expected_fks, name
        indexes = {i["name"]: tuple(i["column_names"]) for i in inspector.get_indexes(name)}
        assert indexes == {i.name: tuple(c.name for c in i.columns) for i in table.indexes}, name
        uniques = _unique_constraints(store, name)
        expected_uniques = {(c.name,) for c in table.columns if c.unique}
        assert uniques == expected_uniques, name
        checks = {
            c["name"]: " ".join(c["sqltext"].split()) for c in inspector.get_check_constraints(name)
        }
        expected_checks = {
            c.name: " ".join(str(c.sqltext).split())
            for c in table.constraints
            if isinstance(c, CheckConstraint)
        }
        assert checks == expected_checks, name


def test_opening_again_is_a_no_op(db_path: Path) -> None:
    Store.open(db_path).close()
    before = {row for row in sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master")}
    reopened = Store.open(db_path)
    assert migrate(reopened.engine) == LATEST_VERSION
    reopened.close()
    after = {row for row in sqlite3.connect(db_path).execute("SELECT sql FROM sqlite_master")}
    assert before == after
    assert _user_version(db_path) == LATEST_VERSION


def test_too_new_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x INTEGER)")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    content, mtime = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(LATEST_VERSION + 5) in info.value.message
    assert str(LATEST_VERSION) in info.value.message
    assert path.read_bytes() == content and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.db"]


def test_failed_step_rolls_back_ddl_and_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: object) -> None:
        migrations._step1_initial_schema(conn)  # type: ignore[arg-type]
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "STEPS", (broken,))
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    with pytest.raises(RuntimeError):
        migrations.migrate(engine)
    assert inspect(engine).get_table_names() == []
    engine.dispose()
    assert _user_version(tmp_path / "x.db") == 0
