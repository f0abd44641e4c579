"""Quitting waits for the writer — but not forever when the database is away."""

from __future__ import annotations

import threading
import time

from canvass.errors import StoreError
from canvass.store.writer import Writer


def test_drain_waits_until_everything_is_stored() -> None:
    stored: list[int] = []
    writer = Writer(on_error=lambda _e: None)
    gate = threading.Event()
    writer.submit(lambda: (gate.wait(5), stored.append(1)))
    writer.submit(lambda: stored.append(2))
    threading.Timer(0.2, gate.set).start()
    assert writer.drain(timeout=10) is True
    assert stored == [1, 2] and writer.pending == 0
    writer.close()


def test_drain_returns_when_a_write_keeps_failing_and_close_gives_it_up() -> None:
    errors: list[BaseException] = []
    saved: list[bool] = []
    writer = Writer(on_error=errors.append, on_saved=lambda: saved.append(True), backoff=(0.05,))

    def away() -> None:
        raise StoreError("Serveren svarer ikke. Prøv igen.", retryable=True)

    writer.submit(away)
    writer.submit(lambda: None)  # stored on close, after the one given up
    started = time.monotonic()
    assert writer.drain(timeout=10) is False  # does not wait for a server that is away
    assert time.monotonic() - started < 2 and writer.pending == 2
    writer.close()
    assert writer.pending == 0 and len(errors) == 2
    assert str(errors[-1]).startswith("Ikke gemt: canvass lukkede")
    assert "Serveren svarer ikke" in str(errors[-1])
    assert not isinstance(errors[-1], StoreError) or not errors[-1].retryable
    assert saved == [] and not writer.behind  # a write given up is not "saved again"
