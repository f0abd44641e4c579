""" "MH følger med": the caller sees who follows their calls live right now.

An unobtrusive label for the call screen and the call list. It asks the service every
:attr:`WatchersBadge.INTERVAL` seconds (in a worker, never on the UI thread) and is
hidden while nobody follows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import work

from canvass.i18n import t
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.services import Services


class WatchersBadge(Plain):
    """Shows who follows the consultant live (hidden when nobody does)."""

    DEFAULT_CSS = """
    WatchersBadge {
        width: auto; padding: 0 1; margin-left: 1; display: none;
        background: $warning 30%; text-style: bold;
    }
    """

    #: Seconds between two reads (tests make it shorter).
    INTERVAL: ClassVar[float] = 2.0

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        consultant_id: Callable[[], int | None],
        **kwargs: object,
    ) -> None:
        super().__init__("", **kwargs)
        self._services, self._clock, self._consultant_id = services, clock, consultant_id
        self.initials: tuple[str, ...] = ()

    def on_mount(self) -> None:
        self.check()
        self.set_interval(self.INTERVAL, self.check)

    def check(self) -> None:
        """Ask who follows now (only while the screen is shown)."""
        consultant_id = self._consultant_id()
        if consultant_id is not None and self.screen.is_current:
            self._read(consultant_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="watchers")
    def _read(self, consultant_id: int) -> None:
        found = self._services.observe.watchers(consultant_id, self._clock())
        initials = tuple(watcher.initials for watcher in found)
        if initials != self.initials:
            self.app.call_from_thread(self._show, initials)

    def _show(self, initials: tuple[str, ...]) -> None:
        self.initials = initials
        self.display = bool(initials)
        key = "watchers.following_many" if len(initials) > 1 else "watchers.following"
        self.update(t(key, initials=", ".join(initials)) if initials else "")
