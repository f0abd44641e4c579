"""The first page's recipe (canvass.store.first_recipe): the statements the list's first
page was read with, run again without SQLAlchemy at another moment, read exactly the page
and counts the store reads then; a kept page that no longer holds is read again with it;
it is not used by other code, on another schema revision or for another consultant."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from canvass.services import Services, Store
from canvass.services import kept_page as kept
from canvass.store import first_recipe
from canvass.store.demo import fill_demo

NOW = datetime.fromisoformat("2026-11-23T09:00:00+00:00")
VIEW = kept.View(consultant="AB", list_id=None, by_name=False, show_skipped=False, recent_days=14)
SEGMENTS = ("byggeri", "handel")
#: Moments to read the page at: a minute on, across a callback coming due, the evening
#: before midnight, after midnight, a quiet period later, and before the kept one.
MOMENTS = (
    timedelta(minutes=1),
    timedelta(hours=3),
    timedelta(hours=13, minutes=59),
    timedelta(hours=14, minutes=1),
    timedelta(days=15),
    timedelta(days=-20),
)


@pytest.fixture
def demo(db_url: str) -> Services:
    store = Store.open(db_url)
    fill_demo(store, today=date(2026, 11, 23))
    return Services.of(store)


def consultant_id(services: Services) -> int:
    return services.consultants.ensure_consultant("AB", "Anne Bech").id


def page(services: Services, now: datetime, **view: object) -> kept.FirstScreen:
    args = {"list_id": None, "recent_days": 14, "segments": SEGMENTS, "limit": 40, **view}
    found = services.lists.first_page(
        now=now, consultant_id=consultant_id(services), proof=True, consultant="AB", **args
    )
    assert found.proof is not None
    return kept.FirstScreen(
        VIEW, found.proof, found.counts, tuple(found.rows), "Alle", recipe=found.recipe
    )


def sqlite_only(services: Services) -> Path:
    file = services.store.target.file
    if file is None:
        pytest.skip("a recipe is read from a SQLite file")
    return file


def read_file(database: Path, recipe: first_recipe.Recipe, now: datetime) -> tuple[object, ...]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:

        def execute(sql: str, params: object) -> list[tuple[object, ...]]:
            return connection.execute(sql, tuple(params)).fetchall()  # type: ignore[arg-type]

        assert first_recipe.still_applies(recipe, execute)
        return first_recipe.read(recipe, execute, now)
    finally:
        connection.close()


@pytest.mark.parametrize("later", MOMENTS, ids=str)
def test_the_recipe_reads_the_page_the_store_reads_at_another_moment(
    demo: Services, later: timedelta
) -> None:
    database = sqlite_only(demo)
    recipe = page(demo, NOW).recipe
    assert recipe is not None
    real = page(demo, NOW + later)
    counts, rows = read_file(database, recipe, NOW + later)
    assert counts == real.counts
    assert tuple(rows) == real.rows


def test_the_recipe_follows_changes_to_the_data(demo: Services) -> None:
    database = sqlite_only(demo)
    screen = page(demo, NOW)
    assert screen.recipe is not None
    top, last = screen.rows[0].id, screen.rows[-1].id
    with demo.store.engine.begin() as connection:  # a colleague settles the first callback
        change = "UPDATE company SET {} WHERE id = ?"
        connection.exec_driver_sql(change.format("next_callback_at = NULL"), (top,))
        connection.exec_driver_sql(change.format("phone = '70000000'"), (last,))
    counts, rows = read_file(database, screen.recipe, NOW)
    real = page(demo, NOW)
    assert (counts, tuple(rows)) == (real.counts, real.rows)
    assert rows[0].id != top and any(row.phone == "70000000" for row in rows)


def test_a_kept_page_that_no_longer_holds_is_read_again_with_its_recipe(
    demo: Services, tmp_path: Path
) -> None:
    database = sqlite_only(demo)
    screen = page(demo, NOW)
    path = kept.file_for(tmp_path, database, "AB")
    kept.save(path, screen)
    held = kept.load(path, database, VIEW, NOW + timedelta(minutes=1))
    assert held is not None and not held.fresh and held.rows == screen.rows
    after_midnight = NOW + timedelta(days=1)  # the proof ends at midnight
    again = kept.load(path, database, VIEW, after_midnight)
    assert again is not None and again.fresh
    assert again.rows == page(demo, after_midnight).rows
    assert path.exists()  # the recipe still holds: the file stays


@pytest.mark.parametrize("damage", ["stamp", "revision", "consultant_id", "write"])
def test_a_recipe_of_other_code_schema_or_consultant_is_not_used(
    demo: Services, tmp_path: Path, damage: str
) -> None:
    database = sqlite_only(demo)
    screen = page(demo, NOW)
    path = kept.file_for(tmp_path, database, "AB")
    kept.save(path, screen)
    data = json.loads(path.read_text(encoding="utf-8"))
    if damage == "write":
        data["recipe"]["count"]["sql"] = "DELETE FROM company"
    else:
        data["recipe"][damage] = {"stamp": "other", "revision": "0001", "consultant_id": 999}[
            damage
        ]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert kept.load(path, database, VIEW, NOW + timedelta(days=1)) is None
    assert not path.exists()
    with Store.open(database) as store:
        assert store.engine.connect().exec_driver_sql("SELECT count(*) FROM company").scalar()


@pytest.mark.parametrize(
    "view", [{"by_name": True}, {"include_skipped": True}, {"list_id": "small"}], ids=str
)
def test_only_the_plain_walked_view_has_a_recipe(demo: Services, view: dict[str, object]) -> None:
    sqlite_only(demo)
    if view.get("list_id") == "small":  # a named list of a few: sorted, not walked
        view = {"list_id": demo.lists.create_list_from_segment("Byg", "byggeri").id}
    assert page(demo, NOW, **view).recipe is None


def test_there_is_no_recipe_on_postgresql(demo: Services) -> None:
    if demo.store.target.file is not None:
        pytest.skip("PostgreSQL only")
    found = demo.lists.first_page(
        list_id=None, now=NOW, consultant_id=consultant_id(demo), recent_days=14,
        segments=SEGMENTS, proof=True, consultant="AB",
    )  # fmt: skip
    assert found.proof is None and found.recipe is None


def test_the_recipe_marks_every_moment_as_the_clocks(demo: Services) -> None:
    sqlite_only(demo)
    recipe = page(demo, NOW).recipe
    assert recipe is not None
    kinds = {c for s in (recipe.count, *(w for _, w in recipe.groups)) for _, c in s.clock}
    assert ("now", 0.0) in kinds and ("end", 0.0) in kinds
    assert ("now", -timedelta(days=14).total_seconds()) in kinds
    later = replace(recipe.count).bind(NOW + timedelta(days=2))
    assert first_recipe.driver_time(NOW + timedelta(days=2)) in later
