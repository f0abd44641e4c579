"""Snapshots of the dashboard with teams and rubric trends: a team lead on the hand-built
statistics dataset (AB in "Nord", MK in "Syd", three scored shared reviews), the whole
department, scrolled to the end (sparring, the trends' sparklines, the tools). Sync tests
on purpose: snap_compare runs the app itself."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import select
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from canvass.config import Settings
from canvass.content.validate import Library
from canvass.domain.review import Answer
from canvass.services import Services
from canvass.store import Store
from canvass.store.sparring_models import Review
from canvass.ui.app import CanvassApp
from tests.unit.services.stats_data import AB, MK, TR

from .helpers import settle
from .stats_app import fill_stats, stats_clock

SIZES = [(80, 24), (120, 34)]
ANSWERS = {1: ("yes_no", "yes"), 3: ("yes_no", "no"), 4: ("scale", 3)}


def _app(tmp_path: Path, settings: Settings, library: Library) -> CanvassApp:
    store = Store.open(tmp_path / "stats.db")
    fill_stats(store)
    with store.session(write=True) as session:
        for review in session.exec(select(Review)):
            if review.id in ANSWERS:
                kind, value = ANSWERS[review.id]
                review.answers_json = json.dumps({"a": Answer("aabning", kind, value).to_json()})
                session.add(review)
    services = Services.of(store)
    services.team.set_team(AB, "Nord", by=TR)
    services.team.set_team(MK, "Syd", by=TR)
    return CanvassApp(replace(settings, user="TL"), store, library, clock=stats_clock)


async def _run_before(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await settle(pilot)
    await pilot.press("s")
    await settle(pilot)
    await pilot.press("p", "b")  # this month (November), by team
    await settle(pilot)
    pilot.app.screen.query_one("#st-body", VerticalScroll).scroll_end(animate=False)
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_stats_teams_and_trends(snap_compare, tmp_path, settings, library, size):  # type: ignore[no-untyped-def]
    app = _app(tmp_path, settings, library)
    assert snap_compare(app, terminal_size=size, run_before=_run_before)
