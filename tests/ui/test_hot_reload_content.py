"""A published objection answer reaches a running app within about two seconds while the
open call keeps the bank it started with; a review made against rubric version N opens
against version N after N+1 is published."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from canvass.content import published
from canvass.content.publishing import publish_paths
from canvass.content.validate import load_library
from canvass.ui.app import CanvassApp
from canvass.ui.screens.review import ReviewScreen
from canvass.ui.widgets.rubric_panel import RubricPanel

from .conftest import REPO
from .helpers import settle
from .review_data import add_sparring
from .test_hot_reload import LIMIT, _app, _call, _companies, _content, _end, _until

OBJECTION = "daarlig-erfaring"  # objections/tillid.yaml
OLD = "Det er jeg ked af at høre"
NEW = "Hvor ærgerligt at høre"


def _publish_all(folders: tuple[Path, Path, Path], *paths: Path, bump: bool = False) -> None:
    scripts, bank, rubrics = folders
    report = publish_paths(
        list(paths) or list(folders),
        bump=bump,
        scripts_dir=scripts,
        objections_dir=bank,
        rubrics_dir=rubrics,
    )
    assert report.ok, report.problems


def _answer(library, objection_id: str = OBJECTION) -> str:  # type: ignore[no-untyped-def]
    return str(library.objections[objection_id].answers[0].text)


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


async def test_a_published_objection_answer_reaches_the_next_call_and_not_the_open_one(
    settings, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    folders = _content(tmp_path)
    _publish_all(folders)
    bank = folders[1] / "tillid.yaml"
    app = _app(settings, store, folders)
    first, second = _companies(store, 2)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        screen = await _call(pilot, first)
        assert _answer(screen._library).startswith(OLD)

        # Changed on disk without a new version: refused by check, never taken.
        _rewrite(bank, OLD, NEW)
        await pilot.pause(LIMIT)
        await settle(pilot)
        assert _answer(app.library).startswith(OLD)
        assert app.library.sources[OBJECTION] == published.copy_path(folders[1], "tillid", 1)

        _publish_all(folders, bank, bump=True)  # version: 2 written into the file
        took = await _until(pilot, lambda: _answer(app.library).startswith(NEW))
        assert took < LIMIT
        said = "Indvendingsbanken er opdateret: tillid"
        await _until(pilot, lambda: said in [n.message for n in app._notifications])
        assert _answer(screen._library).startswith(OLD)  # the open call keeps its bank
        await _end(pilot)

        screen = await _call(pilot, second)
        assert _answer(screen._library).startswith(NEW)
        await _end(pilot)


async def test_an_old_review_opens_against_its_own_rubric_version(
    make_app: Callable[..., CanvassApp], store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    sparring = add_sparring(store)
    rubrics = tmp_path / "rubrics"
    rubrics.mkdir()
    path = rubrics / "opkald.yaml"
    shutil.copy(REPO / "rubrics" / "opkald.yaml", path)
    scripts, bank = tmp_path / "scripts", tmp_path / "objections"
    scripts.mkdir()
    bank.mkdir()
    _publish_all((scripts, bank, rubrics))
    app = make_app()
    app.library = load_library(scripts, bank, rubrics)
    old_text = (
        "Præsenterede sig med fulde navn og organisation og sagde kort, hvorfor der blev ringet."
    )
    new_text = "Sagde sit fulde navn og hvor fra, og hvorfor der blev ringet."
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert app.consultant is not None

        async def review(call_id: int) -> ReviewScreen:
            assert app.consultant is not None
            screen = ReviewScreen(
                app.services, app.consultant, app.library, app.clock, call_id=call_id
            )
            await app.push_screen(screen)
            await settle(pilot)
            assert screen.rubric is not None and screen.record is not None
            return screen

        screen = await review(sparring.call_id)
        assert (screen.record.rubric_id, screen.record.rubric_version) == ("opkald", 1)
        await pilot.press("escape")
        await settle(pilot)

        _rewrite(path, old_text, new_text)
        _publish_all((scripts, bank, rubrics), path, bump=True)
        app.library = load_library(scripts, bank, rubrics)  # as the content watch does
        assert app.library.rubrics["opkald"].version == 2

        screen = await review(sparring.call_id)  # the review begun with version 1
        assert screen.rubric is not None and screen.rubric.version == 1
        found = screen.rubric.checkpoint("praesentation")
        assert found is not None and found[1].text == old_text
        assert screen.query_one(RubricPanel).rubric is screen.rubric  # what the panel shows
        await pilot.press("escape")
        await settle(pilot)

        fresh = await review(sparring.short_call_id)  # a new review takes version 2
        assert fresh.record is not None and fresh.record.rubric_version == 2
        assert fresh.rubric is not None and fresh.rubric.version == 2
