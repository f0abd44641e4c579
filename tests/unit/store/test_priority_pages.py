"""Keyset pages of the prioritised list: a cursor continues where the last page ended."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from canvass.services import Services
from canvass.store import Store, priority
from canvass.store.models import Callback, CallListMember, Company, Consultant

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        with opened.session() as session:
            session.add(Consultant(initials="AB", name="Anne Bech"))
        yield opened


def add(store: Store, name: str, due: datetime | None = None, **fields: object) -> int:
    with store.session() as session:
        company = Company(name=name, **fields)
        session.add(company)
        session.flush()
        assert company.id is not None
        if due is not None:
            session.add(Callback(company_id=company.id, consultant_id=1, due_at=due))
        return company.id


def walk(store: Store, size: int, **changes: object) -> list[list[str]]:
    """Every page's names, following the cursors until there is none."""
    lists = Services.of(store).lists
    args: dict[str, object] = {"list_id": None, "now": NOW, "consultant_id": 1}
    args |= {"recent_days": 14, "limit": size} | changes
    pages, after = [], None
    while True:
        rows, after = lists.prioritised_page(after=after, **args)  # type: ignore[arg-type]
        pages.append([r.name for r in rows])
        if after is None:
            return pages


def test_cursors_walk_every_group_without_gaps_or_repeats(store: Store) -> None:
    add(store, "Overdue B", NOW - timedelta(hours=2))
    add(store, "Overdue A", NOW - timedelta(hours=2))  # same due time: by name
    add(store, "Due Today", NOW + timedelta(hours=3))
    add(store, "Key", key_account=True)
    add(store, "Skipped Key", key_account=True, do_not_call=True)
    for name in ("Rest 1", "Rest 2", "Rest 3"):
        add(store, name)
    whole = ["Overdue A", "Overdue B", "Due Today", "Key", "Rest 1", "Rest 2", "Rest 3"]
    assert walk(store, 100) == [whole]
    assert walk(store, 2) == [whole[0:2], whole[2:4], whole[4:6], whole[6:]]
    # A page that ends exactly at the end still has a cursor; the next one is empty.
    assert walk(store, 7) == [whole, []]
    assert walk(store, 3, include_skipped=True)[-1] == ["Rest 3", "Skipped Key"]
    assert [n for page in walk(store, 3, by_name=True) for n in page] == sorted(whole)


def test_a_company_added_before_the_cursor_does_not_shift_the_next_page(store: Store) -> None:
    for name in ("Bager", "Cykel", "Dæk", "Elektro"):
        add(store, name)
    lists = Services.of(store).lists
    args = {"list_id": None, "now": NOW, "consultant_id": 1, "recent_days": 14}
    first, after = lists.prioritised_page(limit=2, **args)  # type: ignore[arg-type]
    add(store, "Anker")  # sorts first: OFFSET 2 would show "Cykel" twice
    second, _ = lists.prioritised_page(after=after, limit=2, **args)  # type: ignore[arg-type]
    assert [r.name for r in first + second] == ["Bager", "Cykel", "Dæk", "Elektro"]


def test_a_small_list_and_a_large_list_page_alike(store: Store) -> None:
    """Lists up to a few thousand companies are sorted whole, longer ones walk the
    indexes: both orders and cursors agree (the threshold is lowered to compare)."""
    ids = [add(store, f"Firma {i:02d}", key_account=i % 4 == 0) for i in range(12)]
    list_id = Services.of(store).lists.create_call_list("Kampagne")
    with store.session() as session:
        for company_id in ids[::2]:
            session.add(CallListMember(list_id=list_id, company_id=company_id))
    small = walk(store, 4, list_id=list_id)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(priority, "_SMALL_LIST", 1)
        assert walk(store, 4, list_id=list_id) == small
    assert small == [
        ["Firma 00", "Firma 04", "Firma 08", "Firma 02"],
        ["Firma 06", "Firma 10"],
    ]
