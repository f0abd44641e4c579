"""The prioritised order, read from each company's derived call state, paged by keyset.

The rules are described in :mod:`canvass.store.call_lists`. Everything here reads only
``company`` (plus ``call_list_member`` for a named list, and the search filter): the
derived columns ``next_callback_at``, ``last_call_at``, ``last_reached_at``,
``meeting_until``, ``ad_override`` and ``recent_override_at`` are kept right by every
write (:mod:`canvass.store.call_state`).

A page is the UNION of one small query per group (overdue, due, key accounts, new in
segment, rest — and, when the skipped ones are shown, the same five again for them),
each walking an index in the group's order from the cursor and stopping after the
page (LIMIT), so the 1st and the 90,000th row cost the same. A search looks for a few
companies: then the matches are ranked and sorted in one pass instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    tuple_,
    union_all,
)
from sqlmodel import Session, SQLModel

from canvass.domain.when import copenhagen_day
from canvass.store.call_lists import (
    PageCursor,
    Priority,
    PriorityCounts,
    PriorityQuery,
    PriorityRow,
    SkipReason,
)
from canvass.store.companies import search_filter
from canvass.store.priority_details import with_details

_T = SQLModel.metadata.tables
_COMPANY, _MEMBER = _T["company"], _T["call_list_member"]
_RANKS = tuple(Priority)
_NEW = _RANKS.index(Priority.NEW_IN_SEGMENT)
#: Lists up to this size are ranked and sorted whole; longer ones walk the indexes.
_SMALL_LIST = 5000
#: The ranks whose rows are ordered by their callback's due time first.
_BY_DUE = 2


@dataclass(frozen=True)
class _Rules:
    """The rules of one query as SQL expressions on ``company``."""

    rank: ColumnElement[int]
    skip: ColumnElement[str]
    groups: tuple[ColumnElement[bool], ...]  # one condition per rank


def _rules(q: PriorityQuery) -> _Rules:
    c = _COMPANY.c
    due = c.next_callback_at
    end_of_today = copenhagen_day(q.now)[1]
    segments = [s.casefold() for s in q.segments]
    in_segment: ColumnElement[bool] = (
        func.lower(c.segment).in_(segments) if segments else literal(False)
    )
    not_due = or_(due.is_(None), due >= end_of_today)
    never_called_in_segment = and_(c.last_call_at.is_(None), in_segment)
    groups = (
        due <= q.now,
        and_(due > q.now, due < end_of_today),
        and_(not_due, c.key_account == true()),
        # "<> 0" rather than the IN itself: PostgreSQL guesses 0.5 % per value of an IN
        # over lower(segment) and would then scan and sort the table for a "few" rows.
        and_(
            not_due,
            c.key_account == false(),
            c.last_call_at.is_(None),
            case((in_segment, 1), else_=0) != 0,
        )
        if segments
        else literal(False),
        and_(
            not_due,
            c.key_account == false(),
            or_(c.last_call_at.is_not(None), c.segment.is_(None), ~in_segment)
            if segments
            else true(),
        ),
    )
    rank = case(
        (due <= q.now, 0),
        (due < end_of_today, 1),
        (c.key_account, 2),
        (never_called_in_segment, 3),
        else_=4,
    )
    reached = c.last_reached_at
    recent = and_(
        reached >= q.now - timedelta(days=q.recent_days),
        or_(c.recent_override_at.is_(None), c.recent_override_at < reached),
    )
    skip = case(
        (c.do_not_call, SkipReason.DO_NOT_CALL.value),
        (and_(c.ad_protected, c.ad_override == false()), SkipReason.AD_PROTECTED.value),
        (c.meeting_until >= q.now, SkipReason.MEETING.value),
        (and_(recent, not_due), SkipReason.RECENT.value),
        else_=null(),
    )
    return _Rules(rank, skip, groups)


def _scope(query: Select[Any], q: PriorityQuery, walk: bool) -> Select[Any]:
    """Only the list's members and the search's matches. ``walk``: the query walks a
    company index, asking of each company whether it is on the list (a join would let
    the planner start from the members and sort them all)."""
    member = and_(_MEMBER.c.company_id == _COMPANY.c.id, _MEMBER.c.list_id == q.list_id)
    if q.list_id is not None:
        query = query.where(exists().where(member)) if walk else query.join(_MEMBER, member)
    where = search_filter(q.search)
    return query if where is None else query.where(where)


def _walks(session: Session, q: PriorityQuery) -> bool:
    """Walk the indexes (True), or sort the matches: a search's, or a small list's."""
    if search_filter(q.search) is not None:
        return False
    if q.list_id is None:
        return True
    members = select(_MEMBER.c.company_id).where(_MEMBER.c.list_id == q.list_id)
    few = select(func.count()).select_from(members.limit(_SMALL_LIST + 1).subquery())
    return int(session.execute(few).scalar_one()) > _SMALL_LIST


def _columns(rank: ColumnElement[int] | int, skip: Any, skipped: Any) -> list[Any]:
    c = _COMPANY.c
    ranked = literal(rank, Integer) if isinstance(rank, int) else rank
    due = c.next_callback_at
    due_key = (
        (due if rank < _BY_DUE else cast(null(), due.type))
        if isinstance(rank, int)
        else case((rank < _BY_DUE, due))
    )
    return [
        c.id.label("id"),
        ranked.label("rank"),
        skipped.label("skipped"),
        skip.label("skip"),
        due_key.label("due"),
        c.sort_name.label("sort_name"),
        c.last_reached_at.label("reached"),
    ]


def _after_in_group(rank: int, after: PageCursor) -> ColumnElement[bool]:
    """Rows after the cursor within its own group, as an index range."""
    c = _COMPANY.c
    if 0 <= rank < _BY_DUE:
        return tuple_(c.next_callback_at, c.sort_name, c.id) > tuple_(
            literal(after.due, c.next_callback_at.type), after.sort_name, after.id
        )
    return tuple_(c.sort_name, c.id) > tuple_(literal(after.sort_name), literal(after.id))


def _recent(q: PriorityQuery) -> ColumnElement[bool]:
    """Reached within the quiet period, and not overridden since (callbacks aside)."""
    c = _COMPANY.c
    reached = c.last_reached_at
    return and_(
        reached >= q.now - timedelta(days=q.recent_days),
        or_(c.recent_override_at.is_(None), c.recent_override_at < reached),
    )


def _skip_in_group(q: PriorityQuery, rank: int) -> ColumnElement[str]:
    """``_rules().skip`` for the rows of one group: a callback due today (ranks 0 and
    1) is never skipped as recent; in the other groups none is due today."""
    c = _COMPANY.c
    whens: list[tuple[ColumnElement[bool], str]] = [
        (c.do_not_call, SkipReason.DO_NOT_CALL.value),
        (and_(c.ad_protected, c.ad_override == false()), SkipReason.AD_PROTECTED.value),
        (c.meeting_until >= q.now, SkipReason.MEETING.value),
    ]
    if rank >= _BY_DUE:
        whens.append((_recent(q), SkipReason.RECENT.value))
    return case(*whens, else_=null())


def _listed_in_group(q: PriorityQuery, rank: int) -> ColumnElement[bool]:
    """``_skip_in_group(...) IS NULL`` as plain conditions."""
    c = _COMPANY.c
    listed = [
        c.do_not_call == false(),
        or_(c.ad_protected == false(), c.ad_override == true()),
        or_(c.meeting_until.is_(None), c.meeting_until < q.now),
    ]
    if rank >= _BY_DUE:
        reached = c.last_reached_at
        listed.append(
            or_(
                reached.is_(None),
                reached < q.now - timedelta(days=q.recent_days),
                c.recent_override_at >= reached,
            )
        )
    return and_(*listed)


def _walked(q: PriorityQuery, after: PageCursor | None, limit: int) -> Select[Any]:
    """The page as one small index walk per group, merged."""
    rules = _rules(q)
    c = _COMPANY.c
    parts = []
    for skipped in (False, True) if q.include_skipped else (False,):
        for rank, group in enumerate(rules.groups):
            if rank == _NEW and not q.segments:
                continue  # nobody is new in a segment without segments
            if after is not None and (skipped, rank) < (after.skipped, after.rank):
                continue  # a group the cursor is past
            # Within a group the rules are simpler (a callback due today or not): a
            # smaller statement, quicker to build and to run.
            skip = _skip_in_group(q, rank) if skipped else literal(None, String)
            where = [group, skip.is_not(None) if skipped else _listed_in_group(q, rank)]
            if after is not None and (skipped, rank) == (after.skipped, after.rank):
                where.append(_after_in_group(rank, after))
            # The index's own leading column: PostgreSQL walks (last_call_at, sort_name,
            # id) for "IS NULL" only when the ORDER BY names it too.
            lead = {0: c.next_callback_at, 1: c.next_callback_at, _NEW: c.last_call_at}
            order = (lead[rank],) if rank in lead else ()
            part = (
                _scope(select(*_columns(rank, skip, literal(int(skipped), Integer))), q, True)
                .where(*where)
                .order_by(*order, c.sort_name, c.id)
                .limit(limit)
            )
            parts.append(select(part.subquery()))
    merged = union_all(*parts).subquery("page")
    m = merged.c
    return select(merged).order_by(m.skipped, m.rank, m.due, m.sort_name, m.id).limit(limit)


def _sorted(q: PriorityQuery, after: PageCursor | None, limit: int) -> Select[Any]:
    """The page of a search: rank the matches and sort them (they are few)."""
    rules = _rules(q)
    skipped = case((rules.skip.is_not(None), 1), else_=0)
    ranked = _scope(select(*_columns(rules.rank, rules.skip, skipped)), q, False)
    if not q.include_skipped:
        ranked = ranked.where(rules.skip.is_(None))
    r = ranked.subquery("ranked")
    query = select(r)
    if after is not None:
        head = tuple_(r.c.skipped, r.c.rank)
        at = tuple_(literal(int(after.skipped)), literal(after.rank))
        rest = (
            tuple_(r.c.due, r.c.sort_name, r.c.id)
            > tuple_(literal(after.due, r.c.due.type), after.sort_name, after.id)
            if after.rank < _BY_DUE
            else tuple_(r.c.sort_name, r.c.id) > tuple_(literal(after.sort_name), after.id)
        )
        query = query.where(or_(head > at, and_(head == at, rest)))
    order = (r.c.skipped, r.c.rank, r.c.due, r.c.sort_name, r.c.id)
    return query.order_by(*order).limit(limit)


def _by_name(q: PriorityQuery, after: PageCursor | None, limit: int, walk: bool) -> Select[Any]:
    """Alphabetical: walk the (sort_name, id) index, or sort the matches."""
    rules = _rules(q)
    c = _COMPANY.c
    query = _scope(select(*_columns(rules.rank, rules.skip, literal(0, Integer))), q, walk)
    if not q.include_skipped:
        query = query.where(rules.skip.is_(None))
    if after is not None:
        query = query.where(tuple_(c.sort_name, c.id) > tuple_(literal(after.sort_name), after.id))
    name: ColumnElement[str] = c.sort_name
    if not walk:
        name = c.sort_name.op("||")(literal("", String))  # keeps SQLite off the index
    return query.order_by(name, c.id).limit(limit)


def _page_ids(
    session: Session, q: PriorityQuery, after: PageCursor | None, limit: int
) -> tuple[Sequence[Any], PageCursor | None]:
    """The page's (id, rank, skip, reached) rows in order, and the cursor after it."""
    if limit <= 0:
        return [], after
    walk = _walks(session, q)
    if q.by_name:
        query = _by_name(q, after, limit, walk)
    else:
        query = (_walked if walk else _sorted)(q, after, limit)
    page = session.execute(query).all()
    if not page:
        return [], None
    last = page[-1]
    rank = -1 if q.by_name else int(last.rank)
    cursor = PageCursor(bool(last.skipped), rank, last.due, last.sort_name, last.id)
    return page, (cursor if len(page) == limit else None)


