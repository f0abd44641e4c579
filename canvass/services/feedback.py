"""The caller's side of sparring: feedback shared with them, acknowledged or answered in a
short thread, the commitments it ended in, and their scores per phase over time.

Every method enforces :mod:`canvass.domain.sparring_access`: a review is seen only by the
caller (once shared), its author and trainers; team leads never see its content. A
refusal raises :class:`AccessDenied` with a message in the UI language. Rubrics (for
the checkpoints' texts and weights) are passed in by id; without one, checkpoint ids
and weight 1 stand in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from sqlmodel import Session

from canvass.content.rubric_model import Rubric
from canvass.domain.sparring import CommitmentStatus, ReviewStatus, Role
from canvass.domain.sparring_access import AccessDenied, Actor, may_see_review
from canvass.i18n import t
from canvass.services.base import Service
from canvass.services.feedback_views import PhaseTrend, ReviewView, phase_trends, review_view
from canvass.store import feedback as repo
from canvass.store.feedback import CommentRow, CommitmentRow, InboxRow, ReviewFacts

#: The longest comment in a review's thread (characters).
MAX_COMMENT = 1000

_NO_RUBRICS: Mapping[str, Rubric] = {}


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _facts(session: Session, review_id: int) -> ReviewFacts:
    facts = repo.review_facts(session, review_id)
    if facts is None:
        raise LookupError(t("feedback.error.no_review", id=review_id))
    return facts


def _check_sees(actor: Actor, facts: ReviewFacts) -> None:
    """The caller sees a review once shared; its author and trainers always."""
    if not may_see_review(actor, facts.caller_id, facts.reviewer_id):
        raise AccessDenied(t("feedback.denied.read"))
    shared = facts.status == ReviewStatus.SHARED.value
    if not shared and actor.id == facts.caller_id and actor.id != facts.reviewer_id:
        raise AccessDenied(t("feedback.denied.not_shared"))


def _check_caller(actor: Actor, facts: ReviewFacts) -> None:
    if actor.id != facts.caller_id:
        raise AccessDenied(t("feedback.denied.not_caller"))
    if facts.status != ReviewStatus.SHARED.value:
        raise AccessDenied(t("feedback.denied.not_shared"))


def _own_or_trained(
    actor: Actor, consultant_id: int | None, refusal: str = "feedback.denied.others"
) -> int:
    """Whose feedback to show: the actor's own, or any consultant's for a trainer."""
    if consultant_id is None or consultant_id == actor.id:
        return actor.id
    if actor.role is not Role.TRAINER:
        raise AccessDenied(t(refusal))
    return consultant_id


def check_comment(text: str) -> str:
    """The comment as stored (trimmed); ``ValueError`` when empty or too long."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueError(t("feedback.error.empty_comment"))
    if len(cleaned) > MAX_COMMENT:
        raise ValueError(t("feedback.error.long_comment", max=MAX_COMMENT, length=len(cleaned)))
    return cleaned


