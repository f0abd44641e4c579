"""The prioritised order, read from each company's derived call state, paged by keyset.

The rules are described in :mod:`canvass.store.call_lists` and written as SQL in
:mod:`canvass.store.priority_rules`. Everything here reads only ``company`` (plus
``call_list_member`` for a named list, and the search filter): the derived columns
``next_callback_at``, ``last_call_at``, ``last_reached_at``, ``meeting_until``,
``ad_override`` and ``recent_override_at`` are kept right by every write
(:mod:`canvass.store.call_state`).

A page is read group by group (overdue, due, key accounts, new in segment, rest — and,
when the skipped ones are shown, the same five again for them): one small query per
group, each walking an index in the group's order from the cursor and stopping after
what the page still lacks (LIMIT), so the 1st and the 90,000th row cost the same, and
the groups after a full page are not read at all. A search ranks and sorts its matches
in one pass instead (found through the search index) — except a search of only one- or
two-letter terms that matches many companies: the index cannot answer it, a sort would
read every company, and walking the groups with each row's key checked finds a page
after a few hundred rows. The first page of a search that sorts brings its counts along
(:func:`prioritised_page_counted`: one aggregate over the rows it ranked anyway),
so a keystroke reads its matches once, not once for the page and again for the count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
)
from sqlmodel import Session, SQLModel

from canvass.store.call_lists import (
    PageCursor,
    Priority,
    PriorityCounts,
    PriorityQuery,
    PriorityRow,
)
from canvass.store.companies import (
    MANY_MATCHES,
    few_letters,
    many_match,
    scan_filter,
    search_filter,
    search_terms,
)
from canvass.store.priority_details import with_details
from canvass.store.priority_rules import (
    BY_DUE,
    Rules,
    after_in_group,
    columns,
    listed_in_group,
    rules,
    skip_in_group,
    skip_ranges,
)

_T = SQLModel.metadata.tables
_COMPANY, _MEMBER = _T["company"], _T["call_list_member"]
_RANKS = tuple(Priority)
_NEW = _RANKS.index(Priority.NEW_IN_SEGMENT)
#: Lists up to this size are ranked and sorted whole; longer ones walk the indexes.
_SMALL_LIST = 5000


def _scope(query: Select[Any], q: PriorityQuery, walk: bool) -> Select[Any]:
    """Only the list's members and the search's matches. ``walk``: the query walks a
    company index, asking of each company whether it is on the list (a join would let
    the planner start from the members and sort them all) and whether its key has the
    terms (the search index would be read whole for every group)."""
    member = and_(_MEMBER.c.company_id == _COMPANY.c.id, _MEMBER.c.list_id == q.list_id)
    if q.list_id is not None:
        query = query.where(exists().where(member)) if walk else query.join(_MEMBER, member)
    where = (scan_filter if walk else search_filter)(q.search)
    return query if where is None else query.where(where)


def _small_list(session: Session, q: PriorityQuery) -> bool:
    if q.list_id is None:
        return False
    members = select(_MEMBER.c.company_id).where(_MEMBER.c.list_id == q.list_id)
    few = select(func.count()).select_from(members.limit(_SMALL_LIST + 1).subquery())
    return int(session.execute(few).scalar_one()) <= _SMALL_LIST


def _walks(session: Session, q: PriorityQuery) -> bool:
    """Walk the indexes (True), or sort the matches: a small list's, or a search's that
    matches few companies."""
    if _small_list(session, q):
        return False
    if not search_terms(q.search):  # (building the search's clause costs ~1 ms: only once)
        return True
    return few_letters(q.search) and many_match(session, q.search, MANY_MATCHES)


def _walked(session: Session, q: PriorityQuery, after: PageCursor | None, limit: int) -> list[Any]:
    """The page group by group, in the list's order: one small index walk per group,
    each asked only for what the page still lacks; the groups after a full page are not
    read (the skipped ones, when shown, come after every listed company)."""
    rule = rules(q)
    page: list[Any] = []
    for skipped in (False, True) if q.include_skipped else (False,):
        for rank in range(len(_RANKS)):
            part = walk_group(q, skipped, rank, after, limit - len(page), rule)
            if part is None:
                continue
            page += session.execute(part).all()
            if len(page) >= limit:
                return page
    return page


def walk_group(
    q: PriorityQuery,
    skipped: bool,
    rank: int,
    after: PageCursor | None,
    limit: int,
    rule: Rules | None = None,
) -> Select[Any] | None:
    """The walk of one group (``skipped``: its skipped ones) from ``after`` for up to
    ``limit`` rows, or None when the group has nothing to give: nobody is new in a
    segment without segments, and the groups the cursor is past."""
    if rank == _NEW and not q.segments:
        return None
    if after is not None and (skipped, rank) < (after.skipped, after.rank):
        return None
    c = _COMPANY.c
    # Within a group the rules are simpler (a callback due today or not): a smaller
    # statement, quicker to build and to run.
    skip = skip_in_group(q, rank) if skipped else literal(None, String)
    group = (rule or rules(q)).groups[rank]
    where = [group, skip.is_not(None) if skipped else listed_in_group(q, rank)]
    if after is not None and (skipped, rank) == (after.skipped, after.rank):
        where.append(after_in_group(rank, after))
    # The index's own leading column: PostgreSQL walks (last_call_at, sort_name, id) for
    # "IS NULL" only when the ORDER BY names it too.
    lead = {0: c.next_callback_at, 1: c.next_callback_at, _NEW: c.last_call_at}
    order = (lead[rank],) if rank in lead else ()
    return (
        _scope(select(*columns(rank, skip, literal(int(skipped), Integer))), q, True)
        .where(*where)
        .order_by(*order, c.sort_name, c.id)
        .limit(limit)
    )


def _sorted(q: PriorityQuery, after: PageCursor | None, limit: int, count: bool) -> Select[Any]:
    """The page of a search: rank the matches and sort them (they are few); ``count``:
    with the counts of every ranked row (:func:`_counted`)."""
    rule = rules(q)
    skipped = case((rule.skip.is_not(None), 1), else_=0)
    ranked = _scope(select(*columns(rule.rank, rule.skip, skipped)), q, False)
    if not q.include_skipped:
        ranked = ranked.where(rule.skip.is_(None))
    if count:  # a first page: no cursor to apply
        return _counted(ranked, _sorted_order, limit)
    r = ranked.subquery("ranked")
    query = select(r)
    if after is not None:
        head = tuple_(r.c.skipped, r.c.rank)
        at = tuple_(literal(int(after.skipped)), literal(after.rank))
        rest = (
            tuple_(r.c.due, r.c.sort_name, r.c.id)
            > tuple_(literal(after.due, r.c.due.type), after.sort_name, after.id)
            if after.rank < BY_DUE
            else tuple_(r.c.sort_name, r.c.id) > tuple_(literal(after.sort_name), after.id)
        )
        query = query.where(or_(head > at, and_(head == at, rest)))
    return query.order_by(*_sorted_order(r.c)).limit(limit)


def _by_name(
    q: PriorityQuery, after: PageCursor | None, limit: int, walk: bool, count: bool
) -> Select[Any]:
    """Alphabetical: walk the (sort_name, id) index, or sort the matches (``count``: with
    their counts, :func:`_counted`)."""
    rule = rules(q)
    c = _COMPANY.c
    query = _scope(select(*columns(rule.rank, rule.skip, literal(0, Integer))), q, walk)
    if not q.include_skipped:
        query = query.where(rule.skip.is_(None))
    if after is not None:
        query = query.where(tuple_(c.sort_name, c.id) > tuple_(literal(after.sort_name), after.id))
    if walk:
        return query.order_by(c.sort_name, c.id).limit(limit)
    if count:
        return _counted(query, _name_order, limit)
    name = c.sort_name.op("||")(literal("", String))  # keeps SQLite off the index
    return query.order_by(name, c.id).limit(limit)


def _sorted_order(r: Any) -> tuple[ColumnElement[Any], ...]:
    return (r.skipped, r.rank, r.due, r.sort_name, r.id)


def _name_order(r: Any) -> tuple[ColumnElement[Any], ...]:
    return (r.sort_name, r.id)


def _counted(ranked: Select[Any], order: Callable[[Any], Sequence[Any]], limit: int) -> Select[Any]:
    """The first ``limit`` of the ``ranked`` rows in ``order`` (a function of the rows'
    columns), each with how many rows ``ranked`` finds and how many of those are skipped:
    a page that sorts every match has read each one already, so its counts cost no second
    pass over the companies. The ranked rows are read once into a CTE, which the count and
    the sort both read (window aggregates over the sorted rows cost a third more on SQLite:
    they keep every ranked row, where the sort keeps only its LIMIT)."""
    r = ranked.cte("ranked")
    skipped = func.coalesce(func.sum(case((r.c.skip.is_not(None), 1), else_=0)), 0)
    found = select(func.count().label("found"), skipped.label("found_skipped")).subquery("found")
    return (
        select(r, found.c.found, found.c.found_skipped)
        .join_from(r, found, true())
        .order_by(*order(r.c))
        .limit(limit)
    )


def _page_ids(
    session: Session, q: PriorityQuery, after: PageCursor | None, limit: int
) -> tuple[Sequence[Any], PageCursor | None]:
    """The page's (id, rank, skip, reached) rows in order, and the cursor after it."""
    page, cursor, _ = _page_counted(session, q, after, limit, counted=False)
    return page, cursor


