"""The score of one rubric phase in a review, as the caller's trend shows it.

The arithmetic is :func:`canvass.domain.review.score_phases` (the one phase score); here
it reads the stored JSON. A phase's score is the weighted mean, over its answered
checkpoints that are not "ikke relevant", of yes = 1, no = 0 and a scale answer v (1–4) =
(v − 1) / 3: a number in 0..1, or None when nothing in the phase was answered. Weights
come from the rubric (1 when the rubric or the checkpoint is unknown). Plain Python: no
Textual, no database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from canvass.domain.review import Answer, PhaseScore, point_score, score_phases

__all__ = ["PhaseScore", "answer_value", "phase_scores"]


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
    return score_phases(
        (phase, Answer.from_json(answer), weight(checkpoint_id))
        for checkpoint_id, answer in answers.items()
        if isinstance(phase := answer.get("phase"), str)
    )
