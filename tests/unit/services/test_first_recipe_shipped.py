"""The first page's recipe shipped with canvass (canvass.store.first_recipe_shipped): its
templates, filled in for a consultant, segments and a quiet period, are exactly the
statements the store records for them; read on a database at the first start ever they
give the page the store reads; and they are not used where they do not hold (other code,
another schema revision, other scripts, unknown initials, another view)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from canvass.services import Services, Store
from canvass.services import kept_page as kept
from canvass.store import first_recipe_ship as ship
from canvass.store import first_recipe_shipped as shipped
from canvass.store.demo import fill_demo
from canvass.store.first_recipe import Statement

NOW = datetime.fromisoformat("2026-11-23T09:00:00+00:00")
VIEW = kept.View(consultant="AB", list_id=None, by_name=False, show_skipped=False, recent_days=14)
SCRIPTS = ship.shipped_scripts()


@pytest.fixture
def demo(db_url: str) -> Services:
    store = Store.open(db_url)
    fill_demo(store, today=date(2026, 11, 23))
    return Services.of(store)


def sqlite_file(services: Services) -> Path:
    file = services.store.target.file
    if file is None:
        pytest.skip("the shipped recipe is read from a SQLite file")
    return file


def me(services: Services) -> int:
    return services.consultants.ensure_consultant("AB", "Anne Bech").id


def as_run(statement: Statement, ids_at: int | None = None) -> tuple[object, ...]:
    """What the driver is given at some moment (but the page's ids), and which parameters
    the clock gives."""
    params = statement.bind(NOW + timedelta(days=3))
    if ids_at is not None:
        params[ids_at] = None
    return statement.sql, statement.clock, tuple(params)


def shipped_file() -> dict[str, object]:
    return json.loads(shipped.SHIPPED.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_shipped_file_is_what_the_code_makes_now() -> None:
    assert ship.generate() == shipped_file(), (
        "first_recipe_shipped.json is out of date: run python -m canvass.store.first_recipe_ship"
    )


@pytest.mark.parametrize(
    ("segments", "days"),
    [
        ((), 14),
        (("byggeri",), 14),
        (("Byggeri", "handel"), 30),
        (("industri", "Transport og logistik", "handel", "sundhed og omsorg", "x"), 7),
    ],
    ids=["none", "one", "two", "five"],
)
def test_filled_in_the_templates_are_the_statements_the_store_records(
    demo: Services, segments: tuple[str, ...], days: int
) -> None:
    sqlite_file(demo)
    consultant = me(demo)
    recorded = demo.lists.first_page(
        list_id=None, limit=ship.LIMIT, now=NOW + timedelta(hours=2), consultant_id=consultant,
        recent_days=days, segments=segments, proof=True, consultant="AB",
    ).recipe  # fmt: skip
    assert recorded is not None
    filled = shipped.instantiate(shipped_file(), "AB", consultant, segments, days)
    assert filled.revision == recorded.revision and filled.limit == recorded.limit
    assert as_run(filled.count) == as_run(recorded.count)
    assert [(r, as_run(s)) for r, s in filled.groups] == [
        (r, as_run(s)) for r, s in recorded.groups
    ]
    assert filled.ids_at == recorded.ids_at
    assert as_run(filled.details, filled.ids_at) == as_run(recorded.details, recorded.ids_at)


@pytest.mark.parametrize("later", [timedelta(0), timedelta(hours=3), timedelta(days=15)], ids=str)
def test_at_the_first_start_the_shipped_recipe_reads_the_page_the_store_reads(
    demo: Services, later: timedelta
) -> None:
    database = sqlite_file(demo)
    consultant = me(demo)
    screen = kept.load_shipped(database, VIEW, NOW + later, SCRIPTS)
    assert screen is not None and screen.fresh
    assert screen.segments == ship.target_segments(SCRIPTS)
    real = demo.lists.first_page(
        list_id=None, limit=ship.LIMIT, now=NOW + later, consultant_id=consultant,
        recent_days=14, segments=screen.segments,
    )  # fmt: skip
    assert screen.counts == real.counts
    assert list(screen.rows) == real.rows
    assert len(screen.rows) > 20


def test_it_is_not_used_for_unknown_initials_or_another_view(demo: Services) -> None:
    database = sqlite_file(demo)
    me(demo)
    stranger = kept.View("ZQ", None, False, False, 14)
    assert kept.load_shipped(database, stranger, NOW, SCRIPTS) is None
    for other in (
        kept.View("AB", 1, False, False, 14),  # a chosen list
        kept.View("AB", None, True, False, 14),  # alphabetical
        kept.View("AB", None, False, True, 14),  # with the skipped ones
    ):
        assert kept.load_shipped(database, other, NOW, SCRIPTS) is None
    assert kept.load_shipped(database, VIEW, NOW, SCRIPTS) is not None


def test_it_is_not_used_with_other_scripts(demo: Services, tmp_path: Path) -> None:
    database = sqlite_file(demo)
    me(demo)
    scripts = tmp_path / "scripts"
    shutil.copytree(SCRIPTS, scripts)
    assert kept.load_shipped(database, VIEW, NOW, scripts) is not None  # the same bytes
    first = sorted(scripts.glob("*.yaml"))[0]
    first.write_bytes(first.read_bytes() + b"# a trainer's change\n")
    assert kept.load_shipped(database, VIEW, NOW, scripts) is None
    shutil.rmtree(scripts)
    shutil.copytree(SCRIPTS, scripts)
    (scripts / ".published").mkdir()  # a folder that publishes: its versions decide
    assert kept.load_shipped(database, VIEW, NOW, scripts) is None


def test_it_is_not_used_on_another_schema_revision(demo: Services) -> None:
    database = sqlite_file(demo)
    me(demo)
    demo.store.close()
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    connection.close()
    assert kept.load_shipped(database, VIEW, NOW, SCRIPTS) is None


def test_it_is_not_used_by_other_code(demo: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    database = sqlite_file(demo)
    me(demo)
    assert kept.load_shipped(database, VIEW, NOW, SCRIPTS) is not None
    monkeypatch.setattr(shipped, "SHAPERS", (*shipped.SHAPERS, "first_screen.py"))
    assert kept.load_shipped(database, VIEW, NOW, SCRIPTS) is None


def test_a_damaged_shipped_file_means_no_page(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = sqlite_file(demo)
    me(demo)
    damaged = tmp_path / "shipped.json"
    texts = ("{", "[]", json.dumps({**shipped_file(), "with_segments": {}}))
    monkeypatch.setattr(shipped, "SHIPPED", damaged)
    for text in texts:
        damaged.write_text(text, encoding="utf-8")
        assert kept.load_shipped(database, VIEW, NOW, SCRIPTS) is None
