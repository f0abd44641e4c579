"""The call list's first page and its kept copy (canvass.store.first_screen): the same rows
as the paged reads on both backends; on SQLite a kept page holds exactly as long as the
same statements return the same rows and the clock has crossed nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from canvass.services import Services, Store
from canvass.services import kept_page as kept
from canvass.store.demo import fill_demo

NOW = datetime.fromisoformat("2026-11-23T09:00:00+00:00")
VIEW = kept.View(consultant="AB", list_id=None, by_name=False, show_skipped=False, recent_days=14)


@pytest.fixture
def demo(db_url: str) -> Services:
    store = Store.open(db_url)
    fill_demo(store, today=date(2026, 11, 23))
    return Services.of(store)


def first(services: Services, *, proof: bool = True, now: datetime = NOW) -> kept.FirstScreen:
    page = services.lists.first_page(
        list_id=None, now=now, consultant_id=None, recent_days=14, limit=50, proof=proof
    )
    assert page.proof is not None
    return kept.FirstScreen(VIEW, page.proof, page.counts, tuple(page.rows), "Alle")


def test_the_first_page_is_the_paged_read_and_its_count(demo: Services) -> None:
    args = {"list_id": None, "now": NOW, "consultant_id": None, "recent_days": 14}
    page = demo.lists.first_page(**args, limit=50, proof=True)
    rows, cursor = demo.lists.prioritised_page(**args, limit=50)
    assert page.rows == rows and page.cursor == cursor
    assert page.counts == demo.lists.count_prioritised(**args)
    if demo.store.target.file is None:  # PostgreSQL: nothing to replay on a file
        assert page.proof is None
    else:
        assert page.proof is not None and page.proof.statements


def sqlite_only(services: Services) -> Path:
    file = services.store.target.file
    if file is None:
        pytest.skip("a kept page is replayed on a SQLite file")
    return file


def test_a_kept_page_comes_back_while_nothing_changed(demo: Services, tmp_path: Path) -> None:
    database = sqlite_only(demo)
    screen = first(demo)
    path = kept.file_for(tmp_path, database, "AB")
    kept.save(path, screen)
    assert path.stat().st_mode & 0o777 == 0o600  # company names and numbers: private
    back = kept.load(path, database, VIEW, NOW + timedelta(minutes=1))
    assert back is not None
    assert back.rows == screen.rows and back.counts == screen.counts


def test_a_change_to_any_row_read_drops_the_kept_page(demo: Services, tmp_path: Path) -> None:
    database = sqlite_only(demo)
    screen = first(demo)
    path = kept.file_for(tmp_path, database, "AB")
    kept.save(path, screen)
    last = screen.rows[-1].id  # even the last row of the page counts
    with demo.store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE company SET phone = '70000000' WHERE id = ?", (last,))
    assert kept.load(path, database, VIEW, NOW) is None
    assert not path.exists()  # what no longer holds is not kept


def test_the_clock_and_the_view_decide_too(demo: Services, tmp_path: Path) -> None:
    database = sqlite_only(demo)
    screen = first(demo)
    path = kept.file_for(tmp_path, database, "AB")
    until = screen.proof.valid_until
    assert NOW < until <= datetime.fromisoformat("2026-11-23T23:00:00+00:00")  # midnight
    kept.save(path, screen)
    assert kept.load(path, database, replace(VIEW, by_name=True), NOW) is None
    kept.save(path, screen)
    assert kept.load(path, database, VIEW, until) is None
    kept.save(path, screen)
    assert kept.load(path, database, VIEW, until - timedelta(seconds=1)) is not None


def test_the_next_callback_due_ends_the_kept_page(demo: Services) -> None:
    sqlite_only(demo)
    with demo.store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE company SET next_callback_at = '2026-11-23 09:30:00.000000' WHERE id = 1"
        )
    screen = first(demo)
    assert screen.proof.valid_until == datetime.fromisoformat("2026-11-23T09:30:00+00:00")


@pytest.mark.parametrize(
    "content", [b"", b"{", b'{"format": 1}', b"\xff\xfe", b'{"format": 1, "view": 3}', b"[]"]
)
def test_a_damaged_file_is_no_kept_page(demo: Services, tmp_path: Path, content: bytes) -> None:
    database = sqlite_only(demo)
    path = kept.file_for(tmp_path, database, "AB")
    path.write_bytes(content)
    assert kept.load(path, database, VIEW, NOW) is None


def test_forget_removes_every_kept_page(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"first-screen-{name}.json").write_text("{}")
    (tmp_path / "other.json").write_text("{}")
    assert kept.forget_all(tmp_path) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["other.json"]
    assert kept.forget_all(tmp_path / "missing") == 0


def test_only_reads_are_replayed(demo: Services, tmp_path: Path) -> None:
    database = sqlite_only(demo)
    screen = first(demo)
    bad = replace(screen.proof, statements=(("DELETE FROM company", ()),))
    path = kept.file_for(tmp_path, database, "AB")
    kept.save(path, replace(screen, proof=bad))
    assert kept.load(path, database, VIEW, NOW) is None
    with Store.open(database) as store:
        assert store.engine.connect().exec_driver_sql("SELECT count(*) FROM company").scalar()


def test_the_digest_takes_each_statements_rows_as_a_set() -> None:
    """A query without ORDER BY (the page's details by id) may come back in another order
    once SQLite's planner knows more; the same rows must still prove the same page."""
    rows = [(1, "Hansen ApS"), (2, "Jensen A/S")]
    assert kept.digest([rows, [(3,)]]) == kept.digest([list(reversed(rows)), [(3,)]])
    assert kept.digest([rows, [(3,)]]) != kept.digest([rows, [(4,)]])
    assert kept.digest([rows, [(3,)]]) != kept.digest([rows[:1], [rows[1], (3,)]])
