"""The prioritised list answers exactly as before issue 10, on a fixed 10k-company database.

``priority_reference`` holds the old query (four tables grouped per page, OFFSET paging);
``priority_data`` seeds the same database every time. For many combinations of list,
search, skipped shown or not, alphabetical or prioritised, segments, quiet period and
``now`` (around Copenhagen midnight too), the store's order — read page by page as the
call list reads it — its skip reasons and its counts must equal the reference's, on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from canvass.store import Store, priority
from canvass.store import call_lists as lists
from canvass.store.call_lists import PriorityQuery
from tests.backends import BACKENDS, database_url
from tests.unit.store.priority_data import NOW, PriorityData, seed_priority_database
from tests.unit.store.priority_reference import reference_counts, reference_order, reference_rows

#: The moments asked about: mid-morning, the last second of the Danish day, its first
#: second (23:00 UTC), 01:00 Copenhagen (00:00 UTC), and three days later.
NOWS = (
    NOW,
    NOW + timedelta(hours=14) - timedelta(seconds=1),
    NOW + timedelta(hours=14),
    NOW - timedelta(hours=9),
    NOW + timedelta(days=3),
)
SEARCHES = ("", "", "hansen", "vejle", "tømrer kolding", "24", "zzz-nothing")
SEGMENTS: tuple[tuple[str, ...], ...] = ((), ("byggeri",), ("byggeri", "handel", "industri"))
PAGE = 997  # an odd page size, so pages end inside groups and on their edges


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, PriorityData]]:
    folder: Path = tmp_path_factory.mktemp("priority")
    with database_url(str(request.param), folder / "data") as url:
        store = Store.open(url)
        try:
            data = seed_priority_database(store)
            with store.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
            yield store, data
        finally:
            store.close()


def _cases(data: PriorityData) -> list[PriorityQuery]:
    """Every ``now`` with the defaults, then a fixed random sample of the combinations."""
    lists_ = (None, None, data.big_list, data.small_list, data.empty_list)
    cases = [PriorityQuery(None, "", now, 1, 14, SEGMENTS[2]) for now in NOWS]
    cases += [PriorityQuery(None, "", NOW, 1, 14, SEGMENTS[2], True, by) for by in (False, True)]
    rng = random.Random(7)
    for _ in range(34):
        cases.append(
            PriorityQuery(
                list_id=rng.choice(lists_),
                search=rng.choice(SEARCHES),
                now=rng.choice(NOWS),
                consultant_id=rng.choice((1, 2, None)),
                recent_days=rng.choice((0, 14, 30)),
                segments=rng.choice(SEGMENTS),
                include_skipped=rng.random() < 0.5,
                by_name=rng.random() < 0.3,
            )
        )
    return cases


def _walk(session: Session, q: PriorityQuery) -> list[tuple[Any, ...]]:
    """The whole list as the screen reads it: page after page, each after the last one's cursor."""
    out: list[tuple[Any, ...]] = []
    after: priority.PageCursor | None = None
    while True:
        page, after = priority.prioritised_page(session, q, after, PAGE)
        out += [(r.id, r.priority, r.skip_reason, r.last_reached_at) for r in page]
        if after is None:
            return out


def _label(q: PriorityQuery) -> str:
    return (
        f"list={q.list_id} search={q.search!r} now={q.now.isoformat()} days={q.recent_days} "
        f"segments={q.segments} skipped={q.include_skipped} by_name={q.by_name}"
    )


def test_order_skip_reasons_and_counts_match_the_reference(
    seeded: tuple[Store, PriorityData],
) -> None:
    store, data = seeded
    with store.session() as session:
        for q in _cases(data):
            expected = reference_order(session, q)
            assert _walk(session, q) == expected, _label(q)
            assert priority.count_prioritised(session, q) == reference_counts(session, q), _label(q)


