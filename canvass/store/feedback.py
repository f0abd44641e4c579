"""The caller's side of sparring: the reviews shared with them, their threads and the
commitments they ended in.

Reads the tables of :mod:`canvass.store.sparring_models` in the agreed shapes
(``answers_json``, ``worked_json``, ``review_version.content_json``). Who may see what is
decided by the service (:mod:`canvass.services.feedback`) with
:mod:`canvass.domain.sparring_access`; these functions only read and write. Functions
take an open :class:`Session`; results are frozen dataclasses, never ORM objects. Plain
Python: no Textual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlmodel
from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from canvass.domain.sparring import CommitmentStatus, ReviewStatus
from canvass.store.models import Call, CallOutcome, Company, Consultant, Meeting
from canvass.store.sparring_models import (
    Review,
    ReviewComment,
    ReviewVersion,
    SparringCommitment,
)

_SHARED = ReviewStatus.SHARED.value


@dataclass(frozen=True)
class ReviewFacts:
    """What the access rules need to know about a review."""

    id: int
    caller_id: int
    reviewer_id: int
    status: str


@dataclass(frozen=True)
class Subject:
    """The call or visit a review is about."""

    kind: str  # "call" or "visit"
    company_name: str
    at: datetime  # the call's start, or the visit's planned start
    outcome: str | None  # a call's outcome value, or a visit's meeting status
    goal: str | None


@dataclass(frozen=True)
class InboxRow:
    """One review shared with the caller."""

    review_id: int
    subject: Subject
    author_initials: str
    author_name: str
    shared_at: datetime | None
    version: int
    new: bool  # never acknowledged, or acknowledged before its latest version


@dataclass(frozen=True)
class ReviewRecord:
    """A review in full, as stored."""

    facts: ReviewFacts
    subject: Subject
    author_initials: str
    author_name: str
    rubric_id: str
    rubric_version: int
    version: int
    shared_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_version: int | None
    answers: dict[str, dict[str, Any]]
    worked: tuple[str, ...]
    try_next: str
    commitment: str


@dataclass(frozen=True)
class CommentRow:
    """One message of a review's thread."""

    id: int
    author_id: int
    author_initials: str
    at: datetime
    text: str


@dataclass(frozen=True)
class CommitmentRow:
    """The caller's commitment from one review."""

    id: int
    review_id: int
    consultant_id: int
    text: str
    status: str
    created_at: datetime
    settled_at: datetime | None
    subject: Subject
    author_initials: str


@dataclass(frozen=True)
class TrendReview:
    """A shared review's answers, for the caller's scores over time."""

    review_id: int
    at: datetime
    rubric_id: str
    answers: dict[str, dict[str, Any]]
    rubric_version: int = 1


_Author = aliased(Consultant)


def _subject_columns() -> tuple[Any, ...]:
    kind = sqlmodel.case((col(Review.call_id).is_not(None), "call"), else_="visit")
    at = func.coalesce(Call.started_at, Meeting.starts_at)
    outcome = func.coalesce(CallOutcome.outcome, Meeting.status)
    goal = func.coalesce(Call.goal, Meeting.goal)
    return kind, Company.name, at, outcome, goal


def _with_subject(query: Any) -> Any:
    """``query`` joined to the review's call or meeting, its company and its author."""
    company_id = func.coalesce(Call.company_id, Meeting.company_id)
    return (
        query.outerjoin(Call, col(Call.id) == col(Review.call_id))
        .outerjoin(CallOutcome, col(CallOutcome.call_id) == col(Call.id))
        .outerjoin(Meeting, col(Meeting.id) == col(Review.meeting_id))
        .join(Company, col(Company.id) == company_id)
        .join(_Author, col(_Author.id) == col(Review.reviewer_id))
    )


def _subject(row: Any, start: int) -> Subject:
    kind, name, at, outcome, goal = row[start : start + 5]
    return Subject(kind=kind, company_name=name, at=at, outcome=outcome, goal=goal)


def _is_new() -> Any:
    return or_(
        col(Review.acknowledged_version).is_(None),
        col(Review.acknowledged_version) < col(Review.version),
    )


def review_facts(session: Session, review_id: int) -> ReviewFacts | None:
    """Who a review is about and by, and whether it is shared; None if there is none."""
    found = session.get(Review, review_id)
    if found is None or found.id is None:
        return None
    return ReviewFacts(found.id, found.caller_id, found.reviewer_id, found.status)


def inbox(session: Session, caller_id: int) -> list[InboxRow]:
    """The reviews shared with the caller, the latest shared first."""
    query = _with_subject(
        select(
            col(Review.id),
            col(_Author.initials),
            col(_Author.name),
            col(Review.shared_at),
            col(Review.version),
            _is_new(),
            *_subject_columns(),
        )
    )
    query = query.where(col(Review.caller_id) == caller_id, col(Review.status) == _SHARED)
    query = query.order_by(col(Review.shared_at).desc(), col(Review.id).desc())
    return [
        InboxRow(row[0], _subject(row, 6), row[1], row[2], row[3], row[4], bool(row[5]))
        for row in session.execute(query)
    ]


def unread_count(session: Session, caller_id: int) -> int:
    """How many shared reviews the caller has not acknowledged in their latest version
    (one count on the ``review.caller_id`` index)."""
    query = sqlmodel.select(func.count()).where(
        col(Review.caller_id) == caller_id, col(Review.status) == _SHARED, _is_new()
    )
    return int(session.exec(query).one())


