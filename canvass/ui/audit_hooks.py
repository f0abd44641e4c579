"""Audit lines from screens that only read: handed to the app's writer, never waited for.

A screen asks :func:`log_read`; the line names the consultant signed in to the app. A
screen shown outside :class:`canvass.ui.app.CanvassApp` (no writer, no consultant) logs
nothing — there is nobody to name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App


def log_read(app: App[Any], job: Callable[[Any, int], None]) -> None:
    """Queue ``job(services, consultant_id)`` on the app's writer."""
    consultant = getattr(app, "consultant", None)
    writer = getattr(app, "writer", None)
    services = getattr(app, "services", None)
    if consultant is None or writer is None or services is None:
        return
    who = int(consultant.id)
    writer.submit(lambda: job(services, who))
