"""Migrations with Alembic, on SQLite and PostgreSQL: a new database equals the models, a
second open changes nothing, a newer canvass's database is refused untouched, a failed
revision leaves nothing behind, and a table rebuild on SQLite keeps the rows that point
at the rebuilt table."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint, Engine, inspect, text
from sqlmodel import SQLModel

from canvass.errors import StoreError
from canvass.store import Store, migrate_v5, revisions, search_index
from canvass.store import models as _models  # noqa: F401  (registers every table)
from canvass.store.demo import fill_demo
from canvass.store.identify import identify
from canvass.store.migrations import read_version
from canvass.store.schema import schema_differences, upgrade, upgrade_database
from canvass.store.search_index import is_index_object
from tests.unit.store.revision_helpers import (
    NEXT,
    company_count,
    count_rows,
    engine_for,
    extra_revision,
    found_names,
    snapshot,
)


def test_a_new_database_is_at_head_and_equals_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        state = identify(conn)
        assert state.up_to_date and state.revision == revisions.head() >= "0005"
        assert schema_differences(conn) == []  # Alembic's autogenerate sees nothing to do
        # A release from before Alembic reads this as "too new" and leaves the file alone.
        assert read_version(conn) == revisions.ALEMBIC_ERA_VERSION


def _foreign_keys(engine: Engine, name: str) -> set[tuple[str, str, str]]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":  # what SQLite enforces (inline ON DELETE)
            pragma = conn.exec_driver_sql(f"PRAGMA foreign_key_list({name})").mappings().all()
            return {(fk["from"], fk["table"], fk["on_delete"]) for fk in pragma}
        return {
            (fk["constrained_columns"][0], fk["referred_table"], fk["options"].get("ondelete"))
            for fk in inspect(conn).get_foreign_keys(name)
        }


def _unique_constraints(engine: Engine, table: str) -> set[tuple[str, ...]]:
    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            return {tuple(u["column_names"]) for u in inspect(conn).get_unique_constraints(table)}
        found = set()  # as SQLite keeps them (the inspector misses inline ones)
        for index in conn.exec_driver_sql(f"PRAGMA index_list({table})").mappings():
            if index["origin"] == "u":
                info = conn.exec_driver_sql(f"PRAGMA index_info({index['name']})").mappings()
                found.add(tuple(row["name"] for row in info))
        return found


def test_the_schema_matches_the_models_in_detail(store: Store) -> None:
    """What Alembic's comparison leaves out: ON DELETE, inline UNIQUE, CHECK constraints."""
    engine = store.engine
    sqlite = engine.dialect.name == "sqlite"
    inspector = inspect(engine)
    tables = {t for t in inspector.get_table_names() if not is_index_object(t, "table")}
    assert tables - {"alembic_version", "canvass_schema"} == set(SQLModel.metadata.tables)
    for name, table in SQLModel.metadata.tables.items():
        columns = {c["name"]: c for c in inspector.get_columns(name)}
        assert set(columns) == {c.name for c in table.columns}, name
        for column in table.columns:
            assert bool(columns[column.name]["nullable"]) == column.nullable, (name, column.name)
        pk = inspector.get_pk_constraint(name)["constrained_columns"]
        assert pk == [c.name for c in table.primary_key.columns], name
        expected_fks = {
            (fk.parent.name, fk.column.table.name, fk.ondelete or ("NO ACTION" if sqlite else None))
            for fk in table.foreign_keys
        }
        assert _foreign_keys(engine, name) == expected_fks, name
        indexes = {
            i["name"]: tuple(i["column_names"])
            for i in inspector.get_indexes(name)
            if "duplicates_constraint" not in i  # PostgreSQL: the index behind a UNIQUE
            and not is_index_object(i["name"], "index")  # the search index: its own test
        }
        assert indexes == {i.name: tuple(c.name for c in i.columns) for i in table.indexes}, name
        assert _unique_constraints(engine, name) == {(c.name,) for c in table.columns if c.unique}
        checks = {
            c["name"]: " ".join(c["sqltext"].split()) for c in inspector.get_check_constraints(name)
        }
        expected_checks = {
            c.name: " ".join(str(c.sqltext).split())
            for c in table.constraints
            if isinstance(c, CheckConstraint)
        }
        if sqlite:  # PostgreSQL rewrites the expression (ANY (ARRAY[...])): compare names
            assert checks == expected_checks, name
        else:
            assert set(checks) == set(expected_checks), name


