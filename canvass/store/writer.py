"""Database writes run one at a time, in order, on a background thread.

The call screen hands every phase change, BALA step, objection and note save to a
:class:`Writer`, so saving never blocks the UI and events are stored in the order
they happened (separate worker threads could overtake each other).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

Job = Callable[[], None]


class Writer:
    """A single background thread that runs submitted jobs in order.

    A job that raises is reported to ``on_error`` (from the writer thread); the
    following jobs still run.
    """

    def __init__(self, on_error: Callable[[BaseException], None], name: str = "writer") -> None:
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._on_error = on_error
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> None:
        """Queue ``job``; returns at once."""
        self._jobs.put(job)

    def flush(self) -> None:
        """Wait until every job submitted so far has run."""
        self._jobs.join()

    def close(self) -> None:
        """Run what is queued, then stop the thread."""
        self._jobs.put(None)
        self._thread.join()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                job()
            except BaseException as error:  # reported, never lost silently
                self._on_error(error)
            finally:
                self._jobs.task_done()
