"""StatsService on both backends, on the hand-built dataset of ``stats_data`` (its table
says what each call is). Every expected number below was worked out by hand from that
table; none comes from the code under test."""

from __future__ import annotations

from datetime import date

import pytest

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import By, Period, Rate
from canvass.i18n import set_language
from canvass.services import Services
from tests.unit.services import stats_data
from tests.unit.services.stats_data import AB, MK, TL, TR

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
LEAD = Actor(TL, Role.TEAMLEAD)
TRAINER = Actor(TR, Role.TRAINER)
ANNE = Actor(AB, Role.CONSULTANT)


@pytest.fixture
def stats(services: Services) -> Services:
    with services.store.session(write=True) as session:
        stats_data.fill(session)
    return services


def _row(figures: object) -> tuple[object, ...]:
    f = figures
    return (f.key, f.calls, f.reached, f.meetings, f.hit_rate, f.hit_rate_calls, f.job_orders)  # type: ignore[attr-defined]


def test_rate_text_shows_the_count_beside_the_share() -> None:
    set_language("da")
    assert Rate(3, 12).text == "25 % (3 af 12)"
    assert Rate(2, 7).text == "29 % (2 af 7)"
    assert Rate(1, 8).text == "13 % (1 af 8)"  # 12.5 rounds up
    assert Rate(0, 0).text == "– (0 af 0)"
    set_language("en")
    try:
        assert Rate(3, 12).text == "25 % (3 of 12)"
    finally:
        set_language("da")


def test_a_period_ending_before_it_begins_is_refused() -> None:
    with pytest.raises(ValueError, match="perioden"):
        Period(date(2026, 11, 30), date(2026, 11, 1))


def test_team_overview_counts_finished_calls_of_the_copenhagen_days(stats: Services) -> None:
    # Calls 1-6 and 10 (1 Nov in Copenhagen); not 7 (October), 8 (unfinished), 9 (1 Dec).
    (team,) = stats.stats.overview(LEAD, NOVEMBER, By.TEAM)
    assert _row(team) == ("", 7, Rate(5, 7), 2, Rate(2, 5), Rate(2, 7), Rate(1, 5))


def test_overview_per_consultant_ordered_by_initials(stats: Services) -> None:
    rows = stats.stats.overview(LEAD, NOVEMBER, By.CONSULTANT)
    assert [_row(r) for r in rows] == [
        ("AB", 3, Rate(2, 3), 1, Rate(1, 2), Rate(1, 3), Rate(0, 2)),
        ("MK", 4, Rate(3, 4), 1, Rate(1, 3), Rate(1, 4), Rate(1, 3)),
    ]


def test_overview_per_script_variant_segment_and_week(stats: Services) -> None:
    service = stats.stats
    assert [_row(r) for r in service.overview(LEAD, NOVEMBER, By.SCRIPT)] == [
        ("s", 5, Rate(4, 5), 2, Rate(2, 4), Rate(2, 5), Rate(0, 4)),
        ("t", 2, Rate(1, 2), 0, Rate(0, 1), Rate(0, 2), Rate(1, 1)),
    ]
    # One row per variant shown (stats_data's VARIANTS): lines per script version first.
    assert [_row(r) for r in service.overview(LEAD, NOVEMBER, By.VARIANT)] == [
        ("s@1/hilsen:a", 1, Rate(1, 1), 1, Rate(1, 1), Rate(1, 1), Rate(0, 1)),
        ("s@1/hilsen:b", 1, Rate(1, 1), 0, Rate(0, 1), Rate(0, 1), Rate(0, 1)),
        ("s@2/hilsen:a", 2, Rate(1, 2), 0, Rate(0, 1), Rate(0, 2), Rate(0, 1)),
        ("s@2/hilsen:b", 1, Rate(1, 1), 1, Rate(1, 1), Rate(1, 1), Rate(0, 1)),
        ("pris/pris-a:kort", 1, Rate(1, 1), 1, Rate(1, 1), Rate(1, 1), Rate(0, 1)),
        ("pris/pris-a:lang", 1, Rate(1, 1), 1, Rate(1, 1), Rate(1, 1), Rate(0, 1)),
        ("tid/tid-a:x", 2, Rate(2, 2), 0, Rate(0, 2), Rate(0, 2), Rate(1, 2)),
    ]
    segments = service.overview(LEAD, NOVEMBER, By.SEGMENT)
    assert [_row(r) for r in segments] == [
        ("industri", 4, Rate(2, 4), 2, Rate(2, 2), Rate(2, 4), Rate(0, 2)),
        ("", 3, Rate(3, 3), 0, Rate(0, 3), Rate(0, 3), Rate(1, 3)),
    ]
    assert segments[1].label == "(uden segment)"
    assert [_row(r) for r in service.overview(LEAD, NOVEMBER, By.WEEK)] == [
        ("2026-W44", 1, Rate(0, 1), 0, Rate(0, 0), Rate(0, 1), Rate(0, 0)),
        ("2026-W47", 1, Rate(1, 1), 0, Rate(0, 1), Rate(0, 1), Rate(1, 1)),
        ("2026-W48", 5, Rate(4, 5), 2, Rate(2, 4), Rate(2, 5), Rate(0, 4)),
    ]


