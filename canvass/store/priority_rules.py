"""The rules of the prioritised order as SQL expressions on ``company``: each company's
group (rank) and skip reason, per group as plain conditions an index walk can use, the
columns of a page row, the cursor's range and the skip reasons' index ranges.

:mod:`canvass.store.priority` builds the pages and the count from them; the rules
themselves are described in :mod:`canvass.store.call_lists`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    null,
    or_,
    true,
    tuple_,
)
from sqlmodel import SQLModel

from canvass.domain.when import copenhagen_day
from canvass.store.call_lists import PageCursor, PriorityQuery, SkipReason

_COMPANY = SQLModel.metadata.tables["company"]
#: The ranks whose rows are ordered by their callback's due time first.
BY_DUE = 2


@dataclass(frozen=True)
class Rules:
    """The rules of one query as SQL expressions on ``company``."""

    rank: ColumnElement[int]
    skip: ColumnElement[str]
    groups: tuple[ColumnElement[bool], ...]  # one condition per rank


def rules(q: PriorityQuery) -> Rules:
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
    return Rules(rank, skip, groups)


def columns(rank: ColumnElement[int] | int, skip: Any, skipped: Any) -> list[Any]:
    c = _COMPANY.c
    ranked = literal(rank, Integer) if isinstance(rank, int) else rank
    due = c.next_callback_at
    due_key = (
        (due if rank < BY_DUE else cast(null(), due.type))
        if isinstance(rank, int)
        else case((rank < BY_DUE, due))
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


def after_in_group(rank: int, after: PageCursor) -> ColumnElement[bool]:
    """Rows after the cursor within its own group, as an index range."""
    c = _COMPANY.c
    if 0 <= rank < BY_DUE:
        return tuple_(c.next_callback_at, c.sort_name, c.id) > tuple_(
            literal(after.due, c.next_callback_at.type), after.sort_name, after.id
        )
    return tuple_(c.sort_name, c.id) > tuple_(literal(after.sort_name), literal(after.id))


def recent(q: PriorityQuery) -> ColumnElement[bool]:
    """Reached within the quiet period, and not overridden since (callbacks aside)."""
    c = _COMPANY.c
    reached = c.last_reached_at
    return and_(
        reached >= q.now - timedelta(days=q.recent_days),
        or_(c.recent_override_at.is_(None), c.recent_override_at < reached),
    )


def skip_in_group(q: PriorityQuery, rank: int) -> ColumnElement[str]:
    """``rules().skip`` for the rows of one group: a callback due today (ranks 0 and
    1) is never skipped as recent; in the other groups none is due today."""
    c = _COMPANY.c
    whens: list[tuple[ColumnElement[bool], str]] = [
        (c.do_not_call, SkipReason.DO_NOT_CALL.value),
        (and_(c.ad_protected, c.ad_override == false()), SkipReason.AD_PROTECTED.value),
        (c.meeting_until >= q.now, SkipReason.MEETING.value),
    ]
    if rank >= BY_DUE:
        whens.append((recent(q), SkipReason.RECENT.value))
    return case(*whens, else_=null())


def listed_in_group(q: PriorityQuery, rank: int) -> ColumnElement[bool]:
    """``skip_in_group(...) IS NULL`` as plain conditions."""
    c = _COMPANY.c
    listed = [
        c.do_not_call == false(),
        or_(c.ad_protected == false(), c.ad_override == true()),
        or_(c.meeting_until.is_(None), c.meeting_until < q.now),
    ]
    if rank >= BY_DUE:
        reached = c.last_reached_at
        listed.append(
            or_(
                reached.is_(None),
                reached < q.now - timedelta(days=q.recent_days),
                c.recent_override_at >= reached,
            )
        )
    return and_(*listed)


def skip_ranges(q: PriorityQuery) -> list[tuple[ColumnElement[bool], ...]]:
    """Each skip reason as conditions that lead with its index's columns, and exclude
    the reasons before it (the same rules as ``rules().skip``)."""
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
