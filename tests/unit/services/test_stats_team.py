"""The statistics per team and of one team, on both backends, on ``stats_data``'s dataset
with AB in "Nord" and MK in "Syd" (or in no team). Every expected number was worked out by
hand from that module's table; none comes from the code under test."""

from __future__ import annotations

from datetime import date

import pytest

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import By, Period, Rate
from canvass.services import Services
from canvass.services.stats import PairRow
from tests.unit.services import stats_data
from tests.unit.services.stats_data import AB, MK, TL, TR

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))
LEAD = Actor(TL, Role.TEAMLEAD)
ANNE = Actor(AB, Role.CONSULTANT)


@pytest.fixture
def stats(services: Services) -> Services:
    with services.store.session(write=True) as session:
        stats_data.fill(session)
    services.team.set_team(AB, "Nord", by=TR)
    services.team.set_team(MK, "Syd", by=TR)
    return services


def _row(f: object) -> tuple[object, ...]:
    return (
        f.key,
        f.label,
        f.calls,
        f.reached,
        f.meetings,
        f.hit_rate,
        f.hit_rate_calls,
        f.job_orders,
    )  # type: ignore[attr-defined]


def test_by_team_gives_a_row_per_team_then_the_total(stats: Services) -> None:
    rows = stats.stats.overview(LEAD, NOVEMBER, By.TEAM)
    assert [_row(r) for r in rows] == [
        ("Nord", "Nord", 3, Rate(2, 3), 1, Rate(1, 2), Rate(1, 3), Rate(0, 2)),  # AB: 1, 2, 3
        ("Syd", "Syd", 4, Rate(3, 4), 1, Rate(1, 3), Rate(1, 4), Rate(1, 3)),  # MK: 4, 5, 6, 10
        ("", "I alt", 7, Rate(5, 7), 2, Rate(2, 5), Rate(2, 7), Rate(1, 5)),
    ]


def test_consultants_in_no_team_have_their_own_row(stats: Services) -> None:
    stats.team.set_team(MK, None, by=TL)
    rows = stats.stats.overview(LEAD, NOVEMBER, By.TEAM)
    assert [(r.key, r.label, r.calls) for r in rows] == [
        ("Nord", "Nord", 3),
        ("-", "Uden hold", 4),
        ("", "I alt", 7),
    ]
    stats.team.set_team(AB, "", by=TL)  # nobody in a team: the total alone
    assert [(r.key, r.calls) for r in stats.stats.overview(LEAD, NOVEMBER, By.TEAM)] == [("", 7)]


def test_one_teams_report_counts_only_its_consultants(stats: Services) -> None:
    report = stats.stats.report(LEAD, NOVEMBER, By.CONSULTANT, team="Syd")
    assert report.scope == "kun holdet Syd"
    assert [(r.key, r.calls, r.meetings) for r in report.overview] == [("MK", 4, 1)]
    # MK's reached calls: 4 (s v2, B, meeting), 5 (s v2, no step), 6 (t v1, B A L).
    assert [(r.key, r.reached, r.steps, r.meetings) for r in report.funnel] == [
        ("s@2", 2, (Rate(1, 2), Rate(0, 2), Rate(0, 2), Rate(0, 2)), Rate(1, 2)),
        ("t@1", 1, (Rate(1, 1), Rate(1, 1), Rate(1, 1), Rate(0, 1)), Rate(0, 1)),
    ]
    # Reviews in November with MK in the pair: R1, R2 (draft), R3 with AB; R4 with TR.
    assert report.sparring.pairs == (PairRow("AB", "MK", 2, 1), PairRow("MK", "TR", 1, 0))
    # MK's commitments: R3 open, R4 dropped. Goals: call 4 of calls 4, 5, 6, 10.
    assert (report.sparring.commitments, report.sparring.kept) == (2, Rate(0, 2))
    assert (report.sparring.open, report.sparring.dropped) == (Rate(1, 2), Rate(1, 2))
    assert report.sparring.goals == Rate(1, 4)
    assert [(t.key, t.reached) for t in report.tools] == [("MK", 3), ("", 3)]
    rows = stats.stats.overview(LEAD, NOVEMBER, By.TEAM, team="Syd")
    assert [(r.key, r.calls, r.reached) for r in rows] == [
        ("Syd", 4, Rate(3, 4)),
        ("", 4, Rate(3, 4)),
    ]


def test_a_team_nobody_is_in_is_refused_naming_the_known_teams(stats: Services) -> None:
    with pytest.raises(LookupError, match="Intet hold hedder 'Øst' — kendte hold: Nord, Syd"):
        stats.stats.report(LEAD, NOVEMBER, By.CONSULTANT, team="Øst")
    with pytest.raises(LookupError, match="kendte hold: Nord, Syd"):
        stats.stats.overview(LEAD, NOVEMBER, By.TEAM, team="nord")  # the service wants it exact


def test_a_consultant_sees_only_their_own_team_and_calls(stats: Services) -> None:
    own = stats.stats.report(ANNE, NOVEMBER, By.TEAM, team="Nord")
    assert own.scope == "kun ABs opkald (Nord)"
    assert [(r.key, r.calls) for r in own.overview] == [("Nord", 3), ("", 3)]
    with pytest.raises(AccessDenied, match="dit eget hold"):
        stats.stats.report(ANNE, NOVEMBER, By.CONSULTANT, team="Syd")


def test_only_leaders_set_teams_and_a_known_team_is_joined_in_its_spelling(
    stats: Services,
) -> None:
    with pytest.raises(AccessDenied):
        stats.team.set_team(MK, "Nord", by=AB)
    moved = stats.team.set_team(MK, "  nord ", by=TL)
    assert moved.team == "Nord" and stats.team.teams() == ["Nord"]
    with pytest.raises(ValueError, match="højst have 60 tegn"):
        stats.team.set_team(MK, "x" * 61, by=TL)
    with pytest.raises(LookupError):
        stats.team.set_team(99, "Nord", by=TL)


def test_the_debrief_tools_per_team_and_per_consultant(stats: Services) -> None:
    tools = stats.stats.tools(LEAD, NOVEMBER)
    # Reached calls: AB 1, 2 (both beyond the opening, BALA, the bank; goal on 1; 1 reviewed);
    # MK 4, 5, 6 (4 and 6 beyond, BALA, the bank; goal on 4; 4 and 6 reviewed).
    assert [(r.key, r.reached, r.objections, r.goals, r.reviewed) for r in tools] == [
        ("AB", 2, Rate(2, 2), Rate(1, 2), Rate(1, 2)),
        ("MK", 3, Rate(2, 3), Rate(1, 3), Rate(2, 3)),
        ("Nord", 2, Rate(2, 2), Rate(1, 2), Rate(1, 2)),
        ("Syd", 3, Rate(2, 3), Rate(1, 3), Rate(2, 3)),
        ("", 5, Rate(4, 5), Rate(2, 5), Rate(3, 5)),
    ]
    # One team's debrief: its consultants and the total, no team row repeating it.
    nord = stats.stats.report(LEAD, NOVEMBER, By.CONSULTANT, team="Nord")
    assert [r.key for r in nord.tools] == ["AB", ""]
