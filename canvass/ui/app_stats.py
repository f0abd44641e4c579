"""The app's statistics dashboard: ``s`` on the call list.

A base class of :class:`canvass.ui.app.CanvassApp` (kept apart so the app module stays
small; the call list is at its size limit). The key works on the call list only (the
app's ``check_action``); who sees which figures is the statistics service's decision
(trainers and team leads everyone's, a consultant their own).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import BindingType

from canvass.i18n import t
from canvass.ui.bindings import key

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo
    from canvass.ui.screens.call_list import CallList


class StatsApp(App[None]):
    """The dashboard key; :class:`CanvassApp` sets the attributes."""

    services: Services
    clock: Callable[[], datetime]
    call_list: CallList
    consultant: ConsultantInfo | None
    library: Library

    BINDINGS: ClassVar[list[BindingType]] = [key("app", "s", "stats", "stats")]

    def stats_allowed(self) -> bool:
        """``s`` works (and shows) on the call list only."""
        return self.screen is self.call_list

    def action_stats(self) -> None:
        """The statistics dashboard for the consultant at the keyboard."""
        from canvass.ui.screens.stats import StatsScreen

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
        elif not isinstance(self.screen, StatsScreen):
            rubrics = self.library.rubrics  # the phase weights of the rubric trends
            self.push_screen(
                StatsScreen(self.services, self.consultant, self.clock, rubrics=rubrics)
            )
