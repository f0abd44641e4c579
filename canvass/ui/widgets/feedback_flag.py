"""The call list's "Ny sparring (1)": feedback shared with the caller and not yet
acknowledged in its latest version.

A small widget in the call list's top bar. It counts (one indexed count, no content) in a
worker thread: when it is mounted, when the consultant becomes known, whenever its
screen is shown again (back from the feedback screen or a call) and every
:attr:`FeedbackFlag.INTERVAL` seconds. With nothing new it takes no room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.message import Message
from textual.screen import Screen

from canvass.i18n import t
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.services import Services


class FeedbackFlag(Plain):
    """How many reviews are new for the consultant at the keyboard."""

    DEFAULT_CSS = """
    FeedbackFlag { width: auto; padding-right: 2; color: $text-warning; text-style: bold; }
    FeedbackFlag.-none { display: none; }
    """

    #: Seconds between two counts while the app runs.
    INTERVAL: ClassVar[float] = 30.0

    @dataclass
    class Counted(Message):
        """The count, read by the worker for this consultant."""

        consultant_id: int
        count: int

    def __init__(
        self, services: Services, consultant_id: Callable[[], int | None], **kwargs: Any
    ) -> None:
        super().__init__("", classes="-none", **kwargs)
        self._services = services
        self._consultant_id = consultant_id
        self.count = 0
        """The new reviews last counted."""

    def on_mount(self) -> None:
        self.set_interval(self.INTERVAL, self.check)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        # The call list's "who is calling" changes when the consultant is known; their
        # id is set right after, in the same turn, so count once that turn is over.
        if hasattr(type(self.screen), "consultant"):
            self.watch(self.screen, "consultant", self._consultant_changed, init=False)
        self.check()

    def _consultant_changed(self) -> None:
        self.call_after_refresh(self.check)

    def on_unmount(self) -> None:
        self.app.screen_change_signal.unsubscribe(self)

    def _screen_changed(self, screen: Screen[Any]) -> None:
        if screen is self.screen:
            self.check()

    def check(self) -> None:
        """Count again (in a thread) for the consultant at the keyboard, if known."""
        consultant_id = self._consultant_id()
        if consultant_id is not None and self.is_mounted:
            self._count(consultant_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="feedback-flag")
    def _count(self, consultant_id: int) -> None:
        count = self._services.feedback.unread_count(consultant_id)
        self.post_message(self.Counted(consultant_id, count))

    @on(Counted)
    def _counted(self, message: Counted) -> None:
        if message.consultant_id != self._consultant_id():
            return  # someone else logged in meanwhile
        self.count = message.count
        self.set_class(not message.count, "-none")
        self.update(Text(t("feedback.flag", count=message.count)) if message.count else "")