def test_opening_again_changes_nothing(db_url: str) -> None:
    Store.open(db_url).close()
    engine = engine_for(db_url)
    try:
        before = snapshot(engine)
        Store.open(db_url).close()
        assert upgrade(engine).up_to_date
        assert snapshot(engine) == before
    finally:
        engine.dispose()


def test_a_database_from_a_newer_canvass_is_refused_untouched(db_url: str, tmp_path: Path) -> None:
    Store.open(db_url).close()
    newer = extra_revision(
        tmp_path / "newer", 'op.create_table("future", sa.Column("x", sa.Integer))'
    )
    engine = engine_for(db_url)
    try:
        assert upgrade(engine, config=newer).revision == NEXT
        before = snapshot(engine)
        with pytest.raises(StoreError) as caught:
            Store.open(db_url)
        assert NEXT in caught.value.message and revisions.head() in caught.value.message
        assert "ikke ændret" in caught.value.message
        with pytest.raises(StoreError):
            upgrade_database(db_url)  # `canvass db upgrade` refuses it too
        assert snapshot(engine) == before
    finally:
        engine.dispose()


def test_a_too_new_file_from_before_alembic_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x INTEGER)")
        conn.execute("PRAGMA user_version = 10")
    conn.close()
    content, mtime = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "10" in info.value.message and revisions.head() in info.value.message
    assert path.read_bytes() == content and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.db"]


def test_a_failed_revision_leaves_the_database_as_it_was(db_url: str, tmp_path: Path) -> None:
    with Store.open(db_url) as store, store.session() as session:
        session.execute(
            text("INSERT INTO consultant (initials, name, created_at) VALUES ('AB', 'A', :at)"),
            {"at": datetime(2026, 11, 2, tzinfo=UTC)},
        )
    broken = extra_revision(
        tmp_path / "broken",
        """
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("UPDATE consultant SET name = 'Ændret'")
        raise RuntimeError("boom")
        """,
    )
    engine = engine_for(db_url)
    try:
        before = snapshot(engine)
        with pytest.raises(RuntimeError, match="boom"):
            upgrade(engine, config=broken)
        assert snapshot(engine) == before
        if engine.dialect.name == "sqlite":  # the pooled connection has its foreign keys back
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def _constraints(engine: Engine, table: str) -> tuple[object, ...]:
    with engine.connect() as conn:
        checks = sorted(c["name"] for c in inspect(conn).get_check_constraints(table))
    return _foreign_keys(engine, table), _unique_constraints(engine, table), checks


def test_a_table_rebuild_keeps_its_constraints_and_the_rows_that_point_at_it(
    db_url: str, tmp_path: Path
) -> None:
    """SQLite's batch mode drops and recreates a table: with foreign keys on, dropping
    ``company`` would delete every contact, call and meeting (ON DELETE CASCADE), and a
    table recreated from SQLAlchemy's reflection alone loses inline UNIQUE and ON DELETE."""
    with Store.open(db_url) as store:
        assert fill_demo(store, today=date(2026, 11, 20)) is not None
    rebuild = extra_revision(
        tmp_path / "rebuild",
        """
        recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
        for table in ("company", "call_event", "consultant", "call_outcome"):
            with op.batch_alter_table(table, recreate=recreate) as batch:
                batch.create_index(f"ix_test_{table}", ["id"])
        """,
    )
    engine = engine_for(db_url)
    tables = ("company", "call_event", "consultant", "call_outcome")
    try:
        before = count_rows(engine)
        constraints = {table: _constraints(engine, table) for table in tables}
        assert before["contact_person"] > 0 and before["call"] > 0
        assert constraints["company"][1] == {("cvr",)}  # UNIQUE, written inline in 0001
        assert upgrade(engine, config=rebuild).revision == NEXT
        assert count_rows(engine) == before
        assert {table: _constraints(engine, table) for table in tables} == constraints
        with engine.connect() as conn:
            assert "ix_test_company" in {i["name"] for i in inspect(conn).get_indexes("company")}
    finally:
        engine.dispose()


