"""The search index finds exactly what the LIKE scan before it found, on both backends.

The reference is the search as it was: every folded term must occur in
``company.search_key`` (``LIKE '%term%'`` with ``%``/``_``/``\\`` escaped), checked here in
SQL (the old clause) and in Python (``term in key``); the new :func:`search_filter` (the
FTS5 trigram table on SQLite, the ``pg_trgm`` index on PostgreSQL) must give the same ids,
also after the keys change (update, delete, bulk import) and after an erasure.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, and_, delete, insert, inspect, select, update
from sqlmodel import Session, SQLModel

from canvass.services import Services
from canvass.store import Store, companies, search_index
from canvass.store.audit import Actor
from canvass.store.companies import search_filter, search_terms
from canvass.store.derived import company_search_key, danish_sort_key
from canvass.store.list_admin import create_list_from_search
from canvass.store.models import Company

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
_COMPANY = SQLModel.metadata.tables["company"]

#: (name, city, cvr, phone, zip): Danish letters and their spellings, LIKE's wildcards,
#: quotes, FTS5's own words and signs, one- and two-letter names, digits.
NASTY = [
    ("Ærø Å/S", "Ærøskøbing", "24256790", "75821140", "5970"),
    ("Aabenraa Ål & Æg", "Aabenraa", "11223344", "74621000", "6200"),
    ("Kjær & Søn ApS", "Vejle", "30303030", "20202020", "7100"),
    ("Kjaer og Soen", "Vejen", None, "21212121", "6600"),
    ("100% Rent ApS", "Odense", "12121212", "66112233", "5000"),
    ("Under_score I/S", "Give", None, None, None),
    ("O'Brien's Pub", "Kolding", "13131313", "75501234", "6000"),
    ('Quote "Q" ApS', "Horsens", None, "75601234", None),
    ("NEAR AND OR NOT", "Børkop", None, "75861111", "7080"),
    ("a", None, None, None, None),
    ("ab", "Å", None, None, None),
    ("Café Åen", "Ølstykke", "14141414", "47171717", "3650"),
    ("Back\\slash*Star", "(Paren)", None, "88888888", None),
    ("Vestjysk Træ", "Vestervig", "15151515", "97941234", "7770"),
    ("Østergaards VVS", "Fredericia", "16161616", "79111111", "7000"),
    ("Ve", "Ve", None, "99999999", None),
    ("Søren  Sørensen   Enkeltmands", "Sønderborg", None, None, "6400"),
    ("ÄÖ Müller GmbH", "Tønder", None, "74721234", "6270"),
]

SEARCHES = [
    "", "  ", "v", "ve", "ves", "vest", "vestj", "vestjysk træ", "æ", "ø", "å", "ae", "oe",
    "aa", "aab", "aaa", "ål", "aal", "kjær", "kjaer", "KJÆR", "søn", "soen", "sø", "%",
    "100%", "0%", "_", "r_s", "under_", "%_", "'", "o'b", "o'brien's", '"', '"q"', 'quote "q',
    "near", "and", "or not", "*", "star", "h*s", "(", "(paren)", "\\", "back\\slash", "k\\",
    "a", "ab", "a b", "b a", "ab ab", "x", "æg ål", "1", "12", "121", "2425", "24256790",
    "2425 6790", "+45 75 82 11 40", "0045 7582 1140", "75 82", "5970", "7", "70", "ve ve",
    "vejle søn", "vej", "café", "cafe", "caf", "åen", "aaen", "müller", "muller", "ao",
    "aeoe", "søren sørensen", "soren", "s\x1fv", "ærø å/s", "å/s", "/", "&", "& s",
]  # fmt: skip


def _fill(store: Store) -> list[int]:
    with store.session() as session:
        made = [
            Company(name=name, city=city, cvr=cvr, phone=phone, zip=zip_code)
            for name, city, cvr, phone, zip_code in NASTY
        ]
        session.add_all(made)
        session.flush()
        return [c.id for c in made if c.id is not None]


def _old_clause(search: str) -> object:
    """The clause as it was before the index (LIKE per term, AND-ed)."""
    key = _COMPANY.c.search_key
    patterns = [
        "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for t in search_terms(search)
    ]
    return and_(*(key.like(p, escape="\\") for p in patterns)) if patterns else None


def _ids(session: Session, where: object) -> set[int]:
    query = select(_COMPANY.c.id)
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return set(session.execute(query).scalars())


def _python(session: Session, search: str) -> set[int]:
    terms = search_terms(search)
    rows = session.execute(select(_COMPANY.c.id, _COMPANY.c.search_key)).all()
    return {row_id for row_id, key in rows if all(t in key for t in terms)}


def _assert_same(store: Store) -> None:
    with store.session() as session:
        for search in SEARCHES:
            expected = _python(session, search)
            assert _ids(session, _old_clause(search)) == expected, search
            assert _ids(session, search_filter(search)) == expected, search
            assert companies.count_companies(session, search) == len(expected), search
            rows = companies.company_rows(session, search, 0, 500, NOW)
            assert {r.id for r in rows} == expected, search


def test_the_index_finds_what_the_like_scan_found(store: Store) -> None:
    _fill(store)
    with store.session() as session:  # the searches are not trivial
        assert 2 < len(_python(session, "ve")) < len(NASTY)
        assert _python(session, "kjaer") == _python(session, "kjær") != set()
        assert len(_python(session, "%")) == 1 and len(_python(session, "_")) == 1
        assert _python(session, "2425 6790") == _python(session, "+45 75 82 11 40") != set()
    _assert_same(store)


def test_the_index_follows_every_write(store: Store) -> None:
    ids = _fill(store)
    with store.session() as session:  # the ORM: the listeners set the key, triggers follow
        moved = session.get(Company, ids[0])
        assert moved is not None
        moved.name, moved.city = "Nyt Navn Vestjysk", "Aarhus"
        session.add(moved)
        session.delete(session.get(Company, ids[1]))
    with store.session() as session:  # no ORM: the bulk import writes keys like this
        parts = Company(name="Bulk Vestjylland ApS", city="Lemvig", phone="97821111")
        row = {"name": parts.name, "city": parts.city, "phone": parts.phone}
        row |= {"search_key": company_search_key(parts), "sort_name": danish_sort_key(parts.name)}
        session.execute(insert(_COMPANY), [row | {"created_at": NOW, "updated_at": NOW}])
        changed = Company(name="Kjær & Datter", city="Vejle", phone="20202020")
        session.execute(
            update(_COMPANY)
            .where(_COMPANY.c.id == ids[2])
            .values(name=changed.name, search_key=company_search_key(changed))
        )
        session.execute(delete(_COMPANY).where(_COMPANY.c.id == ids[3]))
        session.execute(update(_COMPANY).values(updated_at=NOW))  # no key: no index work
    with store.session() as session:
        assert _ids(session, search_filter("nyt navn")) == {ids[0]}
        assert _ids(session, search_filter("aabenraa")) == set()
        assert len(_ids(session, search_filter("vestjyl"))) == 1
        assert _ids(session, search_filter("datter")) == {ids[2]}
        assert _ids(session, search_filter("kjaer og")) == set()
    _assert_same(store)


def test_a_list_from_a_search_takes_the_same_companies(store: Store) -> None:
    _fill(store)
    with store.session() as session:
        for search in ("ve", "vest", "kjaer", "100%", "a b"):
            made = create_list_from_search(session, f"L {search}", search)
            assert made.members == len(_python(session, search)), search


def test_erasing_a_sole_proprietorship_leaves_nothing_in_the_index(store: Store) -> None:
    ids = _fill(store)
    name = "Søren  Sørensen   Enkeltmands"
    company_id = ids[[n for n, *_ in NASTY].index(name)]
    services = Services.of(store)
    result, _ = services.privacy.forget(
        Actor("dpo"), company_id=company_id, sole_proprietorship=True
    )
    assert result is not None and result.company_erased
    with store.session() as session:
        assert _ids(session, search_filter("enkeltmands")) == set()
        assert _ids(session, search_filter("sønderborg")) == set()
    _assert_same(store)
    if store.engine.dialect.name != "sqlite":
        return
    # The index's pages hold what an index built afresh from today's keys holds: no
    # trigram of the erased name is left in an older segment (FTS5 deletes lazily).
    with store.engine.connect() as conn:
        kept = _pages(conn)
        conn.exec_driver_sql(
            f"INSERT INTO {search_index.FTS_TABLE}({search_index.FTS_TABLE}) VALUES ('rebuild')"
        )
        conn.exec_driver_sql(search_index.SQLITE_DROP_DELETED)
        assert _pages(conn) == kept
        conn.rollback()


def _pages(conn: Connection) -> list[bytes]:
    """The FTS5 table's leaf pages (its data blocks apart from the bookkeeping rows)."""
    found = conn.exec_driver_sql(f"SELECT block FROM {search_index.FTS_TABLE}_data WHERE id > 10")
    return sorted(found.scalars())


