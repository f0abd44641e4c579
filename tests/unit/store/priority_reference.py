"""The prioritised order as it was before issue 10 — the reference new code must match.

A verbatim copy of ``_ranked``, ``count_prioritised`` and ``prioritised_rows`` from
``canvass/store/call_lists.py`` at commit 1d3aea9 (it grouped the call, callback,
meeting and skip_override tables for every page and paged with OFFSET). Kept here, not
in the store, so the equivalence test stays meaningful after the store reads the
derived columns instead. It uses the store's ``search_filter`` and ``detail_columns``
as they are (search and details are not what this compares).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, null, or_, select
from sqlmodel import Session, SQLModel

from canvass.domain.when import copenhagen_day
from canvass.store.call_lists import (
    Priority,
    PriorityCounts,
    PriorityQuery,
    PriorityRow,
    SkipReason,
)
from canvass.store.calls import CLAIM_TTL
from canvass.store.companies import detail_columns, search_filter
from canvass.store.models import MeetingStatus
from canvass.store.rows import CompanyRow

_T = SQLModel.metadata.tables
_COMPANY, _CALL, _CALLBACK = _T["company"], _T["call"], _T["callback"]
_MEETING, _MEMBER, _OVERRIDE = _T["meeting"], _T["call_list_member"], _T["skip_override"]
_CONSULTANT, _OUTCOME = _T["consultant"], _T["call_outcome"]
_RANKS = tuple(Priority)
_ROW_FIELDS = tuple(f.name for f in fields(CompanyRow))


def _ranked(q: PriorityQuery) -> Select[tuple[object, ...]]:
    """Every matching company with its rank, skip reason and callback time (unordered)."""
    c = _COMPANY.c
    callbacks = (
        select(_CALLBACK.c.company_id, func.min(_CALLBACK.c.due_at).label("due"))
        .where(_CALLBACK.c.done_at.is_(None))
        .group_by(_CALLBACK.c.company_id)
        .subquery("cb")
    )
    # The last call, and the last one that reached someone: only that one starts the
    # quiet period ("called recently"). One pass over the calls for both.
    last_calls = (
        select(
            _CALL.c.company_id,
            func.max(_CALL.c.started_at).label("last"),
            func.max(case((_OUTCOME.c.reached, _CALL.c.started_at))).label("reached"),
        )
        .outerjoin(_OUTCOME, _OUTCOME.c.call_id == _CALL.c.id)
        .group_by(_CALL.c.company_id)
        .subquery("lc")
    )
    meetings = (
        select(_MEETING.c.company_id)
        .where(_MEETING.c.status == MeetingStatus.BOOKED.value, _MEETING.c.starts_at >= q.now)
        .group_by(_MEETING.c.company_id)
        .subquery("mt")
    )
    overrides = (
        select(
            _OVERRIDE.c.company_id,
            func.max(case((_OVERRIDE.c.kind == SkipReason.AD_PROTECTED.value, 1))).label("ad"),
            func.max(
                case((_OVERRIDE.c.kind == SkipReason.RECENT.value, _OVERRIDE.c.created_at))
            ).label("recent_at"),
        )
        .group_by(_OVERRIDE.c.company_id)
        .subquery("ov")
    )
    due, last = callbacks.c.due, last_calls.c.last
    end_of_today = copenhagen_day(q.now)[1]
    segments = [s.casefold() for s in q.segments]
    in_segment: ColumnElement[bool] = (
        func.lower(c.segment).in_(segments) if segments else literal(False)
    )
    rank = case(
        (due <= q.now, 0),
        (due < end_of_today, 1),
        (c.key_account, 2),
        (and_(last.is_(None), in_segment), 3),
        else_=4,
    )
    callback_due = due < end_of_today
    reached = last_calls.c.reached
    recent = and_(
        reached >= q.now - timedelta(days=q.recent_days),
        or_(overrides.c.recent_at.is_(None), overrides.c.recent_at < reached),
    )
    skip = case(
        (c.do_not_call, SkipReason.DO_NOT_CALL.value),
        (and_(c.ad_protected, overrides.c.ad.is_(None)), SkipReason.AD_PROTECTED.value),
        (meetings.c.company_id.is_not(None), SkipReason.MEETING.value),
        (and_(recent, or_(due.is_(None), ~callback_due)), SkipReason.RECENT.value),
        else_=null(),
    )
    query = (
        select(
            c.id.label("id"),
            rank.label("rank"),
            skip.label("skip"),
            case((rank <= 1, due)).label("due"),
            c.sort_name.label("sort_name"),
            reached.label("reached"),
        )
        .outerjoin(callbacks, callbacks.c.company_id == c.id)
        .outerjoin(last_calls, last_calls.c.company_id == c.id)
        .outerjoin(meetings, meetings.c.company_id == c.id)
        .outerjoin(overrides, overrides.c.company_id == c.id)
    )
    if q.list_id is not None:
        query = query.join(
            _MEMBER, and_(_MEMBER.c.company_id == c.id, _MEMBER.c.list_id == q.list_id)
        )
    else:
        # Every company is read anyway: a rowid range keeps SQLite on the table itself
        # instead of walking an unrelated index row by row (about 3x faster at 100k).
        query = query.where(c.id >= 0)
    where = search_filter(q.search)
    if where is not None:
        query = query.where(where)
    return query


def reference_counts(session: Session, q: PriorityQuery) -> PriorityCounts:
    """How many companies the list shows and how many it skips."""
    ranked = _ranked(q).subquery("ranked")
    skipped = func.coalesce(func.sum(case((ranked.c.skip.is_not(None), 1), else_=0)), 0)
    total, skipped_count = session.execute(select(func.count(), skipped).select_from(ranked)).one()
    return PriorityCounts(listed=int(total) - int(skipped_count), skipped=int(skipped_count))


def reference_rows(
    session: Session, q: PriorityQuery, offset: int, limit: int
) -> list[PriorityRow]:
    """One page of the list in the prioritised order (skipped ones last, when included)."""
    ranked = _ranked(q).subquery("ranked")
    page_query = select(ranked.c.id, ranked.c.rank, ranked.c.skip, ranked.c.reached)
    if not q.include_skipped:
        page_query = page_query.where(ranked.c.skip.is_(None))
    order: tuple[ColumnElement[Any], ...]
    if q.by_name:
        order = (ranked.c.sort_name, ranked.c.id)
    else:
        order = (
            ranked.c.skip.is_not(None),
            ranked.c.rank,
            ranked.c.due,
            ranked.c.sort_name,
            ranked.c.id,
        )
    page = session.execute(
        page_query.order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))
    ).all()
    if not page:
        return []
    c = _COMPANY.c
    claimer = (
        select(_CONSULTANT.c.initials)
        .where(
            _CONSULTANT.c.id == c.claimed_by,
            c.claimed_at >= q.now - CLAIM_TTL,
            c.claimed_by.is_distinct_from(q.consultant_id),
        )
        .scalar_subquery()
    )
    details = session.execute(
        select(*detail_columns(q.now), claimer).where(c.id.in_([row.id for row in page]))
    ).all()
    by_id = {row[0]: row for row in details}
    # Details come back unordered; keep the page's order.
    return [
        _priority_row(tuple(by_id[row.id]), _RANKS[row.rank].value, row.skip, row.reached)
        for row in page
        if row.id in by_id
    ]


def _priority_row(
    details: tuple[object, ...], priority: str, skip: str | None, reached: datetime | None
) -> PriorityRow:
    """A row from the detail columns followed by the claimer's initials."""
    values = dict(zip(_ROW_FIELDS, details[:-1], strict=True))
    claimed_by = details[-1]
    return PriorityRow(
        **values,  # type: ignore[arg-type]
        priority=priority,
        skip_reason=skip,
        claimed_by=claimed_by if isinstance(claimed_by, str) else None,
        last_reached_at=reached,
    )


def reference_order(session: Session, q: PriorityQuery) -> list[tuple[int, str, str | None, Any]]:
    """The whole list as (id, priority, skip reason, last reached call), in the order
    ``reference_rows`` pages through it (its ORDER BY, without the per-row details)."""
    ranked = _ranked(q).subquery("ranked")
    query = select(ranked.c.id, ranked.c.rank, ranked.c.skip, ranked.c.reached)
    if not q.include_skipped:
        query = query.where(ranked.c.skip.is_(None))
    if q.by_name:
        query = query.order_by(ranked.c.sort_name, ranked.c.id)
    else:
        query = query.order_by(
            ranked.c.skip.is_not(None),
            ranked.c.rank,
            ranked.c.due,
            ranked.c.sort_name,
            ranked.c.id,
        )
    return [(r.id, _RANKS[r.rank].value, r.skip, r.reached) for r in session.execute(query)]