def test_the_database_exercises_every_group_and_skip_reason(
    seeded: tuple[Store, PriorityData],
) -> None:
    """A guard on the fixture: the comparison means little if a group is never hit."""
    store, _ = seeded
    with store.session() as session:
        q = PriorityQuery(None, "", NOW, 1, 14, SEGMENTS[2], include_skipped=True)
        seen = {(priority, skip) for _, priority, skip, _ in reference_order(session, q)}
    assert {p for p, _ in seen} == {p.value for p in lists.Priority}
    assert {s for _, s in seen} == {None} | {s.value for s in lists.SkipReason}
    assert {(p, s) for p, s in seen if p in ("overdue", "due") and s is not None} >= {
        ("overdue", "ad_protected"),
        ("overdue", "meeting"),
    }


@pytest.mark.parametrize("now", NOWS[:3], ids=["morning", "last-second", "midnight"])
def test_pages_carry_the_same_details_as_before(
    seeded: tuple[Store, PriorityData], now: datetime
) -> None:
    """Whole rows (company details, claims by others, last reached call), two pages deep."""
    store, data = seeded
    with store.session() as session:
        for list_id in (None, data.big_list):
            q = PriorityQuery(list_id, "", now, 1, 14, SEGMENTS[1], include_skipped=True)
            for offset in (0, 60):
                new = priority.prioritised_rows(session, q, offset, 60)
                assert new == reference_rows(session, q, offset, 60), _label(q)


#: One- and two-letter searches: most match so many companies that the page walks the
#: groups' indexes checking each key; "zq" matches none (sorted, after a full scan).
SHORT_SEARCHES = ("a", "e", "ve", "24", "a s", "zq")


@pytest.mark.parametrize("search", SHORT_SEARCHES)
def test_short_searches_match_the_reference(
    seeded: tuple[Store, PriorityData], search: str
) -> None:
    """Pages as the call list reads them while searching (skipped shown) and not, in
    priority and in name order, on the whole list and a big named list."""
    store, data = seeded
    with store.session() as session:
        for list_id in (None, data.big_list):
            for skipped, by_name in ((True, False), (False, False), (True, True)):
                q = PriorityQuery(list_id, search, NOW, 1, 14, SEGMENTS[2], skipped, by_name)
                assert _walk(session, q) == reference_order(session, q), _label(q)
                counts = priority.count_prioritised(session, q)
                assert counts == reference_counts(session, q), _label(q)


def test_a_short_search_that_matches_many_walks_the_indexes(
    seeded: tuple[Store, PriorityData],
) -> None:
    """A guard on the test above: "e" and "24" take the walk (as the list without a
    search does), "zq" and "hansen" do not."""
    store, _ = seeded
    with store.session() as session:
        walks = {
            search: priority._walks(session, PriorityQuery(None, search, NOW, 1, 14, ()))
            for search in ("", "e", "24", "zq", "hansen")
        }
    assert walks == {"": True, "e": True, "24": True, "zq": False, "hansen": False}


def test_a_search_page_counts_like_the_count_in_the_same_pass(
    seeded: tuple[Store, PriorityData],
) -> None:
    """The first page of a search that sorts its matches brings the counts along (one
    pass over the matches): they equal :func:`count_prioritised` and the reference; a
    search that walks the indexes (one that matches many, of a letter or two) brings
    none, and the call list asks for them."""
    store, data = seeded
    brought: set[tuple[int | None, str]] = set()
    with store.session() as session:
        for list_id in (None, data.big_list, data.small_list, data.empty_list):
            for search in (*SEARCHES[2:], *SHORT_SEARCHES):
                for by_name in (False, True):
                    q = PriorityQuery(list_id, search, NOW, 1, 14, SEGMENTS[2], True, by_name)
                    rows, _, counts = priority.prioritised_page_counted(session, q, None, PAGE)
                    assert [r.id for r in rows] == [r[0] for r in reference_order(session, q)][
                        :PAGE
                    ], _label(q)
                    if counts is not None:
                        brought.add((list_id, search))
                        assert counts == reference_counts(session, q), _label(q)
                        assert counts == priority.count_prioritised(session, q), _label(q)
                    else:
                        assert priority._walks(session, q), _label(q)
    assert {
        (None, s) for s in ("hansen", "vejle", "tømrer kolding", "zzz-nothing", "zq")
    } <= brought
    assert (None, "e") not in brought and (data.small_list, "e") in brought
