"""Migrations: explicit DDL matches the models; versions; a newer database is left alone."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint, create_engine, event, inspect
from sqlmodel import SQLModel

from canvass.errors import StoreError
from canvass.services import Services
from canvass.store import Store, migrate_v5, migrations
from canvass.store import models as _models  # noqa: F401  (registers every table)
from canvass.store.engine import _on_begin, _on_connect
from canvass.store.migrations import LATEST_VERSION, migrate


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """This module checks what a SQLite file does; PostgreSQL has its own tests."""
    return sqlite_store


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


def _database_at_step4(path: Path) -> None:
    """A database as canvass left it at schema version 4: keys only casefolded."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    with engine.begin() as conn:
        for step in migrations.STEPS[:4]:
            step(conn)
        conn.exec_driver_sql("PRAGMA user_version = 4")
        companies = [
            (1, "Ådalens Tømrer ApS", "Ølstykke", "24256790", "75821140", "3650"),
            (2, "Kjær & Søn", "Vejle", None, "30303030", "7100"),
            (3, "Andersen Auto", "Give", None, None, None),
        ]
        for company_id, name, city, cvr, phone, zip_code in companies:
            old_key = "\x1f".join((p or "").casefold() for p in (name, city, cvr, phone, zip_code))
            conn.exec_driver_sql(
                "INSERT INTO company (id, name, city, cvr, phone, zip, search_key, sort_name,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                " '2026-11-01 00:00:00.000000', '2026-11-01 00:00:00.000000')",
                (company_id, name, city, cvr, phone, zip_code, old_key, name.casefold()),
            )
    engine.dispose()


def test_step5_refolds_the_search_keys_of_a_step4_database(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    _database_at_step4(path)
    store = Store.open(path)
    try:
        assert _user_version(path) == LATEST_VERSION >= 5
        with store.engine.connect() as conn:
            keys = dict(conn.exec_driver_sql("SELECT id, search_key FROM company").all())
        assert keys[1] == "aadalens toemrer aps\x1foelstykke\x1f24256790\x1f75821140\x1f3650"
        assert keys[2] == "kjaer & soen\x1fvejle\x1f\x1f30303030\x1f7100"
        assert keys[3] == "andersen auto\x1fgive\x1f\x1f\x1f"
        now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
        assert [r.name for r in Services.of(store).companies.company_rows("aadalens", now=now)] == [
            "Ådalens Tømrer ApS"
        ]
        assert [r.name for r in Services.of(store).companies.company_rows("kjaer", now=now)] == [
            "Kjær & Søn"
        ]
        assert [
            r.name for r in Services.of(store).companies.company_rows("2425 6790", now=now)
        ] == ["Ådalens Tømrer ApS"]
    finally:
        store.close()


def test_step5_works_in_batches_and_writes_only_changed_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v4.db"
    _database_at_step4(path)
    monkeypatch.setattr(migrate_v5, "BATCH_SIZE", 2)  # three companies: two batches
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        assert migrate_v5.step5_fold_search_keys(conn) == 2  # "Andersen Auto" was right
        assert migrate_v5.step5_fold_search_keys(conn) == 0  # a second run changes nothing
    engine.dispose()
