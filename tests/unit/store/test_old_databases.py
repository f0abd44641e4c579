"""Each earlier release's database upgrades with its data intact.

``old_databases/vN.db.gz`` was made by the release whose newest schema version was N,
with that release's own code (``make_old_database.py``). Opening a copy upgrades it to
head; every row of every old table must still be there with the same values in the old
columns, and the schema must then equal the models.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from canvass.store import Store, revisions
from canvass.store.identify import identify
from canvass.store.schema import database_state, schema_differences
from canvass.store.search_index import is_index_object
from tests.unit.store.revision_helpers import company_count, found_names

OLD = Path(__file__).with_name("old_databases")
VERSIONS = sorted(int(path.name[1]) for path in OLD.glob("v*.db.gz"))


def _copy(version: int, folder: Path) -> Path:
    path = folder / f"v{version}.db"
    with gzip.open(OLD / f"v{version}.db.gz", "rb") as packed, path.open("wb") as plain:
        shutil.copyfileobj(packed, plain)
    return path


def _contents(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every table: its columns and all its rows, in primary-key order."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] not in ("alembic_version", "sqlite_sequence")
            and not is_index_object(row[0], "table")  # the search index: derived
        ]
        found = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            found[table] = (columns, _rows(conn, table, columns))
        return found
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    listed = ", ".join(f'"{c}"' for c in columns)
    return conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY 1, 2').fetchall()


#: The columns of the first review table that revision 0011 keeps as they were.
_REVIEW_KEPT = ("id", "call_id", "reviewer_id", "caller_id", "created_at", "acknowledged_at")


def _carried_reviews(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Each old review's feedback (now what worked) and commitment, as 0011 moved them."""
    return conn.execute(
        "SELECT r.worked_json, coalesce(c.text, '') FROM review r"
        " LEFT JOIN sparring_commitment c ON c.review_id = r.id ORDER BY r.id"
    ).fetchall()


def test_there_is_a_file_from_every_release_before_alembic() -> None:
    assert sorted(revisions.LEGACY_REVISIONS) == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_database_upgrades_with_every_row_intact(version: int, tmp_path: Path) -> None:
    path = _copy(version, tmp_path)
    before = _contents(path)
    assert database_state(path).revision == revisions.LEGACY_REVISIONS[version]
    assert sum(len(rows) for _, rows in before.values()) > 2000  # the demo, and more
    with Store.open(path) as store:
        with store.engine.connect() as conn:
            assert identify(conn).up_to_date
            assert schema_differences(conn) == []
        assert company_count(store) == len(before["company"][1])
        first = before["company"][1][0][before["company"][0].index("name")]
        assert first in found_names(store, str(first))  # the search works on the old rows
    after = _contents(path)
    conn = sqlite3.connect(path)
    try:
        for table, (columns, rows) in before.items():
            kept = [c for c in columns if not (table == "company" and c == "search_key")]
            if table == "review":  # rebuilt by revision 0011: what it carries over
                kept = [c for c in kept if c in _REVIEW_KEPT]
                assert _carried_reviews(conn) == [
                    (f'["{row[columns.index("feedback")]}"]', row[columns.index("commitment")])
                    for row in rows
                ]
                assert len(after[table][1]) == len(rows), table
                assert _rows(conn, table, kept) == [
                    tuple(row[columns.index(c)] for c in kept) for row in rows
                ], table
                continue
            assert set(columns) <= set(after[table][0]), table
            assert _rows(conn, table, kept) == [
                tuple(row[columns.index(c)] for c in kept) for row in rows
            ], table
            assert len(after[table][1]) == len(rows), table
    finally:
        conn.close()


def test_an_old_file_gets_the_new_columns_and_tables(tmp_path: Path) -> None:
    path = _copy(3, tmp_path)
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    try:
        uids = [row[0] for row in conn.execute("SELECT uid FROM meeting")]
        assert len(uids) == len(set(uids)) > 0 and all(uid.endswith("@canvass") for uid in uids)
        assert conn.execute("SELECT count(*) FROM call_revision").fetchone() == (0,)
        # Refolded by revision 0005: "Ø" is "oe" in every search key.
        names = [row[0].casefold() for row in conn.execute("SELECT name FROM company")]
        assert any("ø" in name or "æ" in name or "å" in name for name in names)
        keys = [row[0] for row in conn.execute("SELECT search_key FROM company")]
        assert keys and not any("ø" in key or "æ" in key or "å" in key for key in keys)
    finally:
        conn.close()
