"""Who reviews whom, and what is waiting: the buddy at the time of a call, the review queue
of calls and held visits, and the numbers per pair a team lead may see.

Functions take an open :class:`Session`; :class:`canvass.services.reviews.ReviewService`
calls them and enforces the access rules. Results are frozen dataclasses. Plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlmodel
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from canvass.domain.sparring import ReviewStatus
from canvass.store.models import Call, CallOutcome, Company, Consultant, Meeting, MeetingStatus
from canvass.store.sparring_models import BuddyPair, Review

CALL, VISIT = "call", "visit"


@dataclass(frozen=True)
class QueueRow:
    """One call or held visit waiting for (or having) the actor's review."""

    kind: str  # "call" or "visit"
    id: int  # the call's or the meeting's id
    at: datetime
    caller_id: int
    caller: str  # initials
    company: str
    outcome: str | None  # an Outcome value (calls only)
    script_id: str | None  # calls only
    review_id: int | None  # the actor's review of it, if any
    status: str | None  # that review's ReviewStatus value, None: not reviewed

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class PairCount:
    """How many reviews were done within one buddy pair (no content)."""

    first: str  # initials
    second: str
    shared: int
    drafts: int


def _during(pair: Any, at: Any) -> Any:
    """``pair`` covered the moment ``at`` (started at or before it, not yet ended)."""
    return and_(
        col(pair.started_at) <= at,
        or_(col(pair.ended_at).is_(None), at < col(pair.ended_at)),
    )


def _pairs_with(pair: Any, reviewer_id: int, caller: Any) -> Any:
    return or_(
        and_(pair.first_id == reviewer_id, pair.second_id == caller),
        and_(pair.second_id == reviewer_id, pair.first_id == caller),
    )


