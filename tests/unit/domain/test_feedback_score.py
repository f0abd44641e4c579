"""The phase score: weighted mean of answered, relevant checkpoints (yes 1, no 0, v → (v-1)/3)."""

from __future__ import annotations

import pytest

from canvass.domain.feedback_score import PhaseScore, answer_value, phase_scores


def _a(phase: str, value: object, na: bool = False) -> dict[str, object]:
    return {"phase": phase, "value": value, "na": na}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (_a("p", "yes"), 1.0),
        (_a("p", "no"), 0.0),
        (_a("p", 1), 0.0),
        (_a("p", 2), 1 / 3),
        (_a("p", 4), 1.0),
        (_a("p", 4, na=True), None),
        (_a("p", None), None),
        (_a("p", 5), None),
        (_a("p", True), None),  # a bool is not a scale answer
        (_a("p", "maybe"), None),
    ],
)
def test_answer_value(answer: dict[str, object], expected: float | None) -> None:
    assert answer_value(answer) == (pytest.approx(expected) if expected is not None else None)


def test_phase_scores_weigh_answered_checkpoints_per_phase() -> None:
    answers = {
        "a1": _a("aabning", "yes"),
        "a2": _a("aabning", 3),
        "a3": _a("aabning", None),  # unanswered: left out
        "b1": _a("analyse", 1, na=True),  # not relevant: left out
        "b2": _a("analyse", "no"),
        "c1": _a("afslutning", None),
    }
    weights = {"a2": 2}
    scores = phase_scores(answers, lambda cid: weights.get(cid, 1))
    assert scores.keys() == {"aabning", "analyse"}
    assert scores["aabning"].score == pytest.approx((1 + 2 * 2 / 3) / 3)
    assert scores["aabning"].answered == 2
    assert scores["analyse"] == PhaseScore(0.0, 1)
    assert phase_scores({}) == {}