class FeedbackService(Service):
    """The caller's inbox, a review's content and thread, commitments and trends."""

    def inbox(self, actor: Actor, consultant_id: int | None = None) -> list[InboxRow]:
        """The reviews shared with ``actor`` (or, for a trainer, with ``consultant_id``),
        the latest first, new ones flagged."""
        whose = _own_or_trained(actor, consultant_id)
        return self._store.read(lambda s: repo.inbox(s, whose))

    def unread_count(self, consultant_id: int) -> int:
        """How many shared reviews the consultant has not acknowledged in their latest
        version (a count, no content: for the call list's flag)."""
        return self._store.read(lambda s: repo.unread_count(s, consultant_id))

    def read(
        self,
        actor: Actor,
        review_id: int,
        rubrics: Mapping[str, Rubric] = _NO_RUBRICS,
        rubric_at: Callable[[str, int], Rubric | None] | None = None,
    ) -> ReviewView:
        """The review's content grouped by phase, its author, subject and thread; shown
        with the rubric version it was made against when ``rubric_at`` (id, version →
        rubric, e.g. :meth:`Library.rubric_at`) finds it, else the rubric in ``rubrics``."""

        def work(session: Session) -> ReviewView:
            _check_sees(actor, _facts(session, review_id))
            record = repo.review_record(session, review_id)
            if record is None:  # pragma: no cover - the facts were just read
                raise LookupError(t("feedback.error.no_review", id=review_id))
            thread = repo.comments(session, review_id)
            own = rubric_at(record.rubric_id, record.rubric_version) if rubric_at else None
            return review_view(record, thread, own or rubrics.get(record.rubric_id))

        return self._store.read(work)

    def acknowledge(
        self,
        actor: Actor,
        review_id: int,
        comment: str | None = None,
        *,
        now: datetime | None = None,
    ) -> int:
        """The caller acknowledges the review as it is now (an optional comment joins the
        thread); the version acknowledged."""
        text = check_comment(comment) if comment and comment.strip() else None
        at = _now(now)

        def work(session: Session) -> int:
            _check_caller(actor, _facts(session, review_id))
            if text is not None:
                repo.add_comment(session, review_id, actor.id, text, at)
            return repo.acknowledge(session, review_id, at)

        return self._store.write(work)

    def comment(
        self, actor: Actor, review_id: int, text: str, *, now: datetime | None = None
    ) -> CommentRow:
        """Add to the review's thread: the caller (once shared) or the review's author."""
        cleaned = check_comment(text)
        at = _now(now)

        def work(session: Session) -> CommentRow:
            facts = _facts(session, review_id)
            if actor.id != facts.reviewer_id:
                _check_caller(actor, facts)
            comment_id = repo.add_comment(session, review_id, actor.id, cleaned, at)
            return next(c for c in repo.comments(session, review_id) if c.id == comment_id)

        return self._store.write(work)

    def commitments(self, actor: Actor, consultant_id: int | None = None) -> list[CommitmentRow]:
        """The actor's own commitments (or, for a trainer, ``consultant_id``'s): open, kept,
        dropped, the newest first."""
        whose = _own_or_trained(actor, consultant_id)
        return self._store.read(lambda s: repo.commitments(s, whose))

    def settle(
        self,
        actor: Actor,
        commitment_id: int,
        status: CommitmentStatus | str,
        *,
        now: datetime | None = None,
    ) -> None:
        """The caller marks their commitment kept or dropped."""
        chosen = CommitmentStatus(status)
        if chosen is CommitmentStatus.OPEN:
            raise ValueError(t("feedback.error.settle_open"))
        self._set_status(actor, commitment_id, chosen, _now(now))

    def reopen(self, actor: Actor, commitment_id: int) -> None:
        """The caller takes a kept or dropped commitment up again."""
        self._set_status(actor, commitment_id, CommitmentStatus.OPEN, _now(None))

    def _set_status(
        self, actor: Actor, commitment_id: int, status: CommitmentStatus, at: datetime
    ) -> None:
        def work(session: Session) -> None:
            facts = repo.commitment_facts(session, commitment_id)
            if facts is None:
                raise LookupError(t("feedback.error.no_commitment", id=commitment_id))
            if facts[0] != actor.id:
                raise AccessDenied(t("feedback.denied.not_your_commitment"))
            repo.set_commitment_status(session, commitment_id, status, at)

        self._store.write(work)

    def phase_trend(
        self,
        actor: Actor,
        consultant_id: int,
        rubrics: Mapping[str, Rubric] = _NO_RUBRICS,
        rubric_at: Callable[[str, int], Rubric | None] | None = None,
    ) -> list[PhaseTrend]:
        """Per rubric phase, the score of each of the consultant's shared reviews over time
        (oldest first), with counts; each review weighted by its own rubric version when
        ``rubric_at`` finds it. Only the consultant and trainers may see it."""
        _own_or_trained(actor, consultant_id, refusal="feedback.denied.trend")
        reviews = self._store.read(lambda s: repo.trend_reviews(s, consultant_id))
        return phase_trends(reviews, rubrics, rubric_at)
