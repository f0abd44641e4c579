"""Recording the statements the driver is given, on this thread only: what the kept first
page (:mod:`canvass.store.first_screen`) and its recipe (:mod:`canvass.store.first_recipe`)
replay without SQLAlchemy."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

_local = threading.local()


def _record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
    log = getattr(_local, "log", None)
    if log is not None:
        log.append((statement, tuple(parameters or ())))


@contextmanager
def recording(engine: Engine) -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """The statements (SQL, driver parameters) this thread runs on ``engine`` meanwhile."""
    if not event.contains(engine, "before_cursor_execute", _record):
        event.listen(engine, "before_cursor_execute", _record)
    log: list[tuple[str, tuple[Any, ...]]] = []
    outer = getattr(_local, "log", None)
    _local.log = log
    try:
        yield log
    finally:
        _local.log = outer
