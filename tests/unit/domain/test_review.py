"""A review's content: the agreed JSON shapes, the checks before saving, phase scores and
what changed between two versions."""

from __future__ import annotations

import json

import pytest

from canvass.domain.review import (
    Answer,
    ContentProblem,
    Pin,
    ReviewContent,
    changes,
    check_content,
    loads_answers,
    phase_scores,
)

from ..services.review_fixtures import RUBRIC


def test_answers_round_trip_in_the_agreed_shape() -> None:
    content = ReviewContent(
        answers={
            "formaal": Answer("aabning", "scale", 2, observation="kort", pin=Pin(event=7)),
            "accept": Answer("analyse", "yes_no", None, na=True, pin=Pin(note=3)),
        },
        worked=("a",),
        try_next="b",
        commitment="c",
        status="shared",
    )
    data = json.loads(json.dumps(content.to_json()))
    assert data["answers"]["formaal"] == {
        "phase": "aabning",
        "kind": "scale",
        "value": 2,
        "na": False,
        "observation": "kort",
        "pin": {"event": 7},
    }
    assert data["answers"]["accept"]["pin"] == {"note": 3}
    assert set(data) == {"answers", "worked", "try_next", "commitment", "status"}
    assert ReviewContent.from_json(data) == content
    assert loads_answers(json.dumps(data["answers"])) == content.answers
    assert loads_answers("not json") == {}


def test_check_ties_answers_to_the_rubric() -> None:
    typed = ReviewContent(
        answers={"formaal": Answer("wrong", "wrong", 3, observation="  kort  ")},
        worked=(" godt ", "", "  "),
        commitment="  én ting ",
    )
    checked = check_content(typed, RUBRIC, sharing=True)
    assert checked.answers["formaal"] == Answer("aabning", "scale", 3, observation="kort")
    assert checked.worked == ("godt",) and checked.commitment == "én ting"
    with pytest.raises(ContentProblem) as problem:
        check_content(ReviewContent(answers={"nope": Answer("x", "yes_no")}), RUBRIC, sharing=False)
    assert problem.value.key == "review.problem.unknown_checkpoint"
    with pytest.raises(ContentProblem) as problem:
        bad = {"accept": Answer("analyse", "yes_no", 2)}
        check_content(ReviewContent(answers=bad), RUBRIC, sharing=False)
    assert problem.value.key == "review.problem.value"


def test_phase_scores_are_weighted_means_of_what_was_answered() -> None:
    answers = {
        "praesenterede": Answer("aabning", "yes_no", "no"),  # weight 1 → 0
        "formaal": Answer("aabning", "scale", 4),  # weight 2 → 1
        "aabne-spoergsmaal": Answer("analyse", "scale", None, na=True),
        "accept": Answer("analyse", "yes_no", None),
    }
    assert phase_scores(RUBRIC, answers) == {"aabning": pytest.approx(2 / 3), "analyse": None}


def test_changes_between_versions() -> None:
    first = ReviewContent(answers={"accept": Answer("analyse", "yes_no", "no")}, worked=("a",))
    assert {c.what for c in changes(None, first)} == {"answer", "worked"}
    second = ReviewContent(
        answers={"accept": Answer("analyse", "yes_no", "yes")},
        worked=("a",),
        commitment="c",
        status="shared",
    )
    found = changes(first, second)
    assert [(c.what, c.checkpoint, c.before, c.after) for c in found] == [
        ("answer", "accept", "no", "yes"),
        ("commitment", None, "", "c"),
        ("status", None, "draft", "shared"),
    ]
    assert found[0].old == first.answers["accept"] and found[0].new == second.answers["accept"]
    assert changes(second, second) == ()


def test_not_relevant_only_where_the_rubric_allows_it() -> None:
    rubric = RUBRIC.model_copy(
        update={
            "phases": (
                RUBRIC.phases[0].model_copy(
                    update={
                        "checkpoints": (
                            RUBRIC.phases[0].checkpoints[0],
                            RUBRIC.phases[0].checkpoints[1].model_copy(update={"na": False}),
                        )
                    }
                ),
            )
        }
    )
    for point in ("praesenterede", "formaal"):  # mandatory; na: false
        with pytest.raises(ContentProblem) as problem:
            na = {point: Answer("aabning", "yes_no", None, na=True)}
            check_content(ReviewContent(answers=na), rubric, sharing=False)
        assert problem.value.key == "review.problem.mandatory"
    allowed = {"accept": Answer("analyse", "yes_no", None, na=True)}
    assert check_content(ReviewContent(answers=allowed), RUBRIC, sharing=False).answers


def test_the_review_and_the_trend_score_a_phase_alike() -> None:
    """One phase score: the rubric's view (review screen) and the stored JSON's (trends)."""
    from canvass.domain.feedback_score import phase_scores as stored_scores

    answers = {
        "praesenterede": Answer("aabning", "yes_no", "yes"),  # weight 1 → 1
        "formaal": Answer("aabning", "scale", 2),  # weight 2 → 1/3
        "accept": Answer("analyse", "yes_no", "no"),
    }
    by_rubric = phase_scores(RUBRIC, answers)
    stored = {cid: a.to_json() for cid, a in answers.items()}

    def weight(checkpoint_id: str) -> int:
        found = RUBRIC.checkpoint(checkpoint_id)
        return found[1].weight if found is not None else 1

    by_json = stored_scores(stored, weight)
    assert by_rubric == {"aabning": pytest.approx((1 + 2 / 3) / 3), "analyse": 0.0}
    assert {phase: s.score for phase, s in by_json.items()} == by_rubric
