"""Reviews as records: open one (the reviewer's own, or a new one), save a version of it
with its one commitment, and read it and its versions back.

Functions take an open :class:`Session`; the service checks who may do what first.
Results are frozen dataclasses, never ORM objects. Plain Python: no Textual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlmodel import Session, col

from canvass.domain.review import (
    Answer,
    Change,
    ReviewContent,
    answers_to_json,
    changes,
    loads_answers,
    loads_worked,
)
from canvass.domain.sparring import CommitmentStatus, ReviewStatus
from canvass.store.models import Consultant
from canvass.store.sparring_models import Review, ReviewVersion, SparringCommitment


@dataclass(frozen=True)
class ReviewRecord:
    """A review as it is now."""

    id: int
    call_id: int | None
    meeting_id: int | None
    reviewer_id: int
    caller_id: int
    rubric_id: str
    rubric_version: int
    answers: dict[str, Answer]
    worked: tuple[str, ...]
    try_next: str
    commitment: str
    status: str  # a ReviewStatus value
    version: int  # 0: opened, never saved
    updated_at: datetime
    shared_at: datetime | None

    @property
    def content(self) -> ReviewContent:
        return ReviewContent(self.answers, self.worked, self.try_next, self.commitment, self.status)


@dataclass(frozen=True)
class VersionRow:
    """One saved version: who saved it, when, and what it changed from the one before."""

    version: int
    author: str  # initials
    saved_at: datetime
    content: ReviewContent
    changes: tuple[Change, ...]


def _commitment(session: Session, review_id: int) -> SparringCommitment | None:
    return session.exec(
        sqlmodel.select(SparringCommitment).where(SparringCommitment.review_id == review_id)
    ).first()


def record(session: Session, row: Review) -> ReviewRecord:
    assert row.id is not None
    commitment = _commitment(session, row.id)
    return ReviewRecord(
        id=row.id,
        call_id=row.call_id,
        meeting_id=row.meeting_id,
        reviewer_id=row.reviewer_id,
        caller_id=row.caller_id,
        rubric_id=row.rubric_id,
        rubric_version=row.rubric_version,
        answers=loads_answers(row.answers_json),
        worked=loads_worked(row.worked_json),
        try_next=row.try_next,
        commitment=commitment.text if commitment is not None else "",
        status=row.status,
        version=row.version,
        updated_at=row.updated_at,
        shared_at=row.shared_at,
    )


def review_row(session: Session, review_id: int, *, lock: bool = False) -> Review | None:
    """The review's row; ``lock`` holds it until the transaction ends (PostgreSQL: two
    saves at once then number their versions one after the other)."""
    return session.get(Review, review_id, with_for_update=lock)


def find_own(
    session: Session, reviewer_id: int, *, call_id: int | None, meeting_id: int | None
) -> Review | None:
    """The reviewer's review of this call (or visit), if any."""
    query = sqlmodel.select(Review).where(Review.reviewer_id == reviewer_id)
    if call_id is not None:
        query = query.where(Review.call_id == call_id)
    else:
        query = query.where(Review.meeting_id == meeting_id)
    return session.exec(query.order_by(col(Review.id))).first()


def create(
    session: Session,
    *,
    reviewer_id: int,
    caller_id: int,
    call_id: int | None,
    meeting_id: int | None,
    rubric_id: str,
    rubric_version: int,
    now: datetime,
) -> Review:
    """A new, never saved draft (version 0)."""
    row = Review(
        call_id=call_id,
        meeting_id=meeting_id,
        reviewer_id=reviewer_id,
        caller_id=caller_id,
        rubric_id=rubric_id,
        rubric_version=rubric_version,
        version=0,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def save(
    session: Session, row: Review, author_id: int, content: ReviewContent, now: datetime
) -> None:
    """Write ``content`` as the review's next version, keeping it in ``review_version``,
    and keep the one commitment beside it (its status reset to open when its text changes)."""
    assert row.id is not None
    row.answers_json = json.dumps(answers_to_json(content.answers), ensure_ascii=False)
    row.worked_json = json.dumps(list(content.worked), ensure_ascii=False)
    row.try_next = content.try_next
    if content.status == ReviewStatus.SHARED.value and row.shared_at is None:
        row.shared_at = now
    row.status = content.status
    row.version += 1
    row.updated_at = now
    session.add(row)
    session.add(
        ReviewVersion(
            review_id=row.id,
            version=row.version,
            author_id=author_id,
            saved_at=now,
            content_json=json.dumps(content.to_json(), ensure_ascii=False),
        )
    )
    kept = _commitment(session, row.id)
    if not content.commitment:
        if kept is not None:
            session.delete(kept)
    elif kept is None:
        session.add(
            SparringCommitment(
                review_id=row.id, consultant_id=row.caller_id, text=content.commitment,
                status=CommitmentStatus.OPEN.value, created_at=now,
            )
        )  # fmt: skip
    elif kept.text != content.commitment:
        kept.text, kept.status = content.commitment, CommitmentStatus.OPEN.value
        kept.settled_at = None
        session.add(kept)
    session.flush()


def versions(session: Session, review_id: int) -> list[VersionRow]:
    """Every saved version, oldest first, each with what it changed."""
    rows = session.exec(
        sqlmodel.select(ReviewVersion, Consultant.initials)
        .join(Consultant, col(Consultant.id) == ReviewVersion.author_id)
        .where(ReviewVersion.review_id == review_id)
        .order_by(col(ReviewVersion.version))
    ).all()
    found: list[VersionRow] = []
    before: ReviewContent | None = None
    for version, initials in rows:
        try:
            data = json.loads(version.content_json or "{}")
        except ValueError:
            data = {}
        content = ReviewContent.from_json(data if isinstance(data, dict) else {})
        found.append(
            VersionRow(
                version.version, initials, version.saved_at, content, changes(before, content)
            )
        )
        before = content
    return found