def _page_counted(
    session: Session, q: PriorityQuery, after: PageCursor | None, limit: int, counted: bool
) -> tuple[Sequence[Any], PageCursor | None, PriorityCounts | None]:
    """:func:`_page_ids` and, if ``counted`` and the page has to read every row the list
    shows (a first page, skipped ones shown, all matches sorted), the list's counts."""
    if limit <= 0:
        return [], after, None
    walk = _walks(session, q)
    # Sorting reads every match anyway: with the skipped ones in, that is every row the
    # list counts (not after a cursor, which leaves the rows before it out).
    count = counted and after is None and q.include_skipped and not walk
    if q.by_name:
        page: Sequence[Any] = session.execute(_by_name(q, after, limit, walk, count)).all()
    elif walk:
        page = _walked(session, q, after, limit)
    else:
        page = session.execute(_sorted(q, after, limit, count)).all()
    counts = None
    if count:
        found, skipped = (page[0].found, page[0].found_skipped) if page else (0, 0)
        counts = PriorityCounts(listed=int(found) - int(skipped), skipped=int(skipped))
    if not page:
        return [], None, counts
    last = page[-1]
    rank = -1 if q.by_name else int(last.rank)
    cursor = PageCursor(bool(last.skipped), rank, last.due, last.sort_name, last.id)
    return page, (cursor if len(page) == limit else None), counts