def prioritised_page(
    session: Session, q: PriorityQuery, after: PageCursor | None, limit: int
) -> tuple[list[PriorityRow], PageCursor | None]:
    """The ``limit`` rows after ``after`` (None: the first page) and the cursor for the
    next page (None when this one was the last)."""
    page, cursor = _page_ids(session, q, after, limit)
    return with_details(session, q, page), cursor


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
    index; a search's (or a small list's) matches are counted in one pass.
    """
    rules = _rules(q)
    if not _walks(session, q):
        skipped = func.coalesce(func.sum(case((rules.skip.is_not(None), 1), else_=0)), 0)
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
            for where in _skip_ranges(q)
        ]
        total, *counts = session.execute(
            select(every.scalar_subquery(), *(r.scalar_subquery() for r in reasons))
        ).one()
        skipped_count = sum(int(n) for n in counts)
    return PriorityCounts(listed=int(total) - int(skipped_count), skipped=int(skipped_count))


def _skip_ranges(q: PriorityQuery) -> list[tuple[ColumnElement[bool], ...]]:
    """Each skip reason as conditions that lead with its index's columns, and exclude
    the reasons before it (the same rules as ``_rules().skip``)."""
    c = _COMPANY.c
    end_of_today = copenhagen_day(q.now)[1]
    calling = c.do_not_call == false()
    unprotected = or_(c.ad_protected == false(), c.ad_override == true())
    no_meeting = or_(c.meeting_until.is_(None), c.meeting_until < q.now)
    reached = c.last_reached_at
    return [
        (c.do_not_call == true(),),
        (calling, c.ad_protected == true(), c.ad_override == false()),
        (c.meeting_until >= q.now, calling, unprotected),
        (
            reached >= q.now - timedelta(days=q.recent_days),
            or_(c.recent_override_at.is_(None), c.recent_override_at < reached),
            or_(c.next_callback_at.is_(None), c.next_callback_at >= end_of_today),
            no_meeting,
            calling,
            unprotected,
        ),
    ]