def _latest_content(session: Session, review_id: int) -> dict[str, Any]:
    query = (
        sqlmodel.select(ReviewVersion.content_json)
        .where(col(ReviewVersion.review_id) == review_id)
        .order_by(col(ReviewVersion.version).desc())
        .limit(1)
    )
    found = session.exec(query).first()
    return _json_object(found or "{}")


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _answers(text: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in _json_object(text).items() if isinstance(v, dict)}


def _worked(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except ValueError:
        return ()
    return tuple(str(item) for item in value) if isinstance(value, list) else ()


def review_record(session: Session, review_id: int) -> ReviewRecord | None:
    """The review in full (its commitment from the commitment row, else its latest
    saved version); None if there is none."""
    query = _with_subject(
        select(Review, col(_Author.initials), col(_Author.name), *_subject_columns())
    ).where(col(Review.id) == review_id)
    row = session.execute(query).first()
    if row is None:
        return None
    review: Review = row[0]
    assert review.id is not None
    commitment = session.exec(
        sqlmodel.select(SparringCommitment.text).where(
            col(SparringCommitment.review_id) == review_id
        )
    ).first()
    if commitment is None:
        commitment = str(_latest_content(session, review_id).get("commitment") or "")
    return ReviewRecord(
        facts=ReviewFacts(review.id, review.caller_id, review.reviewer_id, review.status),
        subject=_subject(row, 3),
        author_initials=row[1],
        author_name=row[2],
        rubric_id=review.rubric_id,
        rubric_version=review.rubric_version,
        version=review.version,
        shared_at=review.shared_at,
        acknowledged_at=review.acknowledged_at,
        acknowledged_version=review.acknowledged_version,
        answers=_answers(review.answers_json),
        worked=_worked(review.worked_json),
        try_next=review.try_next,
        commitment=commitment,
    )


def comments(session: Session, review_id: int) -> list[CommentRow]:
    """The review's thread, oldest first."""
    query = (
        sqlmodel.select(ReviewComment, Consultant.initials)
        .join(Consultant, col(Consultant.id) == col(ReviewComment.author_id))
        .where(col(ReviewComment.review_id) == review_id)
        .order_by(col(ReviewComment.at), col(ReviewComment.id))
    )
    rows = []
    for comment, initials in session.exec(query):
        assert comment.id is not None
        rows.append(CommentRow(comment.id, comment.author_id, initials, comment.at, comment.text))
    return rows


def add_comment(session: Session, review_id: int, author_id: int, text: str, at: datetime) -> int:
    """Add a message to the review's thread; its id."""
    comment = ReviewComment(review_id=review_id, author_id=author_id, at=at, text=text)
    session.add(comment)
    session.flush()
    assert comment.id is not None
    return comment.id


def acknowledge(session: Session, review_id: int, at: datetime) -> int:
    """Mark the review's current version acknowledged; that version."""
    review = session.get(Review, review_id)
    if review is None:
        raise LookupError(review_id)
    review.acknowledged_at, review.acknowledged_version = at, review.version
    session.add(review)
    session.flush()
    return review.version


def commitments(session: Session, consultant_id: int) -> list[CommitmentRow]:
    """The consultant's commitments from shared reviews, the newest first."""
    query = _with_subject(
        select(SparringCommitment, col(_Author.initials), *_subject_columns()).join(
            Review, col(Review.id) == col(SparringCommitment.review_id)
        )
    ).where(col(SparringCommitment.consultant_id) == consultant_id, col(Review.status) == _SHARED)
    query = query.order_by(col(SparringCommitment.created_at).desc(), col(SparringCommitment.id))
    rows = []
    for row in session.execute(query):
        found: SparringCommitment = row[0]
        assert found.id is not None
        rows.append(
            CommitmentRow(
                found.id,
                found.review_id,
                found.consultant_id,
                found.text,
                found.status,
                found.created_at,
                found.settled_at,
                _subject(row, 2),
                row[1],
            )
        )
    return rows


def commitment_facts(session: Session, commitment_id: int) -> tuple[int, str] | None:
    """Whose commitment it is and its status (None if there is none, or its review is
    not shared)."""
    query = (
        sqlmodel.select(SparringCommitment.consultant_id, SparringCommitment.status)
        .join(Review, col(Review.id) == col(SparringCommitment.review_id))
        .where(col(SparringCommitment.id) == commitment_id, col(Review.status) == _SHARED)
    )
    row = session.exec(query).first()
    return None if row is None else (row[0], row[1])


def set_commitment_status(
    session: Session, commitment_id: int, status: CommitmentStatus, at: datetime
) -> None:
    """Settle a commitment (kept or dropped, at ``at``) or reopen it."""
    found = session.get(SparringCommitment, commitment_id)
    if found is None:
        raise LookupError(commitment_id)
    found.status = status.value
    found.settled_at = None if status is CommitmentStatus.OPEN else at
    session.add(found)
    session.flush()


def trend_reviews(session: Session, caller_id: int) -> list[TrendReview]:
    """The caller's shared reviews with their answers, the earliest call or visit first."""
    at = func.coalesce(Call.started_at, Meeting.starts_at)
    query = (
        select(
            col(Review.id),
            at,
            col(Review.rubric_id),
            col(Review.answers_json),
            col(Review.rubric_version),
        )
        .outerjoin(Call, col(Call.id) == col(Review.call_id))
        .outerjoin(Meeting, col(Meeting.id) == col(Review.meeting_id))
        .where(col(Review.caller_id) == caller_id, col(Review.status) == _SHARED)
        .order_by(at, col(Review.id))
    )
    rows = session.execute(query)
    return [TrendReview(row[0], row[1], row[2], _answers(row[3]), row[4]) for row in rows]
