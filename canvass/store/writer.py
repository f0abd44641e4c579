"""Database writes run one at a time, in order, on a background thread.

The call screen hands every phase change, BALA step, objection and note save to a
:class:`Writer`, so saving never blocks the UI and events are stored in the order
they happened (separate worker threads could overtake each other).

A write that fails because the database is busy or the disk is full stays at the head
of the queue and is tried again with growing pauses, so nothing typed is lost and
nothing overtakes it; :attr:`Writer.pending` tells the screen that something is not
saved yet. Any other failure is reported and the next job runs. A write still failing
when the writer closes (canvass quits) is given up with a message that says it is lost.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from canvass.errors import StoreError
from canvass.i18n import t

Job = Callable[[], None]

#: Seconds between tries of a write that hit a passing failure (the last one repeats).
BACKOFF: tuple[float, ...] = (0.2, 0.5, 1.0, 2.0, 5.0)


def _passing(error: BaseException) -> bool:
    return isinstance(error, StoreError) and error.retryable


def _given_up(error: BaseException) -> StoreError:
    """The failure of a write abandoned on close: no longer "waiting", but lost, and said."""
    reason = str(error).split(". ")[0].rstrip(".")
    title = error.title if isinstance(error, StoreError) else "canvass"
    return StoreError(t("store.writer.given_up", reason=reason), title)


class Writer:
    """A single background thread that runs submitted jobs in order.

    A job that raises a retryable :class:`StoreError` is retried (``on_error`` hears of
    the first failure only, ``on_saved`` when the queue has caught up again); a job
    that raises anything else is reported to ``on_error`` and skipped. Callbacks run
    on the writer thread.
    """

    def __init__(
        self,
        on_error: Callable[[BaseException], None],
        name: str = "writer",
        *,
        on_saved: Callable[[], None] | None = None,
        backoff: tuple[float, ...] = BACKOFF,
    ) -> None:
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._on_error = on_error
        self._on_saved = on_saved
        self._backoff = backoff
        self._pending = 0
        self._behind = False  # a write failed and the queue has not caught up since
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # pending or behind changed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs submitted and not yet stored (0: everything is saved)."""
        with self._lock:
            return self._pending

    @property
    def behind(self) -> bool:
        """A write failed and the queue has not caught up since ("not saved yet")."""
        with self._lock:
            return self._behind

    def submit(self, job: Job) -> None:
        """Queue ``job``; returns at once."""
        with self._lock:
            self._pending += 1
        self._jobs.put(job)

    def flush(self) -> None:
        """Wait until every job submitted so far has run (or was given up on)."""
        self._jobs.join()

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted is stored — or a write is failing, since waiting
        for a database that is away could last forever (quitting). True when all is stored."""
        with self._changed:
            self._changed.wait_for(lambda: self._pending == 0 or self._behind, timeout)
            return self._pending == 0

    def close(self) -> None:
        """Run what is queued, then stop the thread (a write still failing is given up)."""
        self._stop.set()
        self._jobs.put(None)
        self._thread.join()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                self._run_until_done(job)
            finally:
                self._jobs.task_done()

    def _run_until_done(self, job: Job) -> None:
        tries, stored = 0, True
        while True:
            try:
                job()
            except BaseException as error:  # reported, never lost silently
                if _passing(error) and not self._stop.is_set():
                    if tries == 0:
                        with self._changed:
                            self._behind = True
                            self._changed.notify_all()
                        self._on_error(error)
                    pause = self._backoff[min(tries, len(self._backoff) - 1)]
                    tries += 1
                    self._stop.wait(pause)
                    continue
                stored = not _passing(error)  # given up: not "saved again" below
                self._on_error(error if stored else _given_up(error))
            break
        with self._changed:
            self._pending -= 1
            caught_up = self._pending == 0 and self._behind and stored
            if caught_up or not stored:  # a write given up is reported, not "behind"
                self._behind = False
            self._changed.notify_all()
        if caught_up and self._on_saved is not None:
            self._on_saved()