def test_the_row_by_row_check_finds_what_the_like_scan_found(store: Store) -> None:
    """:func:`companies.scan_filter` (what a walk down an ordered index checks on each
    row: ``instr`` on SQLite, ``LIKE`` kept off the trigram index on PostgreSQL) finds
    exactly the companies whose key holds every term, wildcards and quotes as text, and
    so does a search of one- and two-letter terms on SQLite's scan index."""
    _fill(store)
    with store.session() as session:
        for search in SEARCHES:
            expected = _python(session, search)
            assert _ids(session, companies.scan_filter(search)) == expected, search
            assert _ids(session, search_filter(search)) == expected, search
        assert len(_ids(session, companies.scan_filter("%"))) == 1
        assert _ids(session, companies.scan_filter("0%")) == _python(session, "100%") != set()


@pytest.mark.parametrize("term", ["ab", "a", "ø"])
def test_short_terms_are_checked_on_the_rows(store: Store, term: str) -> None:
    """One or two letters have no trigram: a check of each key answers (``instr`` on
    SQLite, with the longer terms' index hits when there are any; ``LIKE`` elsewhere)."""
    _fill(store)
    with store.session() as session:
        alone = _python(session, term)
        assert _ids(session, search_filter(term)) == alone
        assert _ids(session, search_filter(f"{term} vest")) == alone & _python(session, "vest")


