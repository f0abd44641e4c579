"""Fixtures for the Textual tests: a temp database with fixed data, a fixed clock, settings.

The environment is cleaned BEFORE Textual is imported: NO_COLOR and TEXTUAL_THEME change
how everything renders, and animations make snapshots flaky.
"""

from __future__ import annotations

import os

os.environ.pop("NO_COLOR", None)
os.environ.pop("TEXTUAL_THEME", None)
os.environ["TEXTUAL_ANIMATIONS"] = "none"

import asyncio
import inspect
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual.widgets import Input

from canvass.config import Settings
from canvass.content.validate import Library, load_library
from canvass.i18n import set_language
from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.ui.app import CanvassApp

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no pytest-asyncio in this project)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


def fixed_clock() -> datetime:
    """The tests' "now": Monday 23 November 2026, 10:00 in Copenhagen."""
    return NOW


@pytest.fixture(autouse=True)
def _steady_ui(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No blinking cursor, Danish texts, and the language reset whatever a test did."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    set_language("da")
    yield
    set_language("da")


def _fill(store: Store) -> None:
    fill_demo(store, today=TODAY, practice=False)  # the screens as their tests were written


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store under tmp_path filled with the fixed demo data."""
    opened = Store.open(tmp_path / "canvass.db")
    _fill(opened)
    yield opened
    opened.close()


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "config.toml"
    monkeypatch.setenv("CANVASS_CONFIG", str(path))
    return path


@pytest.fixture
def settings(config_file: Path) -> Settings:
    return make_settings(config_file, user="AB")


def make_settings(config_file: Path, user: str | None) -> Settings:
    return Settings(
        db_url="unused",
        user=user,
        lang="da",
        organisation="Jobcenter Vejle",
        scripts_dir=REPO / "scripts",
        objections_dir=REPO / "objections",
        config_file=config_file,
        rubrics_dir=REPO / "rubrics",
    )


@pytest.fixture
def library() -> Library:
    return load_library(REPO / "scripts", REPO / "objections", REPO / "rubrics")


@pytest.fixture
def make_app(settings: Settings, store: Store, library: Library) -> Callable[..., CanvassApp]:
    """Build the app with the fixtures; keyword arguments replace settings fields."""

    def build(**changes: object) -> CanvassApp:
        from dataclasses import replace

        return CanvassApp(replace(settings, **changes), store, library, clock=fixed_clock)  # type: ignore[arg-type]

    return build
