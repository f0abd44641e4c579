"""The screens and dialogs the call list opens: the list to work, the order, import and
export, the callbacks, meetings and job orders, and the history of calls.

Mixed into :class:`~canvass.ui.screens.call_list.CallList`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import Input

from canvass.ui.screens.list_choice import ListChoice
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.rows import PriorityRow

    _Base = Screen[None]
else:
    _Base = object


class CallListOpens(_Base):
    """``l p v i x t m j h u``, for the call list."""

    if TYPE_CHECKING:
        _services: Services
        _clock: Callable[[], datetime]
        _library: Library | None
        _list: ListChoice
        _rows: list[PriorityRow]
        _search: str
        _by_name: bool
        _show_skipped: bool
        consultant_id: int | None

        def _reload(self, limit: int | None = None) -> None: ...
        def remember_list(self, choice: ListChoice) -> None: ...

    def use_library(self, library: Library) -> None:
        """Use a newly loaded library (a published change) from the next call on."""
        self._library = library

    def segments(self) -> tuple[str, ...]:
        """The target segments of the list's script; with none, those of every script."""
        if self._library is None:
            return ()
        script = self._library.scripts.get(self._list.script_id or "")
        scripts = [script] if script is not None else list(self._library.scripts.values())
        return tuple(dict.fromkeys(s for one in scripts for s in one.target.segments))

    def action_focus_search(self) -> None:
        """Put the cursor in the search field."""
        # Focus now (Widget.focus() defers): keys queued after "/" must land in the field.
        self.set_focus(self.query_one("#search", Input))

    def action_focus_table(self) -> None:
        """Go back to the list (from the search field)."""
        self.set_focus(self.query_one(CompanyTable))

    # Lists, order, import and export ------------------------------------------------------

    def action_choose_list(self) -> None:
        """Pick the call list to work (its script becomes the default for calls)."""

        def chosen(choice: ListChoice | None) -> None:
            if choice is not None and choice != self._list:
                self._list = choice
                self.remember_list(choice)
                self._reload()

        from canvass.ui.screens.list_dialogs import ListPicker  # the dialogs load when used

        scripts = list(self._library.scripts.values()) if self._library else []
        picker = ListPicker(self._services, self._list.list_id, scripts, search=self._search)
        self.app.push_screen(picker, chosen)

    def action_toggle_order(self) -> None:
        """Prioritised or alphabetical order."""
        self._by_name = not self._by_name
        self._reload()

    def action_toggle_skipped(self) -> None:
        """Show the companies the list skips too (greyed, with the reason), or hide them."""
        self._show_skipped = not self._show_skipped
        self._reload()

    def action_import(self) -> None:
        """Import companies from a CSV file; the list reloads when something came in."""
        from canvass.ui.screens.transfer_dialogs import ImportDialog

        def closed(imported: bool | None) -> None:
            if imported:
                self._reload()

        self.app.push_screen(ImportDialog(self._services, self.consultant_id), closed)

    def action_export(self) -> None:
        """Export meetings (.ics) or calls (.csv) to a file."""
        from canvass.ui.screens.transfer_dialogs import ExportDialog

        self.app.push_screen(ExportDialog(self._services, self._clock, self.consultant_id))

    # Follow-up ---------------------------------------------------------------------------

    def action_callbacks(self) -> None:
        """Open the callbacks the consultant promised."""
        from canvass.ui.screens.callbacks import CallbacksScreen

        self.app.push_screen(CallbacksScreen(self._services, self._clock))

    def action_meetings(self) -> None:
        """Open the booked meetings."""
        from canvass.ui.screens.meetings import MeetingsScreen

        self.app.push_screen(MeetingsScreen(self._services, self._clock))

    def action_job_orders(self) -> None:
        """Open the job orders."""
        from canvass.ui.screens.job_orders import JobOrdersScreen

        self.app.push_screen(JobOrdersScreen(self._services, self._clock))

    def action_history(self) -> None:
        """Every call to the highlighted company, in full (``/`` searches all calls)."""
        from canvass.ui.screens.history import HistoryScreen

        table = self.query_one(CompanyTable)
        if table.row_count:
            row, args = self._rows[table.cursor_row], (self._services, self._clock, self._library)
            self.app.push_screen(HistoryScreen(*args, row.id, row.name, on_change=self._reload))

    def action_todays_calls(self) -> None:
        """Today's calls of mine, newest first, to correct one."""
        from canvass.ui.screens.todays_calls import TodaysCallsScreen

        args = (self._services, self._clock, self._library)
        self.app.push_screen(TodaysCallsScreen(*args, on_change=self._reload))
