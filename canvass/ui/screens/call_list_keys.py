"""The call list's keys for lists and marks, and the list remembered across restarts.

Mixed into :class:`~canvass.ui.screens.call_list.CallList` (which declares the keys):
``+`` puts the highlighted company on a list, ``-`` takes it off the list shown, ``f``
marks it (nøglekunde, ring ikke, reklamebeskyttet). The chosen list is written to the
config file (key ``list``, its id) and chosen again at the next start; a list that no
longer exists falls back to all companies with a notice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import work
from textual.screen import Screen

from canvass.config import write_config_value
from canvass.i18n import t
from canvass.ui.screens.list_choice import ListChoice
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.rows import CallListInfo, PriorityRow
    from canvass.ui.app import CanvassApp

    _Base = Screen[None]
else:
    _Base = object

#: The config file key holding the chosen list's id (empty: all companies).
CONFIG_KEY = "list"


class CallListKeys(_Base):
    """``+``, ``-``, ``f`` and the remembered list, for the call list."""

    _services: Services
    _clock: Callable[[], datetime]
    _list: ListChoice
    _by_id: dict[int, PriorityRow]
    _restore_row: int | None
    PAGE_SIZE: ClassVar[int]
    if TYPE_CHECKING:
        _reload: Callable[..., None]

    def _highlighted(self) -> PriorityRow | None:
        row = self.query_one(CompanyTable).highlighted
        return None if row is None else self._by_id.get(row.id)

    def _reload_in_place(self) -> None:
        """Reload what is shown (a mark or membership changed), keeping the cursor's row."""
        table = self.query_one(CompanyTable)
        self._restore_row = table.cursor_row
        self._reload(limit=max(self.PAGE_SIZE, table.row_count))

    # + and - ------------------------------------------------------------------------------

    def action_add_to_list(self) -> None:
        """Put the highlighted company on a call list."""
        from canvass.ui.screens.list_admin import TargetListPicker

        row = self._highlighted()
        if row is None:
            return

        def picked(info: object) -> None:
            if info is not None:
                self._add(row.id, row.name, cast("CallListInfo", info))

        self.app.push_screen(TargetListPicker(self._services, row.name), picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="membership")
    def _add(self, company_id: int, name: str, info: CallListInfo) -> None:
        added = self._services.lists.add_to_list(info.id, company_id)
        key = "lists.admin.added" if added else "lists.admin.already"
        message = t(key, name=name, list=info.name)
        self.app.call_from_thread(self.notify, message, markup=False)
        if added and info.id == self._list.list_id:
            self.app.call_from_thread(self._reload_in_place)

    def action_remove_from_list(self) -> None:
        """Take the highlighted company off the list shown (the company stays)."""
        row = self._highlighted()
        if row is None:
            return
        if self._list.list_id is None:
            self.notify(t("lists.admin.remove_needs_list"), severity="warning")
            return
        self._remove(row.id, row.name, self._list.list_id, self._list.name)

    @work(thread=True, exclusive=True, exit_on_error=False, group="membership")
    def _remove(self, company_id: int, name: str, list_id: int, list_name: str) -> None:
        self._services.lists.remove_from_list(list_id, company_id)
        message = t("lists.admin.removed", name=name, list=list_name)
        self.app.call_from_thread(self.notify, message, markup=False)
        self.app.call_from_thread(self._reload_in_place)

    # f ------------------------------------------------------------------------------------

    def action_mark_company(self) -> None:
        """Mark the highlighted company: nøglekunde, ring ikke, reklamebeskyttet."""
        from canvass.ui.screens.company_flags import CompanyFlagsDialog

        row = self._highlighted()
        if row is None:
            return

        def closed(changed: bool | None) -> None:
            if changed:
                self._reload_in_place()

        dialog = CompanyFlagsDialog(self._services, self._clock, row.id, row.name)
        self.app.push_screen(dialog, closed)

    # The remembered list -------------------------------------------------------------------

    def _restore_list(self) -> None:
        """Show the list chosen last time (from the settings), else all companies."""
        app = cast("CanvassApp", self.app)
        remembered = (getattr(app, "settings", None) and app.settings.call_list) or ""
        if not remembered.strip():
            self._reload()
            return
        self._find_list(remembered.strip())

    @work(thread=True, exclusive=True, exit_on_error=False, group="remembered-list")
    def _find_list(self, remembered: str) -> None:
        try:
            info = self._services.lists.call_list(int(remembered)) if remembered.isdigit() else None
        except Exception:
            self.app.call_from_thread(self._reload)  # show all companies; the error is reported
            raise
        self.app.call_from_thread(self._list_found, info)

    def _list_found(self, info: CallListInfo | None) -> None:
        if info is None:
            self.notify(t("lists.admin.remembered_missing"), severity="warning")
            self.remember_list(self._list)
        else:
            self._list = ListChoice(info.id, info.name, info.script_id)
        self._reload()

    def remember_list(self, choice: ListChoice) -> None:
        """Write the chosen list to the config file, for the next start."""
        app = cast("CanvassApp", self.app)
        if getattr(app, "settings", None) is not None:
            value = "" if choice.list_id is None else str(choice.list_id)
            self._write_list(app.settings.config_file, value)

    @work(thread=True, exclusive=True, exit_on_error=False, group="remember-list")
    def _write_list(self, path: Path, value: str) -> None:
        write_config_value(path, CONFIG_KEY, value)
