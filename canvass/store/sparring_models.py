"""The tables of buddy-pair sparring: pairs over time, live observation, reviews with every
earlier version, their comment threads and the caller's commitments.

Kept apart from :mod:`canvass.store.models` (which imports it, so every table is in
``SQLModel.metadata``). Revision 0011 (:mod:`canvass.store.migrate_v11`) builds them.

- ``buddy_pair``: who was paired with whom, from when to when (``ended_at`` null: now).
  ``consultant.buddy_id`` mirrors the open pair; both change in one transaction.
- ``observation``: a colleague following a caller live; ``seen_at`` is the observer's
  heartbeat (the caller sees "MH følger med" while it is fresh).
- ``observer_note``: the observer's own notes on a call, at a second and a phase of it.
- ``review``: one rubric review of a call *or* a held visit (meeting). ``answers_json``
  holds ``{checkpoint id: {"value": 1-4 | "yes" | "no" | null, "na": bool,
  "observation": str, "pin": {"event": id} | {"note": id} | null}}``; ``worked_json`` a
  list of 1–3 texts. ``version`` grows with every save; ``review_version`` keeps each.
- ``review_comment``: the caller's (and author's) short thread on a review.
- ``sparring_commitment``: the review's one commitment, with its status over time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, Text
from sqlmodel import Field, SQLModel

from canvass.domain.sparring import CommitmentStatus, ReviewStatus


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class BuddyPair(SQLModel, table=True):
    """Two consultants paired for sparring, from ``started_at`` until ``ended_at``."""

    __tablename__ = "buddy_pair"

    id: int | None = Field(default=None, primary_key=True)
    first_id: int = Field(foreign_key="consultant.id", index=True)
    second_id: int = Field(foreign_key="consultant.id", index=True)
    started_at: datetime = Field(default_factory=_utcnow)
    ended_at: datetime | None = None


class Observation(SQLModel, table=True):
    """A colleague following a caller's calls live from a second terminal."""

    __tablename__ = "observation"

    id: int | None = Field(default=None, primary_key=True)
    observer_id: int = Field(foreign_key="consultant.id")
    observed_id: int = Field(foreign_key="consultant.id", index=True)
    started_at: datetime = Field(default_factory=_utcnow)
    seen_at: datetime = Field(default_factory=_utcnow)
    ended_at: datetime | None = None


class ObserverNote(SQLModel, table=True):
    """A note the observer typed during a call: the observer's, not the caller's."""

    __tablename__ = "observer_note"

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", ondelete="CASCADE", index=True)
    observer_id: int = Field(foreign_key="consultant.id")
    at: datetime = Field(default_factory=_utcnow)
    offset_s: int = 0  # seconds since the call started
    phase: str | None = Field(default=None, max_length=20)
    text: str = Field(default="", sa_type=Text)


class Review(SQLModel, table=True):
    """A rubric review of one call or one held visit, by the caller's buddy or a trainer."""

    __tablename__ = "review"
    __table_args__ = (
        CheckConstraint(
            "(call_id IS NULL AND meeting_id IS NOT NULL)"
            " OR (call_id IS NOT NULL AND meeting_id IS NULL)",
            name="ck_review_subject",
        ),
        CheckConstraint(_in("status", ReviewStatus), name="ck_review_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    call_id: int | None = Field(default=None, foreign_key="call.id", ondelete="CASCADE", index=True)
    meeting_id: int | None = Field(
        default=None, foreign_key="meeting.id", ondelete="CASCADE", index=True
    )
    reviewer_id: int = Field(foreign_key="consultant.id")
    caller_id: int = Field(foreign_key="consultant.id", index=True)
    rubric_id: str = Field(default="", max_length=80)
    rubric_version: int = 1
    answers_json: str = Field(default="{}", sa_type=Text)
    worked_json: str = Field(default="[]", sa_type=Text)
    try_next: str = Field(default="", sa_type=Text)
    status: str = Field(default=ReviewStatus.DRAFT.value, max_length=10)
    version: int = 1
    created_at: datetime = Field(default_factory=_utcnow)
    updated_at: datetime = Field(default_factory=_utcnow)
    shared_at: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_version: int | None = None  # a later version flags the review as new again


class ReviewVersion(SQLModel, table=True):
    """A saved version of a review: who saved it, when, and all it said then."""

    __tablename__ = "review_version"
    __table_args__ = (Index("ux_review_version", "review_id", "version", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", ondelete="CASCADE")
    version: int
    author_id: int = Field(foreign_key="consultant.id")
    saved_at: datetime = Field(default_factory=_utcnow)
    content_json: str = Field(default="{}", sa_type=Text)


class ReviewComment(SQLModel, table=True):
    """One message of the short thread on a review (an acknowledgement may carry one)."""

    __tablename__ = "review_comment"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", ondelete="CASCADE", index=True)
    author_id: int = Field(foreign_key="consultant.id")
    at: datetime = Field(default_factory=_utcnow)
    text: str = Field(default="", sa_type=Text)


class SparringCommitment(SQLModel, table=True):
    """The one commitment a review ends in, followed on the caller's next calls."""

    __tablename__ = "sparring_commitment"
    __table_args__ = (
        CheckConstraint(_in("status", CommitmentStatus), name="ck_sparring_commitment_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", ondelete="CASCADE", unique=True)
    consultant_id: int = Field(foreign_key="consultant.id", index=True)
    text: str = Field(default="", sa_type=Text)
    status: str = Field(default=CommitmentStatus.OPEN.value, max_length=10)
    created_at: datetime = Field(default_factory=_utcnow)
    settled_at: datetime | None = None
