"""What the caller's side of sparring shows, built from the stored review and its rubric.

:func:`review_view` groups a review's answers by the rubric's phases (in the rubric's
order, with its texts and weights; without the rubric, by the known phase order and
the checkpoint ids) and scores each phase (:mod:`canvass.domain.feedback_score`);
:func:`phase_trends` lines up those scores over the caller's shared reviews. Plain
Python: no Textual, no database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from canvass.content.rubric_model import Rubric, VisitPhase
from canvass.domain.feedback_score import PhaseScore, phase_scores
from canvass.domain.phases import PHASE_ORDER
from canvass.i18n import CATALOGUE, t
from canvass.store.feedback import CommentRow, ReviewRecord, Subject, TrendReview

#: Phases in their order when no rubric says otherwise: the call's, then the visit's.
KNOWN_PHASES: tuple[str, ...] = tuple(p.value for p in PHASE_ORDER) + tuple(
    p.value for p in VisitPhase
)


@dataclass(frozen=True)
class AnswerView:
    """One checkpoint's answer as the caller reads it."""

    checkpoint_id: str
    text: str  # the checkpoint's text (its id when the rubric is unknown)
    kind: str  # "yes_no" or "scale"
    value: int | str | None  # 1–4, "yes", "no", or None (unanswered)
    na: bool  # answered "ikke relevant"
    level: str  # the rubric's description of the chosen scale level, or ""
    observation: str
    pinned: bool  # the observation is tied to a moment of the call


@dataclass(frozen=True)
class PhaseView:
    """A phase of the review: its answers and its score (None: nothing answered)."""

    phase_id: str
    title: str
    score: PhaseScore | None
    answers: tuple[AnswerView, ...]


@dataclass(frozen=True)
class ReviewView:
    """A review as the caller reads it, with its thread."""

    review_id: int
    caller_id: int
    author_id: int
    author_initials: str
    author_name: str
    subject: Subject
    rubric_title: str
    status: str
    version: int
    shared_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_version: int | None
    phases: tuple[PhaseView, ...]
    worked: tuple[str, ...]
    try_next: str
    commitment: str
    comments: tuple[CommentRow, ...]

    @property
    def new(self) -> bool:
        """Never acknowledged, or acknowledged before its latest version."""
        return self.acknowledged_version is None or self.acknowledged_version < self.version


@dataclass(frozen=True)
class TrendPoint:
    """One shared review's score in one phase."""

    review_id: int
    at: datetime  # when the call or visit was
    score: float  # 0..1
    answered: int  # checkpoints it was computed from


@dataclass(frozen=True)
class PhaseTrend:
    """A phase's scores over the caller's shared reviews, the oldest first."""

    phase_id: str
    title: str
    points: tuple[TrendPoint, ...]

    @property
    def count(self) -> int:
        """How many reviews scored this phase."""
        return len(self.points)

    @property
    def latest(self) -> float | None:
        """The latest score, or None with none."""
        return self.points[-1].score if self.points else None


def phase_title(phase_id: str, rubric: Rubric | None) -> str:
    """The rubric's title of a phase, else the catalogue's, else the id."""
    if rubric is not None:
        for phase in rubric.phases:
            if phase.id == phase_id:
                return phase.title
    key = f"feedback.phase.{phase_id}"
    return t(key) if key in CATALOGUE else phase_id


def _weight(rubric: Rubric | None) -> Any:
    def weight(checkpoint_id: str) -> int:
        found = rubric.checkpoint(checkpoint_id) if rubric is not None else None
        return found[1].weight if found is not None else 1

    return weight


def _phase_order(phase_ids: list[str], rubric: Rubric | None) -> list[str]:
    order = [p.id for p in rubric.phases] if rubric is not None else []
    order += [p for p in KNOWN_PHASES if p not in order]
    rank = {phase: number for number, phase in enumerate(order)}
    return sorted(dict.fromkeys(phase_ids), key=lambda p: (rank.get(p, len(rank)), p))


