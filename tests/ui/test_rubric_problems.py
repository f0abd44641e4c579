"""The app gets the shipped rubrics, and a broken rubric is listed with the other problems."""

from __future__ import annotations

from pathlib import Path

from canvass.content.validate import Library, load_library
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.problems import ProblemsScreen

from .conftest import REPO, fixed_clock
from .helpers import settle


def test_the_app_library_holds_the_shipped_rubrics(library: Library) -> None:
    assert sorted(library.rubrics) == ["besoeg", "opkald"] and library.problems == []


async def test_a_broken_rubric_is_listed_under_ctrl_e(settings, store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "rubrics"
    folder.mkdir()
    text = (REPO / "rubrics" / "opkald.yaml").read_text(encoding="utf-8")
    broken = folder / "opkald.yaml"
    broken.write_text(text.replace("mandatory: true", "mandatory: true\n        na: true", 1))
    library = load_library(REPO / "scripts", REPO / "objections", folder)
    assert library.rubrics == {}
    app = CanvassApp(settings, store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        assert isinstance(app.screen, ProblemsScreen)
        assert len(app.screen.lines) == 1
        assert app.screen.lines[0].startswith(f"{broken}:")
        assert "ikke relevant" in app.screen.lines[0]
