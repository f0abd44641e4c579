"""The statistics dashboard in the app, on both databases: ``s`` opens it from the call
list, ``p`` steps the period and ``b`` the grouping, the numbers on screen are the
service's for the hand-built dataset, and a consultant sees only their own figures."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.domain.stats import By, Period
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.feedback_format import as_plain
from canvass.ui.screens.stats import StatsScreen
from canvass.ui.text import Plain
from tests.unit.services.stats_data import AB, TL

from .helpers import settle
from .stats_app import fill_stats, stats_clock

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def filled(db_url: str) -> Iterator[Store]:
    store = Store.open(db_url)
    fill_stats(store)
    yield store
    store.close()


def _shown(app: CanvassApp, name: str) -> str:
    content = app.screen.query_one(f"#st-{name}", Plain).content
    return content if isinstance(content, str) else as_plain(content, width=200)


async def _open(pilot: object, app: CanvassApp) -> StatsScreen:
    await settle(pilot)  # type: ignore[arg-type]
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("s")  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, StatsScreen)
    await settle(pilot)  # type: ignore[arg-type]
    assert screen.loaded
    return screen


async def test_a_team_lead_steps_period_and_grouping(
    filled: Store, settings: Settings, library: Library
) -> None:
    app = CanvassApp(replace(settings, user="TL"), filled, library, clock=stats_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open(pilot, app)
        assert screen.period_name == "four_weeks" and screen.by is By.CONSULTANT

        await pilot.press("p")  # last 4 weeks → this month = November
        assert screen.period_name == "month"
        await settle(pilot)
        bar = str(app.screen.query_one("#st-bar", Plain).content)
        assert "denne måned (1/11–30/11/2026)" in str(as_plain(bar))
        assert "pr. konsulent" in str(as_plain(bar))
        expected = app.services.stats.report(Actor(TL, Role.TEAMLEAD), NOVEMBER, By.CONSULTANT)
        assert screen.report == expected
        overview = _shown(app, "overview")
        lines = {line.split()[0]: line.split() for line in overview.splitlines() if line.strip()}
        # By hand (stats_data), finished calls in November: AB 1, 2, 3 (2 reached); MK 4,
        # 5, 6, 10 (10 is 1 November in Copenhagen; 3 reached; 8 has no outcome).
        assert lines["AB"][:2] == ["AB", "3"] and "67 % (2 af 3)" in overview
        assert lines["MK"][:2] == ["MK", "4"] and "75 % (3 af 4)" in overview
        for row in expected.overview:
            assert row.reached.text in overview and row.hit_rate.text in overview
        funnel = _shown(app, "funnel")
        table: dict[str, str] = {}  # the table's rows come before the names
        for r in map(str.split, funnel.splitlines()):
            table.setdefault(r[0] if r else "", " ".join(r[1:]))
        for n, row in enumerate(expected.funnel, 1):  # "[1] 3 100 % (3) …", named below
            shorts = [f"{rate.percent} % ({rate.count})" for rate in (*row.steps, row.meetings)]
            assert table[f"[{n}]"].startswith(" ".join([str(row.reached), *shorts]))
            assert f"[{n}] {row.script_id} v{row.script_version}" in funnel
        objections = _shown(app, "objections")
        answer_rows = [line.split() for line in objections.splitlines()]
        assert "pris" in objections and ["pris-a", "2"] in [r[:2] for r in answer_rows]
        assert "Aftaler: 3" in _shown(app, "sparring")
        assert "AB – MK" in _shown(app, "sparring")
        tools = _shown(app, "tools")
        assert all(row.label in tools for row in expected.tools)

        await pilot.press("b")  # consultant → team: one row for the department
        assert screen.by is By.TEAM
        await settle(pilot)
        assert screen.report is not None and screen.report.by is By.TEAM
        assert [row.calls for row in screen.report.overview] == [7]
        assert "I alt" in _shown(app, "overview")

        await pilot.press("p")  # this month → all time: calls 7 and 9 too
        await settle(pilot)
        assert screen.period_name == "all"
        assert [row.calls for row in screen.report.overview] == [9]

        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.call_list


async def test_a_consultant_sees_only_their_own_figures(
    filled: Store, settings: Settings, library: Library
) -> None:
    app = CanvassApp(replace(settings, user="AB"), filled, library, clock=stats_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open(pilot, app)
        await pilot.press("P")  # back: last 4 weeks → this week
        assert screen.period_name == "week"
        await pilot.press("p", "p")  # → last 4 weeks → this month
        await settle(pilot)
        assert screen.period_name == "month"
        assert screen.report is not None
        expected = app.services.stats.report(Actor(AB, Role.CONSULTANT), NOVEMBER, By.CONSULTANT)
        assert screen.report == expected
        assert [row.label for row in screen.report.overview] == ["AB"]
        overview = _shown(app, "overview")
        assert "AB" in overview and "MK" not in overview
        assert "kun ABs opkald" in as_plain(str(app.screen.query_one("#st-bar", Plain).content))


async def test_the_screen_paints_before_the_figures_come(
    filled: Store, settings: Settings, library: Library
) -> None:
    app = CanvassApp(replace(settings, user="TL"), filled, library, clock=stats_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.consultant is not None
        screen = StatsScreen(app.services, app.consultant, stats_clock)
        screen.reload = lambda: None  # type: ignore[method-assign]  # no read at all
        await app.push_screen(screen)
        await pilot.pause()
        assert _shown(app, "overview") == "henter …"
        assert not screen.loaded


async def test_s_is_only_on_the_call_list(
    filled: Store, settings: Settings, library: Library
) -> None:
    app = CanvassApp(replace(settings, user="TL"), filled, library, clock=stats_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        await _open(pilot, app)
        assert app.check_action("stats", ()) is False  # not again from the dashboard
        await pilot.press("escape")
        await settle(pilot)
        assert app.check_action("stats", ()) is True


def test_the_sparkline_shows_quiet_weeks_as_nothing() -> None:
    from canvass.domain.stats import Rate
    from canvass.services.stats import Figures
    from canvass.ui.stats_tables import week_series

    def week(key: str, calls: int) -> Figures:
        none = Rate(0, calls)
        return Figures(key, key, calls, none, 0, none, none, none)

    # 2026-W44 … W48 with two quiet weeks; over a new year: 2026-W53 is a real week.
    assert week_series([week("2026-W44", 1), week("2026-W47", 1), week("2026-W48", 5)]) == [
        1, 0, 0, 1, 5,
    ]  # fmt: skip
    assert week_series([week("2026-W52", 2), week("2027-W01", 3)]) == [2, 0, 3]
    assert week_series([]) == []


def test_the_funnel_chart_counts_whole_calls() -> None:
    from canvass.ui.stats_tables import count_ticks

    assert count_ticks(89) == [0, 18, 36, 54, 72, 90]  # not plotext's 14.8, 29.7, …
    assert count_ticks(3) == [0, 1, 2, 3]
    assert count_ticks(10) == [0, 2, 4, 6, 8, 10]
    assert count_ticks(0) == [0, 1]
