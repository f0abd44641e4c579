"""Snapshots of the content editor (a script with a problem) and its preview (an objection
file, a rubric) at 80x24 and 120x34, on the fixed demo data and clock.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.editor import EditorScreen

from .conftest import REPO
from .helpers import settle
from .test_editor import checked, make_trainer

SIZES = [(80, 24), (120, 34)]


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TextArea, "cursor_blink", False)


def _open(app: CanvassApp, relative: str) -> None:
    assert app.consultant is not None
    screen = EditorScreen(
        app.services, app.consultant, app.library, app.clock, app.settings, REPO / relative
    )
    app.push_screen(screen)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_editor_with_a_problem(
    snap_compare, make_app: Callable[..., CanvassApp], store: Store, size
):  # type: ignore[no-untyped-def]
    make_trainer(store)
    app = make_app()

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        _open(app, "scripts/fleksjob.yaml")
        await settle(pilot)
        area = app.screen.query_one(TextArea)
        area.move_cursor((12, 36))
        await pilot.press("delete")  # {konsulent} -> {konsulnt}
        await checked(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_editor_objection_preview(
    snap_compare, make_app: Callable[..., CanvassApp], store: Store, size
):  # type: ignore[no-untyped-def]
    make_trainer(store)
    app = make_app()

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        _open(app, "objections/receptionen.yaml")
        await checked(pilot)
        area = app.screen.query_one(TextArea)
        second = area.text.splitlines().index("  - id: hvad-drejer-det-sig-om")
        area.move_cursor((second, 0), center=True)
        if size[0] < 100:
            await pilot.press("f2")  # narrow: the preview in the problems' place
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x34"])
def test_editor_rubric_preview(
    snap_compare, make_app: Callable[..., CanvassApp], store: Store, size
):  # type: ignore[no-untyped-def]
    make_trainer(store)
    app = make_app()

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        _open(app, "rubrics/opkald.yaml")
        await checked(pilot)
        area = app.screen.query_one(TextArea)
        area.move_cursor((area.text.splitlines().index("  - id: analyse"), 0), center=True)
        if size[0] < 100:
            await pilot.press("f2")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
