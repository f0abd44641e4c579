"""Which searches go to the audit log: once per distinct term per minute, once used."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from canvass.domain.folding import fold

#: A search term is logged again for the same consultant after this many seconds.
SEARCH_REPEAT_SECONDS = 60.0


class SearchLog:
    """Decides which searches are logged: once per distinct term per minute.

    The UI calls :meth:`used` when a search was *used* — the results stood unchanged for
    a moment, ``⏎`` was pressed, or a company was opened from them — never per keystroke.
    ``write`` stores a line (the app passes a job to its writer). Thread-safe.
    """

    def __init__(
        self,
        write: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._write = write
        self._clock = clock
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def used(self, term: str) -> bool:
        """Log ``term`` unless the same words were logged within the last minute."""
        key = fold(term)
        if not key:
            return False
        now = self._clock()
        with self._lock:
            last = self._last.get(key)
            if last is not None and now - last < SEARCH_REPEAT_SECONDS:
                return False
            self._last = {k: v for k, v in self._last.items() if now - v < SEARCH_REPEAT_SECONDS}
            self._last[key] = now
        self._write(" ".join(term.split()))
        return True
