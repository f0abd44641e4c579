"""Every statistic is the same read from the tallies (a period of whole Copenhagen days)
as from the facts (any other scope), on both backends, on the hand-built dataset of
``stats_data`` — for every grouping, several periods (calls on both sides of a Copenhagen
midnight among them), one consultant and one team."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.domain.stats import By, Period
from canvass.services import Services
from canvass.store import stats, stats_events, stats_variants
from tests.unit.services import stats_data


def _from_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every statistic read the facts, as for a scope of part days."""
    for module in (stats, stats_events, stats_variants):
        monkeypatch.setattr(module, "tallied", lambda *_args: None)


PERIODS = (
    Period(),
    Period(date(2026, 11, 1), date(2026, 11, 30)),
    Period(date(2026, 11, 24), date(2026, 11, 24)),
    Period(date(2026, 12, 1), date(2026, 12, 1)),
)


def test_the_tallies_give_what_the_facts_give(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every statistic from the tallies, then from the facts (the hand-computed answers
    are in test_stats.py)."""
    with services.store.session(write=True) as session:
        stats_data.fill(session)
    lead = Actor(stats_data.TL, Role.TEAMLEAD)
    services.team.set_team(stats_data.MK, "Nord", by=stats_data.TL)

    def every() -> list[Any]:
        found: list[Any] = []
        for period in PERIODS:
            for by in By:
                found.append(services.stats.report(lead, period, by))
            found.append(services.stats.report(lead, period, By.WEEK, stats_data.AB))
            found.append(services.stats.report(lead, period, By.SCRIPT, team="Nord"))
        return found

    tallied = every()
    assert tallied[0].overview and tallied[0].variants and tallied[0].stops.calls
    _from_facts(monkeypatch)
    assert every() == tallied
