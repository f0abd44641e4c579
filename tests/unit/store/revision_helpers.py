"""Helpers for migration tests: an engine on a test database, extra revisions, snapshots."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.config import Config
from sqlalchemy import Engine, inspect, text

from canvass.store import Store, companies, revisions
from canvass.store.engine import create_store_engine, parse_target


def engine_for(url: str) -> Engine:
    """An engine with canvass's settings on a test database (file path or URL)."""
    return create_store_engine(parse_target(url))


def extra_revision(folder: Path, body: str, revision: str = "0006") -> Config:
    """A config with canvass's revisions plus one more after head, running ``body``."""
    folder.mkdir(parents=True, exist_ok=True)
    source = f'''
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{revisions.head()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{textwrap.indent(textwrap.dedent(body), "    ")}
'''
    (folder / f"r{revision}_test.py").write_text(source, encoding="utf-8")
    return revisions.alembic_config(folder)


def snapshot(engine: Engine) -> dict[str, Any]:
    """Every table's columns, indexes and rows, and the revision: what 'untouched' means."""
    with engine.connect() as conn:
        inspector = inspect(conn)
        found: dict[str, Any] = {}
        for table in sorted(inspector.get_table_names()):
            columns = [c["name"] for c in inspector.get_columns(table)]
            indexes = sorted(i["name"] or "" for i in inspector.get_indexes(table))
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            found[table] = (columns, indexes, sorted(map(repr, rows)))
        if conn.dialect.name == "sqlite":
            found["user_version"] = conn.exec_driver_sql("PRAGMA user_version").scalar()
        return found


def count_rows(engine: Engine) -> dict[str, int]:
    """How many rows each table holds."""
    with engine.connect() as conn:
        return {
            table: int(conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
            for table in inspect(conn).get_table_names()
        }


def found_names(store: Store, search: str) -> list[str]:
    """The names of the companies the company search finds (as the app searches)."""
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    with store.session() as session:
        return [row.name for row in companies.company_rows(session, search, 0, 50, now)]


def company_count(store: Store) -> int:
    with store.session() as session:
        return companies.count_companies(session)
