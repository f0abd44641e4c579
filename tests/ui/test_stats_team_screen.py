"""The dashboard's team choice and rubric trends, on both databases, on the hand-built
statistics dataset with AB in "Nord", MK in "Syd" and answers on three shared reviews:
``h`` steps a team lead through all teams and each team, the figures on screen are that
team's, and the trends show a sparkline per phase with its counts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlmodel import select

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.review import Answer
from canvass.services import Services
from canvass.store import Store
from canvass.store.sparring_models import Review
from canvass.ui.app import CanvassApp
from canvass.ui.feedback_format import as_plain
from canvass.ui.screens.stats import StatsScreen
from canvass.ui.text import Plain
from tests.unit.services.stats_data import AB, MK, TR

from .helpers import settle
from .stats_app import fill_stats, stats_clock

#: R1 (AB, W48) yes; R3 (MK, W47) no; R4 (MK, W48) scale 3 → 2/3 (weights 1: no rubric).
ANSWERS = {1: ("yes_no", "yes"), 3: ("yes_no", "no"), 4: ("scale", 3)}


@pytest.fixture
def teams(db_url: str) -> Iterator[Store]:
    store = Store.open(db_url)
    fill_stats(store)
    with store.session(write=True) as session:
        for review in session.exec(select(Review)):
            if review.id in ANSWERS:
                kind, value = ANSWERS[review.id]
                answer = Answer("aabning", kind, value).to_json()
                review.answers_json = json.dumps({"a": answer})
                session.add(review)
    services = Services.of(store)
    services.team.set_team(AB, "Nord", by=TR)
    services.team.set_team(MK, "Syd", by=TR)
    yield store
    store.close()


def _shown(app: CanvassApp, name: str) -> str:
    content = app.screen.query_one(f"#st-{name}", Plain).content
    return content if isinstance(content, str) else as_plain(content, width=200)


async def _open(pilot: object, app: CanvassApp) -> StatsScreen:
    for _ in range(2):
        await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("s")  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, StatsScreen)
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("p")  # type: ignore[attr-defined]  # this month: November
    await settle(pilot)  # type: ignore[arg-type]
    assert screen.loaded
    return screen


async def test_a_team_lead_picks_the_team(
    teams: Store, settings: Settings, library: Library
) -> None:
    app = CanvassApp(replace(settings, user="TL"), teams, library, clock=stats_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open(pilot, app)
        assert screen.team is None and screen.teams == ("Nord", "Syd")
        assert "hele afdelingen" in _shown(app, "bar")
        # Every team: aabning W47 R3 0 % (1), W48 R1 and R4 (1 + 2/3) / 2 = 83 % (2).
        trends = _shown(app, "trends")
        assert "Sparringsscore pr. fase over tid" in trends
        assert "Åbning" in trends and "▁▇" in trends  # 0 % → ▁, 83 % → block 7 of 8
        assert "2026-W48: 83 % (2) · 3 i alt" in trends
        assert "2026-W47 – 2026-W48 · 3 delte gennemgange" in trends

        await pilot.press("h")  # → Nord: AB's calls only
        await settle(pilot)
        assert screen.team == "Nord" and screen.report is not None
        assert screen.report.scope == "kun holdet Nord"
        assert [row.key for row in screen.report.overview] == ["AB"]
        assert "kun holdet Nord" in _shown(app, "bar")
        assert "2026-W48: 100 % (1) · 1 i alt" in _shown(app, "trends")

        await pilot.press("b")  # the grouping by team keeps the team chosen
        await settle(pilot)
        assert [(r.key, r.calls) for r in screen.report.overview] == [("Nord", 3), ("", 3)]

        await pilot.press("h", "h")  # → Syd → all again
        await settle(pilot)
        assert screen.team is None
        assert [(r.key, r.calls) for r in screen.report.overview] == [
            ("Nord", 3),
            ("Syd", 4),
            ("", 7),
        ]


async def test_a_consultant_has_no_team_key_and_sees_their_own_trend(
    teams: Store, settings: Settings, library: Library
) -> None:
    app = CanvassApp(replace(settings, user="AB"), teams, library, clock=stats_clock)
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open(pilot, app)
        assert screen.check_action("team", ()) is False
        assert "kun ABs opkald" in _shown(app, "bar")
        assert "2026-W48: 100 % (1) · 1 i alt" in _shown(app, "trends")
