"""The objection bank from the call (``o``): its index built off the UI thread, the pick
recorded as the call's event.

A mixin for :class:`canvass.ui.screens.call_screen.CallScreen` (kept apart so that screen
does not grow). The index is built once per loaded library (the boot has usually built
it already, :mod:`canvass.ui.preload`); an ``o`` pressed before it is ready opens the bank
as soon as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from canvass.ui.screens.objection_bank import ObjectionPick
from canvass.ui.screens.objection_bank_open import open_bank

if TYPE_CHECKING:
    from textual.screen import Screen

    from canvass.content.validate import Library
    from canvass.domain.call_session import CallSession
    from canvass.services import LiveCall

    _Base = Screen[int | None]
else:
    _Base = object


class CallBank(_Base):
    """``o`` and what the bank's pick does, for the call screen."""

    _bank_wanted = False  # "o" was pressed before the bank's index was built

    if TYPE_CHECKING:
        live: LiveCall | None
        _library: Library
        _values: dict[str, str | None]

        @property
        def session(self) -> CallSession | None: ...

        def _refresh_all(self) -> None: ...

    @work(thread=True, exit_on_error=False, group="objection-index")
    def _build_objection_index(self) -> None:
        """Build the bank's search index off the UI thread, once per loaded library,
        giving way to the keyboard until the bank is asked for."""
        self._library.objection_index_in_background()
        if self._bank_wanted:
            self.app.call_from_thread(self.action_objections)

    def action_objections(self) -> None:
        """Open the objection bank for the current phase (once its index is built)."""
        assert self.session is not None
        self._bank_wanted = not self._library.index_ready
        if self._bank_wanted:
            self._library.want_objection_index()  # the build stops giving way
        if self._bank_wanted or not self.is_current:
            return  # the worker building the index opens the bank when it is done
        chosen, index = self.live.answer_variant if self.live else None, self._library
        open_bank(self.app, index.objection_index, self.session.phase, self._values, chosen,
                  self._objection_picked)  # fmt: skip

    def _objection_picked(self, pick: ObjectionPick | None) -> None:
        if pick is None or self.live is None:
            return
        self.live.use_objection(pick.objection_id, pick.answer_id)
        self._refresh_all()