def prioritised_page(
    session: Session, q: PriorityQuery, after: PageCursor | None, limit: int
) -> tuple[list[PriorityRow], PageCursor | None]:
    """The ``limit`` rows after ``after`` (None: the first page) and the cursor for the
    next page (None when this one was the last)."""
    page, cursor = _page_ids(session, q, after, limit)
    return with_details(session, q, page), cursor


def prioritised_page_counted(
    session: Session, q: PriorityQuery, after: PageCursor | None, limit: int
) -> tuple[list[PriorityRow], PageCursor | None, PriorityCounts | None]:
    """:func:`prioritised_page` and the counts :func:`count_prioritised` gives for
    ``q``, when they came with the page: the first page of a search that shows the
    skipped ones and sorts its matches (found through the search index) counts them in
    the same pass. None otherwise (a walk reads only up to its page): then ask for them."""
    page, cursor, counts = _page_counted(session, q, after, limit, counted=True)
    return with_details(session, q, page), cursor, counts


def prioritised_rows(
    session: Session, q: PriorityQuery, offset: int, limit: int
) -> list[PriorityRow]:
    """The page at ``offset``: for tests and small offsets (it walks the rows before it;
    a screen keeps the cursor of :func:`prioritised_page` instead)."""
    after: PageCursor | None = None
    while offset > 0:
        skipped, after = _page_ids(session, q, after, min(offset, 5000))
        offset -= len(skipped)
        if after is None:
            return []
    return prioritised_page(session, q, after, limit)[0]


def count_prioritised(session: Session, q: PriorityQuery) -> PriorityCounts:
    """How many companies the list shows and how many it skips.

    Without a search, each skip reason is counted over its own index range (few
    companies have one), in order of precedence, and the total comes from the narrowest
    index; a search's (or a small list's) matches are counted in one pass (through the
    search index).
    """
    rule = rules(q)
    if search_terms(q.search) or _small_list(session, q):
        skipped = func.coalesce(func.sum(case((rule.skip.is_not(None), 1), else_=0)), 0)
        query = _scope(select(func.count(), skipped).select_from(_COMPANY), q, False)
        total, skipped_count = session.execute(query).one()
    else:
        every = (
            select(func.count()).select_from(_COMPANY)
            if q.list_id is None
            else select(func.count()).where(_MEMBER.c.list_id == q.list_id)
        )
        reasons = [
            _scope(select(func.count()).select_from(_COMPANY), q, True).where(*where)
            for where in skip_ranges(q)
        ]
        total, *counts = session.execute(
            select(every.scalar_subquery(), *(r.scalar_subquery() for r in reasons))
        ).one()
        skipped_count = sum(int(n) for n in counts)
    return PriorityCounts(listed=int(total) - int(skipped_count), skipped=int(skipped_count))
