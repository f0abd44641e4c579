"""A large import builds the company indexes after its rows (canvass.store.bulk_load):
the search finds what it imported, the schema afterwards is the schema before, and an
import that fails half-way leaves the index and the schema as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvass.services import Services
from canvass.store import Store, bulk_load, search_index
from canvass.transfer import ImportProgress, apply_import, read_companies
from canvass.transfer.apply_import import CHUNK_SIZE

from .conftest import CVR


def _list(path: Path, rows: int, first: int = 0) -> Path:
    lines = "".join(
        f"Bulkfirma {i} ApS;{30_000_000 + i};Vejlevej {i};7100;Vejle\r\n"
        for i in range(first, first + rows)
    )
    path.write_text("navn;telefon;adresse;postnr;by\r\n" + lines, encoding="utf-8")
    return path


def _schema(store: Store) -> list[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            query = (
                "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE tablename = 'company'"
            )
        else:
            query = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        return sorted(tuple(row) for row in conn.exec_driver_sql(query))


def _index_is_consistent(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        return
    table = search_index.FTS_TABLE
    with store.engine.connect() as conn:  # raises "database disk image is malformed" if not
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        conn.rollback()


def _count(store: Store, search: str = "") -> int:
    return Services.of(store).companies.count_companies(search)


@pytest.mark.parametrize("deferred_from", [1, 10**9])  # indexes built after, or kept
def test_a_bulk_import_is_found_and_leaves_the_schema_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deferred_from: int
) -> None:
    monkeypatch.setattr(bulk_load, "DEFER_INDEXES_FROM", deferred_from)
    before = _schema(store)
    rows = 2 * CHUNK_SIZE + 7
    summary = apply_import(store, read_companies(_list(tmp_path / "a.csv", rows)), "Alle")
    assert (summary.new, summary.list_added) == (rows, rows)
    assert _schema(store) == before
    _index_is_consistent(store)
    assert _count(store) == rows
    assert _count(store, "bulkfirma") == rows
    assert _count(store, f"bulkfirma {rows - 1} aps") == 1  # the last chunk's last
    assert _count(store, "30 00 09 00") == 1
    # A second import into the now larger table keeps the indexes and finds the new ones.
    more = apply_import(store, read_companies(_list(tmp_path / "b.csv", 20, first=rows)))
    assert more.new == 20 and _count(store, "bulkfirma") == rows + 20
    _index_is_consistent(store)


def test_a_company_added_and_updated_by_one_import_is_indexed_right(
    store: Store, tmp_path: Path
) -> None:
    """Row 1 adds a company without a CVR; a row in a later chunk has the same phone and
    name with a CVR and so updates that new company (its key changes) in the same import."""
    filler = "".join(f"Fyld {i};{40_000_000 + i}\n" for i in range(CHUNK_SIZE + 5))
    text = "Navn;Telefon;CVR\nHansen ApS;75821140;\n" + filler.replace("\n", ";\n")
    text += f"Hansen ApS;75821140;{CVR[0]}\n"
    path = tmp_path / "a.csv"
    path.write_text(text, encoding="utf-8")
    summary = apply_import(store, read_companies(path))
    assert (summary.new, summary.updated) == (CHUNK_SIZE + 6, 1)
    _index_is_consistent(store)
    assert _count(store, CVR[0]) == 1 and _count(store, "hansen aps") == 1


class _Stop(Exception):
    pass


def test_an_import_that_fails_half_way_leaves_index_and_schema_as_they_were(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_load, "DEFER_INDEXES_FROM", 1)
    apply_import(store, read_companies(_list(tmp_path / "a.csv", 10)))
    before = _schema(store)

    def stop_in_the_second_chunk(step: ImportProgress) -> None:
        if step.phase == "write" and step.rows > CHUNK_SIZE:
            raise _Stop

    plan = read_companies(_list(tmp_path / "b.csv", 3 * CHUNK_SIZE, first=100))
    with pytest.raises(_Stop):
        apply_import(store, plan, progress=stop_in_the_second_chunk)
    assert _schema(store) == before
    _index_is_consistent(store)
    assert _count(store) == 10 and _count(store, "bulkfirma") == 10
    # The store still imports, and the trigger back in place indexes an ORM-free insert.
    assert apply_import(store, read_companies(_list(tmp_path / "c.csv", 3, first=50))).new == 3
    assert _count(store, "bulkfirma 51") == 1
    _index_is_consistent(store)
