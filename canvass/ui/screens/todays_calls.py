"""Today's calls (``u`` on the call list): the consultant's own calls of today, newest
first, to correct one — the history screen, limited to them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import BindingType

from canvass.i18n import t
from canvass.ui.bindings import key
from canvass.ui.screens.history import HistoryScreen

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.rows import HistoryCall

_K = "history"  # the catalogue and binding-id prefix, shared with the history screen


class TodaysCallsScreen(HistoryScreen):
    """ "Dagens opkald": the consultant's own calls of today, newest first; ``enter``
    corrects the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "enter", "correct", "correct_today", key_display="⏎", priority=True),
    ]

    EMPTY_KEY: ClassVar[str] = "history.no_calls_today"
    SUBTITLE_KEY: ClassVar[str] = "history.today_subtitle"
    AUDITS_READS: ClassVar[bool] = False  # the consultant's own calls of today

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        library: Library | None,
        *,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(services, clock, library, None, on_change=on_change)

    def fetch(self, offset: int, limit: int) -> list[HistoryCall]:
        me = getattr(self.app, "consultant", None)
        if me is None or offset:
            return []
        return self._services.history.todays_calls(me.id, self._clock())

    def title_text(self) -> Text:
        return Text(t("history.today_title", count=len(self.calls)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            return False  # today's calls only; the search lives on the history screen
        return super().check_action(action, parameters)
