"""App-level behaviour: initials prompt, help, language, content problems, palette."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input, Static

from canvass.content.problems import Problem
from canvass.i18n import set_language
from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.help import HelpScreen
from canvass.ui.screens.initials import InitialsScreen
from canvass.ui.screens.problems import ProblemsScreen

from .helpers import settle, table_of


async def test_initials_prompt_rejects_bad_and_remembers_good(
    make_app: Callable[..., CanvassApp], store: Store, config_file: Path
):
    app = make_app(user=None)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, InitialsScreen)
        await pilot.press("1", "enter")
        error = app.screen.query_one("#initials-error", Static)
        assert error.display
        assert "'1'" in str(error.render())
        assert isinstance(app.screen, InitialsScreen)

        app.screen.query_one("#initials", Input).value = ""
        await pilot.press("a", "b", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "AB" in app.sub_title
    assert tomllib.loads(config_file.read_text(encoding="utf-8"))["user"] == "AB"
    assert Services.of(store).consultants.consultant("AB") is not None


async def test_help_lists_keys_of_the_screen_and_global_ones(
    make_app: Callable[..., CanvassApp],
):
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.keys
        assert ("/", "søg") in keys.screen
        assert ("⏎", "ring op") in keys.screen
        assert ("? f1", "hjælp") in keys.everywhere
        assert ("↓", "ned") in keys.navigation
        await pilot.press("escape")
        assert isinstance(app.screen, CallList)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_english_headers(make_app: Callable[..., CanvassApp]):
    set_language("en")  # the autouse fixture resets it to Danish
    app = make_app(lang="en")
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        labels = [str(label) for label in table_of(pilot).labels]
        assert labels[1:4] == ["Company", "CVR", "Phone"]
        assert "Last contact" in labels
        bindings = {b.binding.action: b.binding.description for b in app.active_bindings.values()}
        assert bindings["focus_search"] == "search"


async def test_content_problems_are_announced_and_listed(settings, store: Store, library):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from .conftest import fixed_clock

    problems = [
        Problem(Path("scripts/a.yaml"), 3, 5, "yaml-syntax", "ugyldig YAML"),
        Problem(Path("objections/b.yaml"), 1, 1, "duplicate-key", "dobbelt nøgle"),
    ]
    app = CanvassApp(settings, store, replace(library, problems=problems), clock=fixed_clock)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        toasts = [n.message for n in app._notifications]
        assert any("2 fejl" in m and "scripts/a.yaml" in m for m in toasts)
        await pilot.press("ctrl+e")
        assert isinstance(app.screen, ProblemsScreen)
        assert app.screen.lines == [str(p) for p in problems]


async def test_palette_offers_canvass_commands(make_app: Callable[..., CanvassApp]):
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"søg virk")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CallList)
        assert app.screen.query_one("#search", Input).has_focus


async def test_the_palette_says_in_danish_that_nothing_matches(
    make_app: Callable[..., CanvassApp],
):
    from textual.command import CommandList

    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"zzqx")
        await pilot.pause(CommandPalette._NO_MATCHES_COUNTDOWN + 0.5)
        options = app.screen.query_one(CommandList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert len(shown) == 1 and "Ingen kommando passer" in shown[0]
        assert "No matches" not in shown[0]
