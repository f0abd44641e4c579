"""The app's part for reviews: :meth:`ReviewApp.open_review` (the observer calls it when a
followed call ends) and :meth:`ReviewApp.open_review_queue` (the palette, the `r` hub).

A base class of :class:`canvass.ui.app.CanvassApp`, kept apart so the app module stays
small; who may review what is the service's decision, shown by the screens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App

from canvass.i18n import t

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo


class ReviewApp(App[None]):
    """Opening the review screens; :class:`CanvassApp` sets the attributes below."""

    services: Services
    library: Library
    clock: Callable[[], datetime]
    consultant: ConsultantInfo | None

    def open_review(self, call_id: int | None = None, *, meeting_id: int | None = None) -> None:
        """Push the review of a call (or, with ``meeting_id``, a held visit) for the
        consultant at the keyboard; the service decides whether they may (the screen shows
        its refusal)."""
        from canvass.ui.screens.review import ReviewScreen

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
            return
        self.push_screen(
            ReviewScreen(
                self.services,
                self.consultant,
                self.library,
                self.clock,
                call_id=call_id,
                meeting_id=meeting_id,
            )
        )

    def open_review_queue(self) -> None:
        """Push the queue of the buddy's (a trainer: everyone's) calls and visits to review."""
        from canvass.ui.screens.review_queue import ReviewQueueScreen

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
            return
        self.push_screen(
            ReviewQueueScreen(self.services, self.consultant, self.library, self.clock)
        )