_COMPANIES = [
    (1, "Ådalens Tømrer ApS", "Ølstykke", "24256790", "75821140", "3650"),
    (2, "Kjær & Søn", "Vejle", None, "30303030", "7100"),
    (3, "Andersen Auto", "Give", None, None, None),
]


def _database_at_revision_4(db_url: str) -> None:
    """A database as canvass left it at schema version 4: search keys only casefolded."""
    engine = engine_for(db_url)
    try:
        upgrade(engine, "0004")
        with engine.begin() as conn:
            for company_id, name, city, cvr, phone, zip_code in _COMPANIES:
                parts = (name, city, cvr, phone, zip_code)
                conn.execute(
                    text(
                        "INSERT INTO company (id, name, city, cvr, phone, zip, search_key,"
                        " sort_name, created_at, updated_at) VALUES (:id, :name, :city, :cvr,"
                        " :phone, :zip, :key, :sort, :at, :at)"
                    ),
                    {
                        "id": company_id,
                        "name": name,
                        "city": city,
                        "cvr": cvr,
                        "phone": phone,
                        "zip": zip_code,
                        "key": "\x1f".join((p or "").casefold() for p in parts),
                        "sort": name.casefold(),
                        "at": datetime(2026, 11, 1, tzinfo=UTC),
                    },
                )
    finally:
        engine.dispose()


def test_revision_5_refolds_the_search_keys_of_a_revision_4_database(db_url: str) -> None:
    _database_at_revision_4(db_url)
    before, after = upgrade_database(db_url)
    assert (before.revision, after.revision) == ("0004", revisions.head())
    store = Store.open(db_url)
    try:
        with store.engine.connect() as conn:
            keys = dict(conn.execute(text("SELECT id, search_key FROM company")).all())
        assert keys[1] == "aadalens toemrer aps\x1foelstykke\x1f24256790\x1f75821140\x1f3650"
        assert keys[2] == "kjaer & soen\x1fvejle\x1f\x1f30303030\x1f7100"
        assert keys[3] == "andersen auto\x1fgive\x1f\x1f\x1f"
        assert found_names(store, "aadalens") == ["Ådalens Tømrer ApS"]
        assert found_names(store, "kjaer") == ["Kjær & Søn"]
        assert found_names(store, "2425 6790") == ["Ådalens Tømrer ApS"]
    finally:
        store.close()


