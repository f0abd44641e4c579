"""Run the real app headless on a database, for the benchmarks that drive it (memory,
heartbeat): the settings of a consultant "AB", the shipped scripts and objections, no
config file of the user's touched. Works with any checkout's canvass (old vs new)."""

from __future__ import annotations

import asyncio
import os
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def make_app(db: Path, objections: Path | None = None) -> Any:
    """The app on ``db`` as consultant AB (imports canvass only when called)."""
    os.environ.setdefault("CANVASS_CONFIG", str(Path(tempfile.mkdtemp()) / "config.toml"))
    from canvass.config import load_settings
    from canvass.content.validate import load_library
    from canvass.i18n import set_language
    from canvass.store.store import Store

    objections = objections or REPO / "objections"
    settings = load_settings(
        {"db": str(db), "user": "AB", "scripts": str(REPO / "scripts"),
         "objections": str(objections)}
    )  # fmt: skip
    set_language(settings.lang)
    from canvass.ui.app import CanvassApp

    store = Store.open(settings.db_url)
    return CanvassApp(settings, store, load_library(settings.scripts_dir, objections))


async def settle(pilot: Any, seconds: float = 0.0) -> None:
    """Let the workers finish and the UI catch up."""
    if seconds:
        await asyncio.sleep(seconds)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def send_key(app: Any, key: str) -> None:
    """Send ``key`` as the terminal would, without waiting for the app to go idle (an app
    with a running interval never does)."""
    from textual import events
    from textual.keys import _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(key))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


def rss_mb() -> float:
    """This process's resident memory in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
