"""The objection bank's search index: built once per loaded library, by whichever thread
asks first, and in the background without taking the interpreter from the keyboard."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from canvass.content.gc_pause import gc_paused
from canvass.content.give_way import GiveWay
from canvass.content.models import Objection
from canvass.content.search import ObjectionIndex


class BankIndex:
    """Holds the one :class:`ObjectionIndex` of a library (see
    :attr:`canvass.content.validate.Library.objection_index`)."""

    def __init__(self) -> None:
        self._built: list[ObjectionIndex] = []
        self._lock = threading.Lock()
        self._wanted = threading.Event()

    @property
    def ready(self) -> bool:
        return bool(self._built)

    def want(self) -> None:
        """Someone waits for the index now: a build in the background stops giving way."""
        self._wanted.set()

    def get(self, objections: Iterable[Objection], *, background: bool = False) -> ObjectionIndex:
        """The index, built now if it is not yet; a second thread asking meanwhile waits
        for it. ``background``: nobody waits for it yet, so the build gives way to the
        keyboard between steps (:mod:`canvass.content.give_way`) until someone asks.

        The index lives as long as the library (a million objects with 5,000
        objections): it is kept out of the collector's reach, so a full collection does
        not walk it during a keystroke."""
        if not background:
            self.want()
        with self._lock:
            if not self._built:
                step: Callable[[], None] | None = GiveWay(self._wanted) if background else None
                with gc_paused(freeze=True):
                    self._built.append(ObjectionIndex(objections, step=step))
            return self._built[0]
