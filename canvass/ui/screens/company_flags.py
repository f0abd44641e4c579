"""Markér virksomhed: toggle a company's key account (*nøglekunde*), do-not-call (*ring
ikke*) and reklamebeskyttet marks. Each toggle is stored at once, in a thread.

Toggles are written under one lock, each writing the latest wanted value of its mark,
so quick presses (``1 1 2``) end with what the screen shows whatever order the threads
run in. Closing waits for the saves, so the list reloads with the stored marks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Static

from canvass.errors import CanvassError
from canvass.i18n import t
from canvass.services.rows import FLAGS, CompanyFlags
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.services import Services

_K = "call_list.flags"  # binding ids and catalogue keys


class CompanyFlagsDialog(ModalScreen[bool]):
    """Three toggles for one company; dismisses with True when a mark changed."""

    DEFAULT_CSS = """
    CompanyFlagsDialog #flags-dialog {
        width: 72; max-width: 100%; height: auto; padding: 1 2;
        border: round $primary; background: $surface;
    }
    CompanyFlagsDialog #flags-title { text-style: bold; margin-bottom: 1; }
    CompanyFlagsDialog Checkbox { border: none; padding: 0; height: auto; width: 100%; }
    CompanyFlagsDialog .flag-hint { color: $text-muted; padding-left: 6; margin-bottom: 1; }
    CompanyFlagsDialog #flags-status { height: 1; }
    CompanyFlagsDialog #flags-status.-error { color: $text-error; }
    CompanyFlagsDialog #flags-keys { margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "1", "toggle_flag('key_account')", "key_account"),
        key(_K, "2", "toggle_flag('do_not_call')", "do_not_call"),
        key(_K, "3", "toggle_flag('ad_protected')", "ad_protected"),
        key(_K, "escape", "close", "close", key_display="esc", tip=False),
    ]

    def __init__(
        self, services: Services, clock: Callable[[], datetime], company_id: int, name: str
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._clock = services, clock
        self._company_id, self._company = company_id, name
        self._wanted: dict[str, bool] = {}
        self._save_lock = threading.Lock()
        self._pending = 0
        self._changed = False
        self._close_asked = False

    def compose(self) -> ComposeResult:
        with Vertical(id="flags-dialog"):
            yield Plain(
                t("call_list.flags.title", name=self._company), id="flags-title", markup=False
            )
            for number, flag in enumerate(FLAGS, start=1):
                label = f"{number}  {t(f'call_list.flags.{flag}')}"
                yield Checkbox(label, id=f"flag-{flag}", disabled=True, compact=True)
                yield Plain(t(f"call_list.flags.{flag}.hint"), classes="flag-hint", markup=False)
            yield Plain("", id="flags-status", markup=False)
            yield Plain(t("call_list.flags.keys"), id="flags-keys", markup=False)

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="flags-load")
    def _load(self) -> None:
        found = self._services.companies.company_flags(self._company_id)
        self.app.call_from_thread(self._show, found)

    def _show(self, found: CompanyFlags | None) -> None:
        if found is None:
            self._status(t("call_list.flags.gone"), error=True)
            return
        for flag in FLAGS:
            box = self.query_one(f"#flag-{flag}", Checkbox)
            with box.prevent(Checkbox.Changed):
                box.value = bool(getattr(found, flag))
            box.disabled = False
        self.query_one(f"#flag-{FLAGS[0]}", Checkbox).focus()

    def action_toggle_flag(self, flag: str) -> None:
        """Switch one mark on or off (stored at once)."""
        box = self.query_one(f"#flag-{flag}", Checkbox)
        if not box.disabled:
            box.toggle()

    @on(Checkbox.Changed)
    def _changed_box(self, event: Checkbox.Changed) -> None:
        flag = (event.checkbox.id or "").removeprefix("flag-")
        if flag not in FLAGS:
            return
        self._wanted[flag] = event.value
        self._pending += 1
        self._status(t("call_list.flags.saving"))
        self._save(flag)

    @work(thread=True, exit_on_error=False, group="flags-save")
    def _save(self, flag: str) -> None:
        with self._save_lock:  # the latest wanted value, written in turn
            value = self._wanted[flag]
            try:
                stored = self._services.companies.set_company_flag(
                    self._company_id, flag, value, self._clock()
                )
            except (CanvassError, LookupError) as exc:
                message = (
                    exc.message if isinstance(exc, CanvassError) else t("call_list.flags.gone")
                )
                self.app.call_from_thread(self._failed, flag, message)
                return
        self.app.call_from_thread(self._saved, flag, stored)

    def _saved(self, flag: str, stored: CompanyFlags) -> None:
        self._pending -= 1
        self._changed = True
        state = "on" if getattr(stored, flag) else "off"
        self._status(t(f"call_list.flags.saved_{state}", flag=t(f"call_list.flags.{flag}")))
        self._close_when_done()

    def _failed(self, flag: str, message: str) -> None:
        self._pending -= 1
        box = self.query_one(f"#flag-{flag}", Checkbox)
        with box.prevent(Checkbox.Changed):  # show what the database has
            box.value = not self._wanted[flag]
        self._status(message, error=True)
        self._close_asked = False  # stay open so the message is read

    def _status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#flags-status", Static)
        status.update(text)
        status.set_class(error, "-error")

    def _close_when_done(self) -> None:
        if self._close_asked and self._pending == 0:
            self.dismiss(self._changed)

    def action_close(self) -> None:
        """Close (after the last toggle is stored)."""
        self._close_asked = True
        if self._pending:
            self._status(t("call_list.flags.saving"))
        self._close_when_done()
