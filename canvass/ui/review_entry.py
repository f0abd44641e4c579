"""Where the review screens are opened from: the app's `r` hub ("sparring"), the observer
when a followed call ends, a call in the history. One place, so the app stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.i18n import t

if TYPE_CHECKING:
    from canvass.ui.app import CanvassApp


def open_review(
    app: CanvassApp, *, call_id: int | None = None, meeting_id: int | None = None
) -> None:
    """Push the review of a call (or held visit) for the consultant at the keyboard; the
    service decides whether they may (the screen shows its refusal)."""
    from canvass.ui.screens.review import ReviewScreen

    if app.consultant is None:
        app.notify(t("app.no_consultant_yet"), severity="warning")
        return
    app.push_screen(
        ReviewScreen(
            app.services,
            app.consultant,
            app.library,
            app.clock,
            call_id=call_id,
            meeting_id=meeting_id,
        )
    )


def open_review_queue(app: CanvassApp) -> None:
    """Push the queue of the buddy's (a trainer: everyone's) calls and visits to review."""
    from canvass.ui.screens.review_queue import ReviewQueueScreen

    if app.consultant is None:
        app.notify(t("app.no_consultant_yet"), severity="warning")
        return
    app.push_screen(ReviewQueueScreen(app.services, app.consultant, app.library, app.clock))
