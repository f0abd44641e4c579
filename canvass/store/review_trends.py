"""The shared reviews behind the rubric scores per phase over time (issue 12, section 3):
each shared review of a call or visit in the scope's period, with its caller, the moment
of the call (or visit) and its stored answers. Scored per phase by the service
(:func:`canvass.domain.review.score_phases`); a review's content never leaves the service.

The moment is the call's start (a visit's start), as in the caller's own trend
(:func:`canvass.store.feedback.trend_reviews`), so that a review shared late counts in the
week the call was made. The scope's consultant and team are the *caller's*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from canvass.domain.sparring import ReviewStatus
from canvass.store.feedback import parse_answers
from canvass.store.models import Call, Meeting
from canvass.store.sparring_models import Review
from canvass.store.stats import Scope, team_members


@dataclass(frozen=True)
class SharedAnswers:
    """One shared review: whose call, when the call was, the rubric, the stored answers."""

    review_id: int
    caller_id: int
    at: datetime
    rubric_id: str
    answers: dict[str, dict[str, Any]]


def shared_reviews(session: Session, scope: Scope) -> list[SharedAnswers]:
    """The shared reviews of calls (and visits) in the scope, the earliest first."""
    at = func.coalesce(col(Call.started_at), col(Meeting.starts_at))
    query = (
        select(col(Review.id), col(Review.caller_id), at, col(Review.rubric_id),
               col(Review.answers_json))
        .outerjoin(Call, col(Call.id) == col(Review.call_id))
        .outerjoin(Meeting, col(Meeting.id) == col(Review.meeting_id))
        .where(col(Review.status) == ReviewStatus.SHARED.value)
        .order_by(at, col(Review.id))
    )  # fmt: skip
    if scope.start is not None:
        query = query.where(at >= scope.start)
    if scope.end is not None:
        query = query.where(at < scope.end)
    if scope.consultant_id is not None:
        query = query.where(col(Review.caller_id) == scope.consultant_id)
    if scope.team is not None:
        query = query.where(col(Review.caller_id).in_(team_members(scope.team)))
    return [
        SharedAnswers(int(row[0]), int(row[1]), _aware(row[2]), str(row[3]), parse_answers(row[4]))
        for row in session.execute(query)
        if row[2] is not None
    ]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
