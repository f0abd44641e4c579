"""Turn a failed worker into one clear error notification (never a traceback)."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from canvass.errors import CanvassError
from canvass.i18n import t


def error_text(error: BaseException | None) -> str:
    """What went wrong, for the user: a canvass message as it is, anything else named."""
    if isinstance(error, CanvassError):
        return error.message
    return f"{type(error).__name__}: {error}"


def report_failure(node: App[Any] | Widget, event: Worker.StateChanged) -> bool:
    """Notify the user when ``event`` says a worker failed; True if it did."""
    if event.state is not WorkerState.ERROR:
        return False
    error = event.worker.error
    if isinstance(error, CanvassError):
        node.notify(error_text(error), title=error.title, severity="error", timeout=15)
    else:
        node.notify(error_text(error), title=t("app.error.title"), severity="error")
    return True
