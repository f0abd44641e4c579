"""The score of one rubric phase in a review, as the caller's trend shows it.

A phase's score is the weighted mean, over its answered checkpoints that are not "ikke
relevant", of yes = 1, no = 0 and a scale answer v (1–4) = (v − 1) / 3: a number in 0..1,
or None when nothing in the phase was answered. Weights come from the rubric (1 when the
rubric or the checkpoint is unknown). Plain Python: no Textual, no database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from canvass.domain.review import Answer, point_score


@dataclass(frozen=True)
class PhaseScore:
    """A phase's score (0..1) and how many checkpoints it was computed from."""

    score: float
    answered: int


def answer_value(answer: Mapping[str, Any]) -> float | None:
    """One stored answer as 0..1, or None when unanswered or "ikke relevant" (the rule
    of :func:`canvass.domain.review.point_score`, on the stored JSON)."""
    return point_score(Answer.from_json(answer))


def phase_scores(
    answers: Mapping[str, Mapping[str, Any]], weight: Callable[[str], int] = lambda _: 1
) -> dict[str, PhaseScore]:
    """Every phase of ``answers`` (the review's ``answers_json``) that has a score.

    ``weight(checkpoint_id)`` is the checkpoint's weight in its rubric.
    """
    sums: dict[str, tuple[float, int, int]] = {}
    for checkpoint_id, answer in answers.items():
        value = answer_value(answer)
        phase = answer.get("phase")
        if value is None or not isinstance(phase, str):
            continue
        w = max(1, weight(checkpoint_id))
        total, weights, count = sums.get(phase, (0.0, 0, 0))
        sums[phase] = (total + w * value, weights + w, count + 1)
    return {
        phase: PhaseScore(total / weights, count) for phase, (total, weights, count) in sums.items()
    }
