"""Keystroke → list painted in the app (Pilot, headless) — run by ``bench_search.py --ui``.

The call list screen (``CallList``) is opened on the seeded store; for each search the
field is emptied, then the text is typed one key at a time, each key posted as a
``Key`` event (``Pilot.press`` waits for idle, which an app with intervals never is).
A keystroke counts as painted at the first screen update (``App._display``, which a
headless app still calls after rendering the changed lines) once the screen shows the
rows of that search (its ``_search`` is the typed text and no page is loading). The
screen reads the count after the first page and shows it a moment later ("henter …"
until then), so the count is not part of the figure.
The screen's debounce (``CallList.DEBOUNCE``) only holds a key that follows the one
before within it (a typed-ahead burst); here each key is sent once the one before was
painted, so it is searched at once, as a consultant's keys are. The run is repeated with
the debounce at 1 ms, which should read the same. Old (LIKE scan) and new (index) side by
side; medians over the keystrokes of each search.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from textual import events
from textual.widgets import Input

from canvass.config import Settings
from canvass.content.validate import load_library
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.confirm import ConfirmScreen

REPO = Path(__file__).resolve().parent.parent
WORDS = ("vestj", "kolding ap")
TIMEOUT = 30.0


async def _type(app: CanvassApp, screen: CallList, text: str) -> list[float]:
    """Type ``text`` key by key; the milliseconds from each key until it was painted."""
    painted: dict[str, float] = {}
    display = app._display

    def watch(shown: Any, renderable: Any) -> None:
        display(shown, renderable)
        value = screen._search
        if renderable is not None and not screen._loading and value not in painted:
            painted[value] = time.perf_counter()

    app._display = watch  # type: ignore[method-assign]
    field = screen.query_one("#search", Input)
    field.value = ""
    await _until(lambda: screen._search == "" and not screen._loading)
    latencies = []
    try:
        for n in range(1, len(text) + 1):
            char = text[n - 1]
            wanted = text[:n].strip()
            start = time.perf_counter()
            app.post_message(events.Key("space" if char == " " else char, char))
            await _until(lambda w=wanted: w in painted)  # type: ignore[misc]
            latencies.append((painted[wanted] - start) * 1000)
    finally:
        app._display = display  # type: ignore[method-assign]
    return latencies


async def _until(done: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the list did not show the search in time: {done}")
        await asyncio.sleep(0.001)


async def _session(store: Store, words: list[str], debounce: float) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            db_url="unused",
            user="AB",
            lang="da",
            organisation="Jobcenter Vejle",
            scripts_dir=REPO / "scripts",
            objections_dir=REPO / "objections",
            config_file=Path(folder) / "config.toml",
        )
        app = CanvassApp(settings, store, load_library(REPO / "scripts", REPO / "objections"))
        CallList.DEBOUNCE = debounce
        found: dict[str, list[float]] = {}
        async with app.run_test(size=(160, 50)) as pilot:
            # Calls without an end (bench_search seeds them so): the app offers to resume
            # one first. Decline. (A database whose calls all ended shows the list.)
            await _until(lambda: isinstance(app.screen, ConfirmScreen | CallList), 120.0)
            if isinstance(app.screen, ConfirmScreen):
                app.screen.dismiss(False)
            await _until(lambda: isinstance(app.screen, CallList) and not app.screen._loading)
            screen = app.screen
            assert isinstance(screen, CallList)
            await pilot.pause()
            screen.query_one("#search", Input).focus()
            await pilot.pause()
            for word in words:
                found[word] = await _type(app, screen, word)
        return found


def ui_latencies(
    store: Store, words: list[str], debounce: float | None = None
) -> dict[str, list[float]]:
    """Per search typed: the milliseconds from each key until painted, with the store's
    own search and ``debounce`` (default: the screen's, as shipped)."""
    shipped = CallList.DEBOUNCE
    try:
        return asyncio.run(_session(store, words, shipped if debounce is None else debounce))
    finally:
        CallList.DEBOUNCE = shipped


def run_ui(
    store: Store,
    keystrokes: list[str],
    searching_with: Callable[[str], AbstractContextManager[None]],
) -> None:
    """Print keystroke → painted (median and worst per search), old and new."""
    cvr, phone = keystrokes[5 + 3], keystrokes[5 + 4]  # see bench_search.keystrokes
    words = [WORDS[0], cvr, phone, WORDS[1]]
    debounce = CallList.DEBOUNCE
    print("\nkeystroke -> list painted in the app (ms; median / worst over the keys)")
    print(f"{'search':<14}{'debounce':>9}{'old':>16}{'new':>16}")
    try:
        for pause in (debounce, 0.001):  # a timer of 0 s divides by zero
            results = {}
            for which in ("old", "new"):
                with searching_with(which):
                    results[which] = asyncio.run(_session(store, words, pause))
            for word in words:
                cells = "".join(
                    f"{statistics.median(results[w][word]):>8.0f} / {max(results[w][word]):>5.0f}"
                    for w in ("old", "new")
                )
                print(f"{word!r:<14}{pause * 1000:>7.0f}ms{cells}")
    finally:
        CallList.DEBOUNCE = debounce
