"""What the boot does once the call list works: get the next screens ready in its thread.

The first ``enter`` on the list imported the call screen (and the dialogs it opens), the
first ``o`` built the objection bank's index and ranked the bank to browse it, and ``s``,
``t``, ``m``, ``h`` each imported their screen — 40–300 ms of a key press each on this
machine, on the UI thread. The boot thread does it instead, after the list has its data:
the imports run while the consultant reads the list, and a key meets a module already
loaded. Anything that fails here is left for the screen to meet (and report) when it is
opened.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from canvass.content.gc_pause import gc_paused
from canvass.content.give_way import GiveWay
from canvass.domain.phases import Phase

if TYPE_CHECKING:
    from canvass.content.validate import Library

#: The modules of what a consultant opens next, most likely first.
NEXT_SCREENS = (
    "canvass.services.live_call",
    "canvass.services.calls",
    "canvass.ui.screens.call_screen",
    "canvass.ui.screens.objection_bank",
    "canvass.ui.screens.wrapup_dialog",
    "canvass.ui.screens.callbacks",
    "canvass.ui.screens.meetings",
    "canvass.ui.screens.history",
    "canvass.ui.screens.todays_calls",
    "canvass.ui.screens.job_orders",
    "canvass.ui.screens.help",
    "canvass.ui.screens.stats",
)


def preload(library: Library) -> list[str]:
    """Import :data:`NEXT_SCREENS`, build the bank's index and rank its browsing lists;
    the modules that failed."""
    failed = []
    give_way = GiveWay()  # while the consultant types, the UI thread runs alone
    # The modules live as long as the app: out of the collector's reach, as the library
    # and its index are (canvass.content.validate), so a full collection does not walk
    # them during a keystroke.
    with gc_paused(freeze=True):
        for name in NEXT_SCREENS:
            give_way()
            try:
                importlib.import_module(name)
            except Exception:  # the screen reports it when it is opened
                failed.append(name)
    try:
        index = library.objection_index_in_background()  # built (and kept) once
        with gc_paused(freeze=True):  # the browsed lists live as long as the index
            index.browse_ahead(Phase, step=give_way)
    except Exception:
        failed.append("objection_index")
    return failed