def test_without_a_period_every_finished_call_counts(stats: Services) -> None:
    (team,) = stats.stats.overview(LEAD, Period(), By.TEAM)
    # + call 7 (meeting, reached) and call 9 (busy); call 8 has no outcome.
    assert _row(team) == ("", 9, Rate(6, 9), 3, Rate(3, 6), Rate(3, 9), Rate(1, 6))


def test_funnel_per_script_version(stats: Services) -> None:
    rows = stats.stats.funnel(LEAD, NOVEMBER)
    # BALA levels of the reached calls: 1 → 4, 2 → 1, 4 → 1, 5 → 0, 6 → 3.
    assert [(r.key, r.reached, r.steps, r.meetings) for r in rows] == [
        ("s@1", 2, (Rate(2, 2), Rate(1, 2), Rate(1, 2), Rate(1, 2)), Rate(1, 2)),
        ("s@2", 2, (Rate(1, 2), Rate(0, 2), Rate(0, 2), Rate(0, 2)), Rate(1, 2)),
        ("t@1", 1, (Rate(1, 1), Rate(1, 1), Rate(1, 1), Rate(0, 1)), Rate(0, 1)),
    ]


def test_objections_their_phases_and_which_answers_still_won_a_meeting(stats: Services) -> None:
    rows = stats.stats.objections(LEAD, NOVEMBER)
    summary = [
        (
            r.objection_id,
            r.uses,
            r.phases,
            [(a.answer_id, a.uses, a.meetings) for a in r.answers],
        )
        for r in rows
    ]
    assert summary == [
        (
            "pris",
            3,
            (("aabning", Rate(1, 3)), ("analyse", Rate(2, 3))),
            [("pris-a", 2, Rate(2, 2)), ("pris-b", 1, Rate(0, 1))],
        ),
        (
            "tid",
            2,
            (("indvendinger", Rate(1, 2)), ("loesning", Rate(1, 2))),
            [("tid-a", 2, Rate(0, 2))],
        ),
    ]


def test_where_reached_calls_without_a_meeting_stop(stats: Services) -> None:
    stops = stats.stats.stops(LEAD, NOVEMBER)
    # Calls 2 (indvendinger, B), 5 (aabning, none), 6 (loesning, B A L).
    assert stops.calls == 3
    assert stops.by_phase == (
        ("aabning", Rate(1, 3)),
        ("indvendinger", Rate(1, 3)),
        ("loesning", Rate(1, 3)),
    )
    assert stops.by_bala == (
        ("", Rate(1, 3)),
        ("behov", Rate(1, 3)),
        ("accept_behov", Rate(0, 3)),
        ("loesning", Rate(1, 3)),
        ("accept_loesning", Rate(0, 3)),
    )


def test_sparring_pairs_commitments_and_goals(stats: Services) -> None:
    sparring = stats.stats.sparring(LEAD, NOVEMBER)
    assert [(p.first, p.second, p.shared, p.drafts) for p in sparring.pairs] == [
        ("AB", "MK", 2, 1),
        ("MK", "TR", 1, 0),
    ]
    assert sparring.commitments == 3
    assert (sparring.kept, sparring.dropped, sparring.open) == (Rate(1, 3), Rate(1, 3), Rate(1, 3))
    assert sparring.goals == Rate(3, 7)  # calls 1, 3, 4 of the seven; call 5's is blank


def test_tools_used_per_consultant_and_for_the_team(stats: Services) -> None:
    rows = stats.stats.tools(LEAD, NOVEMBER)
    table = [(r.key, r.reached, r.phases, r.bala, r.objections, r.goals, r.reviewed) for r in rows]
    assert table == [
        ("AB", 2, Rate(2, 2), Rate(2, 2), Rate(2, 2), Rate(1, 2), Rate(1, 2)),
        ("MK", 3, Rate(2, 3), Rate(2, 3), Rate(2, 3), Rate(1, 3), Rate(2, 3)),
        ("", 5, Rate(4, 5), Rate(4, 5), Rate(4, 5), Rate(2, 5), Rate(3, 5)),
    ]
    assert rows[-1].label == "I alt"


