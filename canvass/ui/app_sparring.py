"""The app's part for following a buddy live: ``o`` on the call list ("følg makker") and
:meth:`ObserveApp.open_observer`, which ``canvass observe INITIALS`` opens the app with.

A base class of :class:`canvass.ui.app.CanvassApp` (kept apart so the app module stays
small). Who may follow whom is the service's decision
(:meth:`canvass.services.observe.ObserveService.check`); this only says it in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import BindingType

from canvass.domain.sparring_access import AccessDenied
from canvass.i18n import t
from canvass.ui.bindings import key

if TYPE_CHECKING:
    from canvass.config import Settings
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo
    from canvass.ui.screens.call_list import CallList


class ObserveApp(App[None]):
    """Opening the observer screen; :class:`CanvassApp` sets the attributes below."""

    settings: Settings
    services: Services
    library: Library
    clock: Callable[[], datetime]
    call_list: CallList
    consultant: ConsultantInfo | None

    # Not in the footer (it is full at 120 columns): in `?` help and the palette.
    BINDINGS: ClassVar[list[BindingType]] = [
        key("app", "o", "follow_buddy", "follow_buddy", show=False)
    ]

    def follow_buddy_allowed(self) -> bool:
        """``o`` works (and shows) on the call list only."""
        return self.screen is self.call_list

    def action_follow_buddy(self) -> None:
        """Follow my buddy's calls live."""
        me = self.consultant
        if me is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
            return
        if me.buddy_id is None:
            self.notify(t("app.no_buddy"), severity="warning")
            return
        self._open_observer(None, me.buddy_id)

    def action_follow_buddy_anywhere(self) -> None:
        """Follow my buddy from the palette: from the call list (never from a call)."""
        from canvass.ui.screens.call_screen import CallScreen

        if any(isinstance(screen, CallScreen) for screen in self.screen_stack):
            return  # never leave a call for this
        while self.screen is not self.call_list and len(self.screen_stack) > 1:
            self.pop_screen()
        self.action_follow_buddy()

    def open_observer(self, observed_initials: str) -> None:
        """Open the observer screen following ``observed_initials`` (as the configured
        user); a refusal or unknown initials are said in a toast."""
        self._open_observer(observed_initials, None)

    @work(thread=True, exit_on_error=False, group="open-observer")
    def _open_observer(self, initials: str | None, observed_id: int | None) -> None:
        consultants = self.services.consultants
        me = self.consultant
        if me is None and self.settings.user is not None:
            me = consultants.consultant(self.settings.user)
        if me is None:
            self.call_from_thread(self._refused, t("observe.cli.no_user"))
            return
        observed = None
        if initials is not None:
            try:
                observed = consultants.consultant(initials)
            except ValueError:
                observed = None
        else:
            observed = next((c for c in consultants.consultants() if c.id == observed_id), None)
        if observed is None:
            self.call_from_thread(self._refused, t("observe.unknown", initials=initials or "?"))
            return
        try:
            self.services.observe.check(me.id, observed.id)
        except AccessDenied as error:
            self.call_from_thread(self._refused, str(error))
            return
        self.call_from_thread(self._push_observer, me, observed)

    def _refused(self, message: str) -> None:
        self.notify(message, title=t("observer.denied_title"), severity="error", markup=False)

    def _push_observer(self, me: ConsultantInfo, observed: ConsultantInfo) -> None:
        from canvass.ui.screens.observer import ObserverScreen

        self.push_screen(ObserverScreen(self.services, me, observed, self.clock, self.library))