def test_sqlite_answers_a_long_term_from_the_index(sqlite_store: Store) -> None:
    """The plan looks the term up in the FTS5 table and reads only those companies by id
    (a Boolean element rendered as ``(…) = 1`` would scan every company instead)."""
    _fill(sqlite_store)
    query = select(_COMPANY.c.id).where(search_filter("vestj"), _COMPANY.c.id >= 0)
    compiled = query.compile(sqlite_store.engine, compile_kwargs={"literal_binds": True})
    assert "= 1" not in str(compiled)
    with sqlite_store.engine.connect() as conn:
        plan = " / ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
    assert "VIRTUAL TABLE" in plan and "SEARCH company USING INTEGER PRIMARY KEY" in plan, plan
    assert "SCAN company " not in f"{plan} ", plan


def test_a_short_search_is_counted_over_the_scan_index_on_sqlite(store: Store) -> None:
    """SQLite counts a search of one- or two-letter terms (the list's count, with the
    skip rules, and the company page's) over ix_company_search_scan, not over every
    company's row; PostgreSQL has no such index (its count keeps off the indexes)."""
    from sqlalchemy import case, func

    from canvass.store import priority
    from canvass.store.call_lists import PriorityQuery
    from canvass.store.priority_rules import rules

    _fill(store)
    q = PriorityQuery(None, "ve", NOW, 1, 14, ("byggeri",))
    skipped = func.sum(case((rules(q).skip.is_not(None), 1), else_=0))
    counts = priority._scope(select(func.count(), skipped).select_from(_COMPANY), q, False)
    every = select(func.count()).select_from(_COMPANY).where(search_filter("ve"))
    with store.engine.connect() as conn:
        names = {i["name"] for i in inspect(conn).get_indexes("company")}
        if conn.dialect.name != "sqlite":
            assert search_index.SCAN_INDEX not in names
            return
        assert search_index.SCAN_INDEX in names
        for query in (counts, every):
            compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
            plan = " / ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert plan == f"SCAN company USING COVERING INDEX {search_index.SCAN_INDEX}", plan
    with store.session() as session:
        assert companies.count_companies(session, "ve") == len(_python(session, "ve"))


def test_a_short_search_walking_the_name_order_gives_the_same_pages(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search of a letter or two that matches many companies walks the name index
    checking each key (at 100,000 companies); here every such search does, and each page
    equals the sorted matches'."""
    _fill(store)
    short = [s for s in SEARCHES if companies.few_letters(s)]
    assert len(short) > 10
    with store.session() as session:
        sorted_pages = {
            s: [companies.company_rows(session, s, o, 3, NOW) for o in (0, 3, 6)] for s in short
        }
        assert not companies.many_match(session, "a", companies.MANY_MATCHES)
        monkeypatch.setattr(companies, "MANY_MATCHES", 1)
        for search in short:
            walked = [companies.company_rows(session, search, o, 3, NOW) for o in (0, 3, 6)]
            assert walked == sorted_pages[search], search
