"""Rubric scores per phase over time (issue 12, section 3, sparring): for the shared
reviews of a period, per ISO week (per month when the period is longer than about three
months, or unbounded) and per rubric phase, the mean of the reviews' phase scores and how
many reviews it is the mean of — never per person ranked, never a review's content.

Who sees what (enforced here): a trainer every caller's reviews, one consultant's or one
team's; a team lead the department's or one team's (counts per team, never one
colleague's sparring); a consultant only their own reviews as the caller. A phase score is
:func:`canvass.domain.review.score_phases` on the stored answers, weighted by the rubric
when it is known (weight 1 when not).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from canvass.domain.feedback_score import phase_scores
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import Period, iso_week
from canvass.domain.when import COPENHAGEN
from canvass.i18n import t
from canvass.services import stats_team
from canvass.services.base import Service
from canvass.services.feedback_views import KNOWN_PHASES, phase_title
from canvass.store import review_trends as repo

if TYPE_CHECKING:
    from canvass.content.rubric_model import Rubric

#: A period longer than this many days is shown per month, not per week.
MONTHLY_AFTER_DAYS = 91


@dataclass(frozen=True)
class TrendPoint:
    """One phase in one week (or month): the mean score 0..1 over ``reviews`` reviews."""

    bucket: str  # "2026-W48" or "2026-11"
    mean: float
    reviews: int

    @property
    def percent(self) -> int:
        """The mean as a whole percent (half rounds up)."""
        return int(self.mean * 100 + 0.5)


@dataclass(frozen=True)
class PhaseSeries:
    """One rubric phase over time; ``points`` only where a review scored the phase."""

    phase_id: str
    title: str
    points: tuple[TrendPoint, ...]

    def at(self, bucket: str) -> TrendPoint | None:
        """The point of this week (or month), or None."""
        return next((point for point in self.points if point.bucket == bucket), None)


@dataclass(frozen=True)
class RubricTrends:
    """The period's shared reviews scored per phase and week (or month)."""

    unit: str  # "week" or "month"
    buckets: tuple[str, ...]  # every week (month) with a scored phase, in order
    phases: tuple[PhaseSeries, ...]  # in the rubric's (or the known) phase order
    reviews: int  # shared reviews counted


def monthly(period: Period) -> bool:
    """Whether the period is shown per month (long or unbounded) rather than per week."""
    if period.first is None or period.last is None:
        return True
    return (period.last - period.first).days + 1 > MONTHLY_AFTER_DAYS


def _bucket(at: datetime, per_month: bool) -> str:
    return f"{at.astimezone(COPENHAGEN):%Y-%m}" if per_month else iso_week(at)


class TrendService(Service):
    """The rubric trends' read; one read transaction."""

    def rubric_trends(
        self,
        actor: Actor,
        period: Period,
        consultant_id: int | None = None,
        team: str | None = None,
        rubrics: Mapping[str, Rubric] | None = None,
    ) -> RubricTrends:
        """Per phase and week (or month), the mean phase score of the shared reviews."""
        if actor.role is Role.TEAMLEAD and consultant_id not in (None, actor.id):
            raise AccessDenied(t("teams.error.lead_one"))
        scope = stats_team.scope(self._store, actor, period, consultant_id, team)
        found = self._store.read(lambda s: repo.shared_reviews(s, stats_team.checked(s, scope)))
        return trends_of(found, monthly(period), rubrics or {})


def trends_of(
    reviews: list[repo.SharedAnswers], per_month: bool, rubrics: Mapping[str, Rubric]
) -> RubricTrends:
    """The reviews (earliest first) scored and averaged per phase and bucket."""
    sums: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    buckets: list[str] = []
    rubric_of: dict[str, Rubric] = {}
    for review in reviews:
        bucket = _bucket(review.at, per_month)
        rubric = rubrics.get(review.rubric_id)
        scores = phase_scores(review.answers, _weight(rubric))
        if scores and bucket not in buckets:  # a week only shows when something was scored
            buckets.append(bucket)
        for phase, score in scores.items():
            sums[phase][bucket].append(score.score)
            if rubric is not None:
                rubric_of.setdefault(phase, rubric)
    buckets.sort()
    series = [
        PhaseSeries(
            phase,
            phase_title(phase, rubric_of.get(phase)),
            tuple(
                TrendPoint(bucket, sum(means) / len(means), len(means))
                for bucket in buckets
                if (means := sums[phase].get(bucket))
            ),
        )
        for phase in sums
    ]
    series.sort(key=lambda s: _phase_rank(s.phase_id, rubric_of.get(s.phase_id)))
    return RubricTrends("month" if per_month else "week", tuple(buckets), tuple(series),
                        len(reviews))  # fmt: skip


def _weight(rubric: Rubric | None) -> Callable[[str], int]:
    def weight(checkpoint_id: str) -> int:
        found = rubric.checkpoint(checkpoint_id) if rubric is not None else None
        return found[1].weight if found is not None else 1

    return weight


def _phase_rank(phase_id: str, rubric: Rubric | None) -> tuple[int, int, str]:
    if rubric is not None:
        ids = [phase.id for phase in rubric.phases]
        if phase_id in ids:
            return (0, ids.index(phase_id), phase_id)
    if phase_id in KNOWN_PHASES:
        return (1, KNOWN_PHASES.index(phase_id), phase_id)
    return (2, 0, phase_id)
