"""The A/B variants side by side (``StatsService.variants``) on both backends, on the
hand-built dataset of ``stats_data`` (its table and VARIANTS list say what each call is and
showed). Every expected number was worked out by hand from that table."""

from __future__ import annotations

from datetime import date

import pytest

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import By, Period, Rate
from canvass.services import Services
from tests.unit.services import stats_data
from tests.unit.services.stats_data import AB, MK, TL

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
LEAD = Actor(TL, Role.TEAMLEAD)


@pytest.fixture
def stats(services: Services) -> Services:
    with services.store.session(write=True) as session:
        stats_data.fill(session)
    return services


def _r(count: int, total: int) -> Rate:
    return Rate(count, total)


def _table(items: object) -> list[tuple[object, ...]]:
    return [
        (
            item.key,  # type: ignore[attr-defined]
            [
                (v.variant, v.calls, v.reached, v.steps, v.meetings, v.hit_rate)
                for v in item.variants  # type: ignore[attr-defined]
            ],
        )
        for item in items  # type: ignore[attr-defined]
    ]


def test_each_line_and_answer_compares_its_variants_with_their_funnels(stats: Services) -> None:
    # BALA levels at the end: call 1 → 4, 2 → 1, 4 → 1, 5 → 0, 6 → 3 (3 not reached).
    items = stats.stats.variants(LEAD, NOVEMBER)
    assert _table(items) == [
        (
            "s@1/hilsen",
            [
                ("a", 1, _r(1, 1), (_r(1, 1), _r(1, 1), _r(1, 1), _r(1, 1)), 1, _r(1, 1)),
                ("b", 1, _r(1, 1), (_r(1, 1), _r(0, 1), _r(0, 1), _r(0, 1)), 0, _r(0, 1)),
            ],
        ),
        (  # calls 3 (not reached) and 5; call 8 is unfinished
            "s@2/hilsen",
            [
                ("a", 2, _r(1, 2), (_r(0, 1), _r(0, 1), _r(0, 1), _r(0, 1)), 0, _r(0, 1)),
                ("b", 1, _r(1, 1), (_r(1, 1), _r(0, 1), _r(0, 1), _r(0, 1)), 1, _r(1, 1)),
            ],
        ),
        (  # call 1 showed "kort" twice: one call
            "pris/pris-a",
            [
                ("kort", 1, _r(1, 1), (_r(1, 1), _r(1, 1), _r(1, 1), _r(1, 1)), 1, _r(1, 1)),
                ("lang", 1, _r(1, 1), (_r(1, 1), _r(0, 1), _r(0, 1), _r(0, 1)), 1, _r(1, 1)),
            ],
        ),
        (  # an answer across scripts: call 2 (s v1) and call 6 (t v1) together
            "tid/tid-a",
            [("x", 2, _r(2, 2), (_r(2, 2), _r(1, 2), _r(1, 2), _r(0, 2)), 0, _r(0, 2))],
        ),
    ]
    assert [i.label for i in items] == [
        "s v1 · hilsen",
        "s v2 · hilsen",
        "pris → pris-a",
        "tid → tid-a",
    ]
    assert (items[0].script_id, items[0].script_version, items[0].objection_id) == ("s", 1, None)
    assert (items[2].script_id, items[2].objection_id, items[2].item_id) == (None, "pris", "pris-a")


def test_all_time_adds_december_and_a_consultant_sees_only_their_own(stats: Services) -> None:
    everything = {i.key: i for i in stats.stats.variants(LEAD, Period())}
    # + call 9 (1 Dec in Copenhagen, busy): hilsen a on s v1.
    assert [(v.variant, v.calls, v.reached) for v in everything["s@1/hilsen"].variants] == [
        ("a", 2, _r(1, 2)),
        ("b", 1, _r(1, 1)),
    ]
    anne = stats.stats.variants(Actor(AB, Role.CONSULTANT), NOVEMBER)
    assert [(i.key, [(v.variant, v.calls) for v in i.variants]) for i in anne] == [
        ("s@1/hilsen", [("a", 1), ("b", 1)]),
        ("s@2/hilsen", [("a", 1)]),
        ("pris/pris-a", [("kort", 1)]),
        ("tid/tid-a", [("x", 1)]),
    ]
    with pytest.raises(AccessDenied):
        stats.stats.variants(Actor(AB, Role.CONSULTANT), NOVEMBER, MK)


def test_the_report_carries_the_variants(stats: Services) -> None:
    report = stats.stats.report(LEAD, NOVEMBER, By.VARIANT)
    assert [i.key for i in report.variants] == [
        "s@1/hilsen",
        "s@2/hilsen",
        "pris/pris-a",
        "tid/tid-a",
    ]
    assert [f.key for f in report.overview][:2] == ["s@1/hilsen:a", "s@1/hilsen:b"]