def test_a_consultant_sees_only_their_own_figures(stats: Services) -> None:
    service = stats.stats
    assert [_row(r) for r in service.overview(ANNE, NOVEMBER, By.CONSULTANT)] == [
        ("AB", 3, Rate(2, 3), 1, Rate(1, 2), Rate(1, 3), Rate(0, 2)),
    ]
    report = service.report(ANNE, NOVEMBER, By.TEAM)
    assert report.scope == "kun ABs opkald"
    assert [(r.key, r.reached) for r in report.funnel] == [("s@1", 2)]
    assert [(o.objection_id, o.uses) for o in report.objections] == [("pris", 2), ("tid", 1)]
    # R1, R2 (MK reviewing AB) and R3 (AB reviewing MK) are AB's; R4 (TR, MK) is not.
    assert [(p.first, p.second, p.shared, p.drafts) for p in report.sparring.pairs] == [
        ("AB", "MK", 2, 1)
    ]
    assert (report.sparring.commitments, report.sparring.kept) == (1, Rate(1, 1))
    assert report.sparring.goals == Rate(2, 3)
    assert [r.key for r in report.tools] == ["AB", ""]


def test_a_consultant_asking_for_a_colleague_is_refused(stats: Services) -> None:
    with pytest.raises(AccessDenied, match="egne tal"):
        stats.stats.overview(ANNE, NOVEMBER, By.TEAM, consultant_id=MK)
    with pytest.raises(AccessDenied):
        stats.stats.report(ANNE, NOVEMBER, By.CONSULTANT, consultant_id=MK)
    # Their own id is fine.
    (own,) = stats.stats.overview(ANNE, NOVEMBER, By.TEAM, consultant_id=AB)
    assert own.calls == 3


def test_leads_and_trainers_may_look_at_one_consultant(stats: Services) -> None:
    for actor in (LEAD, TRAINER):
        (mk,) = stats.stats.overview(actor, NOVEMBER, By.TEAM, consultant_id=MK)
        assert _row(mk) == ("", 4, Rate(3, 4), 1, Rate(1, 3), Rate(1, 4), Rate(1, 3))


def test_all_time_reads_every_event_in_one_pass_with_the_same_rules(stats: Services) -> None:
    # Adds call 7 (AB, s v1, meeting, no BALA step, pris/pris-b in aabning, reviewed by R5)
    # and call 9 (not reached) to November's figures.
    service, ever = stats.stats, Period()
    assert [(r.key, r.reached, r.steps, r.meetings) for r in service.funnel(LEAD, ever)] == [
        ("s@1", 3, (Rate(2, 3), Rate(1, 3), Rate(1, 3), Rate(1, 3)), Rate(2, 3)),
        ("s@2", 2, (Rate(1, 2), Rate(0, 2), Rate(0, 2), Rate(0, 2)), Rate(1, 2)),
        ("t@1", 1, (Rate(1, 1), Rate(1, 1), Rate(1, 1), Rate(0, 1)), Rate(0, 1)),
    ]
    pris = service.objections(LEAD, ever)[0]
    assert (pris.objection_id, pris.uses, pris.phases) == (
        "pris",
        4,
        (("aabning", Rate(2, 4)), ("analyse", Rate(2, 4))),
    )
    assert [(a.answer_id, a.uses, a.meetings) for a in pris.answers] == [
        ("pris-a", 2, Rate(2, 2)),
        ("pris-b", 2, Rate(1, 2)),
    ]
    assert service.stops(LEAD, ever).calls == 3  # call 7 booked a meeting
    tools = [(r.key, r.reached, r.phases, r.bala, r.objections, r.goals, r.reviewed)
             for r in service.tools(LEAD, ever)]  # fmt: skip
    assert tools == [
        ("AB", 3, Rate(2, 3), Rate(2, 3), Rate(3, 3), Rate(1, 3), Rate(2, 3)),
        ("MK", 3, Rate(2, 3), Rate(2, 3), Rate(2, 3), Rate(1, 3), Rate(2, 3)),
        ("", 6, Rate(4, 6), Rate(4, 6), Rate(5, 6), Rate(2, 6), Rate(4, 6)),
    ]
