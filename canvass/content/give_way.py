"""Background work that gives way to the person at the keyboard.

Python runs one thread at a time. While a background thread builds the objection bank's
index (about 0.5 s of pure Python with 5,000 objections) or imports the next screens, the
UI thread gets the interpreter back only every few milliseconds: a key that needs 25 ms
of work took 40–80 ms to be painted, in the first seconds of the app and of the first
call. Work that nobody is waiting for calls :func:`give_way` between small steps; it
sleeps while a key or a click came within :data:`QUIET` seconds, so the UI thread runs
alone while the consultant types, and the work goes on in the pauses.

The UI tells of each key and click with :func:`input_seen` (no Textual here).
"""

from __future__ import annotations

import threading
import time

#: Seconds after a key or a click during which background work waits.
QUIET = 0.2
#: The longest one piece of work waits in all, so that it is done even while someone
#: types without a pause (a second of typing, ten times over).
MOST_WAITED = 10.0

_last_input = [float("-inf")]


def input_seen() -> None:
    """A key or a click arrived (called by the UI, on its thread)."""
    _last_input[0] = time.monotonic()


def busy() -> bool:
    """Whether a key or a click came within :data:`QUIET` seconds."""
    return time.monotonic() - _last_input[0] < QUIET


class GiveWay:
    """The pauses of one piece of background work: call it between steps.

    ``wanted`` set (someone now waits for the result: ``o`` pressed before the bank's
    index was built) ends the pauses; so does :data:`MOST_WAITED` seconds of them."""

    def __init__(self, wanted: threading.Event | None = None) -> None:
        self._wanted = wanted
        self.waited = 0.0

    def __call__(self) -> None:
        while busy() and self.waited < MOST_WAITED:
            if self._wanted is not None and self._wanted.is_set():
                return
            started = time.monotonic()
            time.sleep(0.02)
            self.waited += time.monotonic() - started
