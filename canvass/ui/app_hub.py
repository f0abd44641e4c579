"""The app's sparring hub: ``r`` on the call list, and the feedback shared with me.

A base class of :class:`canvass.ui.app.CanvassApp` (kept apart so the app module stays
small). The hub (:class:`~canvass.ui.screens.sparring_hub.SparringHub`) only chooses;
this opens what was chosen: following the buddy (:class:`ObserveApp`), the review queue
(:class:`ReviewApp`), my feedback, or the team and its pairs.
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


class HubApp(App[None]):
    """The sparring hub and the screens behind it; :class:`CanvassApp` sets the attributes."""

    services: Services
    library: Library
    clock: Callable[[], datetime]
    call_list: CallList
    consultant: ConsultantInfo | None

    BINDINGS: ClassVar[list[BindingType]] = [key("app", "r", "sparring", "sparring")]

    def action_follow_buddy(self) -> None:
        raise NotImplementedError  # pragma: no cover - ObserveApp has it

    def open_review_queue(self) -> None:
        raise NotImplementedError  # pragma: no cover - ReviewApp has it

    def action_team(self) -> None:
        raise NotImplementedError  # pragma: no cover - ConsultantApp has it

    def sparring_allowed(self) -> bool:
        """``r`` works (and shows) on the call list only."""
        return self.screen is self.call_list

    def action_sparring(self) -> None:
        """The sparring hub: my buddy, follow live, give sparring, my feedback, the team."""
        from canvass.ui.screens.sparring_hub import SparringHub

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
        elif not isinstance(self.screen, SparringHub):
            self.push_screen(SparringHub(self.services, self.consultant), self._hub_chosen)

    def _hub_chosen(self, choice: str | None) -> None:
        if choice == "follow":
            self.action_follow_buddy()
        elif choice == "queue":
            self.open_review_queue()
        elif choice == "feedback":
            self.action_feedback()
        elif choice == "team":
            self.action_team()

    def action_feedback(self) -> None:
        """The sparring feedback shared with me, my commitments and my scores per phase."""
        from canvass.ui.screens.feedback import FeedbackScreen

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
        elif not isinstance(self.screen, FeedbackScreen):
            rubrics = self.library.rubrics
            self.push_screen(FeedbackScreen(self.services, self.consultant, self.clock,
                                            rubrics=rubrics))  # fmt: skip
