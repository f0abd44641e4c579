"""Rubric scores per phase over time, on both backends: ``stats_data``'s reviews given
answers on the test rubric (weights: praesenterede 1, formaal 2, the analyse points 1),
AB in "Nord" and MK in "Syd". Every expected number is worked out by hand below."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from canvass.domain.review import Answer
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import Period
from canvass.services import Services
from canvass.services.stats_trends import monthly
from canvass.store.sparring_models import Review
from tests.unit.services import stats_data
from tests.unit.services.review_fixtures import RUBRIC
from tests.unit.services.stats_data import AB, MK, TL, TR

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
RUBRICS = {RUBRIC.rubric: RUBRIC}
TRAINER, LEAD = Actor(TR, Role.TRAINER), Actor(TL, Role.TEAMLEAD)

ANSWERS = {
    # R1, AB's call 1 (W48): aabning (1 + 2·1) / 3 = 1; analyse 0.
    1: {"praesenterede": ("aabning", "yes_no", "yes"), "formaal": ("aabning", "scale", 4),
        "accept": ("analyse", "yes_no", "no")},
    # R2 is a draft: never counted, whatever it holds.
    2: {"praesenterede": ("aabning", "yes_no", "no")},
    # R3, MK's call 6 (W47): aabning (0 + 2·1/3) / 3 = 2/9.
    3: {"praesenterede": ("aabning", "yes_no", "no"), "formaal": ("aabning", "scale", 2)},
    # R4, MK's call 4 (W48): aabning (1 + 2·0) / 3 = 1/3; analyse (2/3 + 1) / 2 = 5/6.
    4: {"praesenterede": ("aabning", "yes_no", "yes"), "formaal": ("aabning", "scale", 1),
        "aabne-spoergsmaal": ("analyse", "scale", 3), "accept": ("analyse", "yes_no", "yes")},
    # R5, AB's call 7 (20 October): aabning 1.
    5: {"praesenterede": ("aabning", "yes_no", "yes")},
}  # fmt: skip


@pytest.fixture
def trends(services: Services) -> Services:
    with services.store.session(write=True) as session:
        stats_data.fill(session)
        for review in session.exec(select(Review)):
            answers = {cid: Answer(*a).to_json() for cid, a in ANSWERS[review.id or 0].items()}
            review.answers_json, review.rubric_id = json.dumps(answers), RUBRIC.rubric
            session.add(review)
    services.team.set_team(AB, "Nord", by=TR)
    services.team.set_team(MK, "Syd", by=TR)
    return services


def _table(found: object) -> dict[str, list[tuple[str, float, int]]]:
    return {
        s.phase_id: [(p.bucket, pytest.approx(p.mean), p.reviews) for p in s.points]  # type: ignore[misc]
        for s in found.phases  # type: ignore[attr-defined]
    }


def test_a_trainer_sees_every_callers_reviews_per_week_and_phase(trends: Services) -> None:
    found = trends.trends.rubric_trends(TRAINER, NOVEMBER, rubrics=RUBRICS)
    assert (found.unit, found.buckets, found.reviews) == ("week", ("2026-W47", "2026-W48"), 3)
    assert [(s.phase_id, s.title) for s in found.phases] == [
        ("aabning", "Åbning"),
        ("analyse", "Analyse — find behovet"),
    ]
    assert _table(found) == {
        "aabning": [("2026-W47", 2 / 9, 1), ("2026-W48", (1 + 1 / 3) / 2, 2)],
        "analyse": [("2026-W48", (0 + 5 / 6) / 2, 2)],
    }
    assert found.phases[0].at("2026-W48").percent == 67  # type: ignore[union-attr]


def test_a_long_period_goes_per_month(trends: Services) -> None:
    assert monthly(Period()) and not monthly(NOVEMBER)
    found = trends.trends.rubric_trends(TRAINER, Period(), rubrics=RUBRICS)
    assert (found.unit, found.buckets, found.reviews) == ("month", ("2026-10", "2026-11"), 4)
    assert _table(found)["aabning"] == [
        ("2026-10", 1.0, 1),
        ("2026-11", (1 + 2 / 9 + 1 / 3) / 3, 3),
    ]


def test_a_team_lead_counts_per_team_not_per_colleague(trends: Services) -> None:
    syd = trends.trends.rubric_trends(LEAD, NOVEMBER, team="Syd", rubrics=RUBRICS)
    assert _table(syd) == {
        "aabning": [("2026-W47", 2 / 9, 1), ("2026-W48", 1 / 3, 1)],
        "analyse": [("2026-W48", 5 / 6, 1)],
    }
    with pytest.raises(AccessDenied, match=r"pr\. hold"):
        trends.trends.rubric_trends(LEAD, NOVEMBER, consultant_id=MK)
    with pytest.raises(LookupError, match="kendte hold: Nord, Syd"):
        trends.trends.rubric_trends(LEAD, NOVEMBER, team="Øst")


def test_a_consultant_sees_only_their_own_reviews(trends: Services) -> None:
    anne = Actor(AB, Role.CONSULTANT)
    own = trends.trends.rubric_trends(anne, NOVEMBER, rubrics=RUBRICS)
    assert _table(own) == {"aabning": [("2026-W48", 1.0, 1)], "analyse": [("2026-W48", 0.0, 1)]}
    with pytest.raises(AccessDenied):
        trends.trends.rubric_trends(anne, NOVEMBER, consultant_id=MK)
    with pytest.raises(AccessDenied):
        trends.trends.rubric_trends(anne, NOVEMBER, team="Syd")


def test_without_the_rubric_every_checkpoint_weighs_one(trends: Services) -> None:
    found = trends.trends.rubric_trends(TRAINER, NOVEMBER, team="Syd")
    # R3: (0 + 1/3) / 2 = 1/6; R4: (1 + 0) / 2 = 1/2. Titles from the catalogue.
    assert _table(found)["aabning"] == [("2026-W47", 1 / 6, 1), ("2026-W48", 1 / 2, 1)]