def buddy_at(session: Session, consultant_id: int, at: datetime) -> int | None:
    """The consultant's buddy at ``at`` (from the pairs' history), or None."""
    row = session.exec(
        sqlmodel.select(BuddyPair)
        .where(
            or_(
                col(BuddyPair.first_id) == consultant_id, col(BuddyPair.second_id) == consultant_id
            ),
            _during(BuddyPair, at),
        )
        .order_by(col(BuddyPair.started_at).desc())
    ).first()
    if row is None:
        return None
    return row.second_id if row.first_id == consultant_id else row.first_id


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: everyone's (a trainer) or the buddy's, and the filters."""

    reviewer_id: int
    everyone: bool = False
    outcome: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    script_id: str | None = None
    limit: int = 300


def partners(session: Session, consultant_id: int) -> list[int]:
    """Everyone the consultant has ever been paired with."""
    rows = session.exec(
        sqlmodel.select(BuddyPair.first_id, BuddyPair.second_id).where(
            or_(col(BuddyPair.first_id) == consultant_id, col(BuddyPair.second_id) == consultant_id)
        )
    ).all()
    return sorted({b if a == consultant_id else a for a, b in rows} - {consultant_id})


def queue(session: Session, f: QueueFilter) -> list[QueueRow]:
    """Finished calls that reached someone and held visits the reviewer may review:
    unreviewed (or never saved) first, then newest."""
    callers = None if f.everyone else partners(session, f.reviewer_id)
    if callers == []:
        return []  # never paired: nothing to review
    rows = _call_rows(session, f, callers)
    if f.outcome is None and f.script_id is None:
        rows += _visit_rows(session, f, callers)
    rows.sort(key=lambda r: (r.status is not None, -r.at.timestamp(), r.kind, -r.id))
    return rows[: f.limit]


_CALL_COLUMNS: list[Any] = [
    Call.id, Call.started_at, Call.consultant_id, Consultant.initials, Company.name,
    CallOutcome.outcome, Call.script_id, Review.id, Review.status,
]  # fmt: skip
_VISIT_COLUMNS: list[Any] = [
    Meeting.id, Meeting.starts_at, Meeting.consultant_id, Consultant.initials, Company.name,
    Review.id, Review.status,
]  # fmt: skip


def _own_review(subject: Any, reviewer_id: int) -> Any:
    # A review opened but never saved (version 0) leaves the call waiting.
    return and_(subject, col(Review.reviewer_id) == reviewer_id, col(Review.version) > 0)


def _call_rows(session: Session, f: QueueFilter, callers: list[int] | None) -> list[QueueRow]:
    query = (
        select(*_CALL_COLUMNS)
        .join(Company, col(Company.id) == Call.company_id)
        .join(Consultant, col(Consultant.id) == Call.consultant_id)
        .join(CallOutcome, col(CallOutcome.call_id) == Call.id)
        .join(Review, _own_review(col(Review.call_id) == Call.id, f.reviewer_id), isouter=True)
        # Only calls that reached someone: a voicemail has nothing to review.
        .where(col(Call.ended_at).is_not(None), col(CallOutcome.reached).is_(True),
               col(Call.consultant_id) != f.reviewer_id)
    )  # fmt: skip
    if callers is not None:  # the partners' calls (by index), made while paired
        pair = aliased(BuddyPair)
        query = query.where(col(Call.consultant_id).in_(callers)).where(
            sqlmodel.select(pair.id)
            .where(
                _pairs_with(pair, f.reviewer_id, Call.consultant_id),
                _during(pair, Call.started_at),
            )
            .exists()
        )
    if f.outcome is not None:
        query = query.where(col(CallOutcome.outcome) == f.outcome)
    if f.script_id is not None:
        query = query.where(col(Call.script_id) == f.script_id)
    if f.since is not None:
        query = query.where(col(Call.started_at) >= f.since)
    if f.until is not None:
        query = query.where(col(Call.started_at) < f.until)
    query = query.order_by(col(Review.id).is_not(None), col(Call.started_at).desc()).limit(f.limit)
    return [
        QueueRow(CALL, cid, at, caller_id, initials, company, outcome, script, rid, status)
        for cid, at, caller_id, initials, company, outcome, script, rid, status in session.execute(
            query
        )
    ]


def _visit_rows(session: Session, f: QueueFilter, callers: list[int] | None) -> list[QueueRow]:
    query = (
        select(*_VISIT_COLUMNS)
        .join(Company, col(Company.id) == Meeting.company_id)
        .join(Consultant, col(Consultant.id) == Meeting.consultant_id)
        .join(Review, _own_review(col(Review.meeting_id) == Meeting.id, f.reviewer_id),
              isouter=True)
        .where(col(Meeting.status) == MeetingStatus.HELD.value,
               col(Meeting.consultant_id) != f.reviewer_id)
    )  # fmt: skip
    if callers is not None:
        pair = aliased(BuddyPair)
        query = query.where(col(Meeting.consultant_id).in_(callers)).where(
            sqlmodel.select(pair.id)
            .where(
                _pairs_with(pair, f.reviewer_id, Meeting.consultant_id),
                _during(pair, Meeting.starts_at),
            )
            .exists()
        )
    if f.since is not None:
        query = query.where(col(Meeting.starts_at) >= f.since)
    if f.until is not None:
        query = query.where(col(Meeting.starts_at) < f.until)
    query = query.order_by(col(Review.id).is_not(None), col(Meeting.starts_at).desc())
    return [
        QueueRow(VISIT, mid, at, caller_id, initials, company, None, None, rid, status)
        for mid, at, caller_id, initials, company, rid, status in session.execute(
            query.limit(f.limit)
        )
    ]


def pair_counts(session: Session) -> list[PairCount]:
    """Reviews done per pair of reviewer and caller (either way round), no content."""
    reviewer, caller = aliased(Consultant), aliased(Consultant)
    rows = session.exec(
        sqlmodel.select(reviewer.initials, caller.initials, Review.status, func.count())
        .join(reviewer, col(reviewer.id) == Review.reviewer_id)
        .join(caller, col(caller.id) == Review.caller_id)
        .where(col(Review.version) > 0)  # opened but never saved: nothing done yet
        .group_by(reviewer.initials, caller.initials, Review.status)
    ).all()
    counts: dict[tuple[str, str], list[int]] = {}
    for first, second, status, count in rows:
        pair = (min(first, second), max(first, second))
        slot = counts.setdefault(pair, [0, 0])
        slot[0 if status == ReviewStatus.SHARED.value else 1] += int(count)
    return [PairCount(a, b, shared, drafts) for (a, b), (shared, drafts) in sorted(counts.items())]