def test_step5_works_in_batches_and_writes_only_changed_keys(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _database_at_revision_4(db_url)
    monkeypatch.setattr(migrate_v5, "BATCH_SIZE", 2)  # three companies: two batches
    engine = engine_for(db_url)
    try:
        with engine.begin() as conn:
            assert migrate_v5.step5_fold_search_keys(conn) == 2  # "Andersen Auto" was right
            assert migrate_v5.step5_fold_search_keys(conn) == 0  # a second run changes nothing
    finally:
        engine.dispose()


def test_a_revision_autogenerated_from_the_models_upgrades_both_backends(
    db_url: str, tmp_path: Path
) -> None:
    """What a developer does (``canvass db revision -m``): change a model, autogenerate,
    upgrade — and the database equals the models again."""
    from sqlalchemy import Column, ForeignKey, Integer, String, Table

    from canvass.store.schema import write_revision

    Store.open(db_url).close()
    table = Table(
        "scratch_note",
        SQLModel.metadata,
        Column("id", Integer, primary_key=True),
        Column("company_id", ForeignKey("company.id", ondelete="CASCADE"), nullable=False),
        Column("text", String(200), nullable=False),
    )
    try:
        written = write_revision("scratch notes", folder=tmp_path / "new")
        assert written is not None and written.name == f"r{NEXT}_scratch_notes.py"
        source = written.read_text(encoding="utf-8")
        assert (
            f'revision = "{NEXT}"' in source and f'down_revision = "{revisions.head()}"' in source
        )
        assert "op.create_table(" in source and "scratch_note" in source
        assert "drop_constraint" not in source  # no noise from SQLite's reflection
        linted = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--no-cache", str(written)], check=False
        )
        assert linted.returncode == 0  # written as the project's code is (ruff fix + format)
        engine = engine_for(db_url)
        try:
            assert upgrade(engine, config=revisions.alembic_config(tmp_path / "new")).revision == (
                NEXT
            )
            with engine.connect() as conn:
                assert schema_differences(conn) == []
        finally:
            engine.dispose()
    finally:
        SQLModel.metadata.remove(table)
    assert write_revision("nothing", folder=tmp_path / "none") is None  # models agree again


def _open_and_count(url: str) -> str:
    try:
        with Store.open(url) as store:
            return f"ok {company_count(store)}"
    except StoreError as error:
        return error.message


def test_processes_opening_a_new_database_at_once_all_get_it(db_url: str) -> None:
    """The revision is read again under the write lock / advisory lock: no revision runs twice."""
    import multiprocessing

    if db_url.endswith(".db"):
        Path(db_url).parent.mkdir(parents=True, exist_ok=True)
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        results = pool.map(_open_and_count, [db_url] * 3)
    assert results == ["ok 0"] * 3
    engine = engine_for(db_url)
    try:
        with engine.connect() as conn:
            assert identify(conn).up_to_date
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        engine.dispose()


def test_a_revision_that_orphans_rows_on_sqlite_is_rolled_back_with_a_message(
    tmp_path: Path,
) -> None:
    """Foreign keys are off while revisions run on SQLite; the check before the commit
    still refuses a revision that leaves rows pointing at nothing."""
    path = tmp_path / "canvass.db"
    with Store.open(path) as store:
        assert fill_demo(store, today=date(2026, 11, 20)) is not None
    orphaning = extra_revision(tmp_path / "orphaning", 'op.execute("DELETE FROM company")')
    engine = engine_for(str(path))
    try:
        before = snapshot(engine)
        with pytest.raises(StoreError) as caught:
            upgrade_database_with(path, orphaning)
        assert NEXT in caught.value.message and "contact_person" in caught.value.message
        assert "ikke ændret" in caught.value.message
        assert snapshot(engine) == before
    finally:
        engine.dispose()


def upgrade_database_with(path: Path, config: object) -> None:
    from canvass.store.engine import TRANSLATABLE, parse_target, translate

    engine = engine_for(str(path))
    try:
        upgrade(engine, config=config)  # type: ignore[arg-type]
    except TRANSLATABLE as exc:
        raise translate(exc, parse_target(path)) from exc
    finally:
        engine.dispose()


def test_the_search_index_is_there_at_head(store: Store) -> None:
    """Not a model, so not compared above: SQLite's FTS5 table and the triggers that keep it
    in step (a batch rebuild of ``company`` would drop them), PostgreSQL's trigram index."""
    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            found = dict(
                conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE name LIKE 'company_search%'"
                ).all()
            )
            assert "trigram" in found[search_index.FTS_TABLE]
            assert set(search_index.TRIGGERS) <= set(found)
            check = f"INSERT INTO {search_index.FTS_TABLE}({search_index.FTS_TABLE}, rank)"
            conn.exec_driver_sql(f"{check} VALUES ('integrity-check', 1)")  # raises if stale
        else:
            definition = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"),
                {"name": search_index.PG_INDEX},
            ).scalar_one()
            assert "gin" in definition and "gin_trgm_ops" in definition