def _answer(checkpoint_id: str, answer: Mapping[str, Any], rubric: Rubric | None) -> AnswerView:
    found = rubric.checkpoint(checkpoint_id) if rubric is not None else None
    value = answer.get("value")
    if not isinstance(value, (int, str)) or isinstance(value, bool):
        value = None
    level = ""
    if found is not None and isinstance(value, int) and 1 <= value <= len(found[1].levels):
        level = found[1].levels[value - 1]
    kind = found[1].kind.value if found is not None else str(answer.get("kind") or "")
    return AnswerView(
        checkpoint_id=checkpoint_id,
        text=found[1].text if found is not None else checkpoint_id,
        kind=kind,
        value=value,
        na=bool(answer.get("na")),
        level=level,
        observation=str(answer.get("observation") or ""),
        pinned=bool(answer.get("pin")),
    )


def _checkpoint_rank(rubric: Rubric | None) -> dict[str, int]:
    if rubric is None:
        return {}
    ids = [point.id for phase in rubric.phases for point in phase.checkpoints]
    return {checkpoint_id: number for number, checkpoint_id in enumerate(ids)}


def review_view(
    record: ReviewRecord, comments: list[CommentRow], rubric: Rubric | None
) -> ReviewView:
    """The review grouped by phase, scored, with its thread."""
    answers = record.answers
    scores = phase_scores(answers, _weight(rubric))
    phases_of = [str(a.get("phase") or "") for a in answers.values()]
    rank = _checkpoint_rank(rubric)
    phases = []
    for phase_id in _phase_order(phases_of, rubric):
        ids = [cid for cid, a in answers.items() if str(a.get("phase") or "") == phase_id]
        ids.sort(key=lambda cid: rank.get(cid, len(rank)))
        phases.append(
            PhaseView(
                phase_id=phase_id,
                title=phase_title(phase_id, rubric),
                score=scores.get(phase_id),
                answers=tuple(_answer(cid, answers[cid], rubric) for cid in ids),
            )
        )
    return ReviewView(
        review_id=record.facts.id,
        caller_id=record.facts.caller_id,
        author_id=record.facts.reviewer_id,
        author_initials=record.author_initials,
        author_name=record.author_name,
        subject=record.subject,
        rubric_title=rubric.title if rubric is not None else record.rubric_id,
        status=record.facts.status,
        version=record.version,
        shared_at=record.shared_at,
        acknowledged_at=record.acknowledged_at,
        acknowledged_version=record.acknowledged_version,
        phases=tuple(phases),
        worked=record.worked,
        try_next=record.try_next,
        commitment=record.commitment,
        comments=tuple(comments),
    )


def phase_trends(
    reviews: list[TrendReview],
    rubrics: Mapping[str, Rubric],
    rubric_at: Callable[[str, int], Rubric | None] | None = None,
) -> list[PhaseTrend]:
    """Per phase, the score of each review (given oldest first) that scored it, each
    weighted by the rubric version it was made with when ``rubric_at`` finds it."""
    points: dict[str, list[TrendPoint]] = {}
    rubric_of: dict[str, Rubric] = {}
    for review in reviews:
        own = rubric_at(review.rubric_id, review.rubric_version) if rubric_at else None
        rubric = own or rubrics.get(review.rubric_id)
        for phase_id, score in phase_scores(review.answers, _weight(rubric)).items():
            points.setdefault(phase_id, []).append(
                TrendPoint(review.review_id, review.at, score.score, score.answered)
            )
            if rubric is not None:
                rubric_of.setdefault(phase_id, rubric)
    first_rubric = next(iter(rubric_of.values()), None)
    return [
        PhaseTrend(
            phase_id, phase_title(phase_id, rubric_of.get(phase_id)), tuple(points[phase_id])
        )
        for phase_id in _phase_order(list(points), first_rubric)
    ]
