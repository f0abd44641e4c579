"""Small modals of the call list: choose a call list, and give a reason to call anyway."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.list_texts import list_size
from canvass.ui.screens.list_admin import ListAdminActions
from canvass.ui.screens.list_choice import ListChoice
from canvass.ui.screens.script_picker import ScriptPicker
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.content.models import CallScript
    from canvass.services import Services
    from canvass.services.rows import CallListInfo, PriorityCounts
    from canvass.ui.app import CanvassApp


class ListPicker(ListAdminActions, ModalScreen[ListChoice | None]):
    """ "Alle virksomheder" and every named list with its size; enter chooses."""

    DEFAULT_CSS = """
    ListPicker #picker-dialog {
        width: 72; max-width: 100%; height: auto; max-height: 80%; padding: 1 2;
        border: round $primary; background: $surface;
    }
    ListPicker #picker-title { text-style: bold; margin-bottom: 1; }
    ListPicker OptionList { height: auto; max-height: 20; border: none; }
    ListPicker #picker-keys { margin-top: 1; color: $text-muted; }
    ListPicker .picker-admin-keys { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            "lists.picker.key.cancel",
            id="call_list.picker.cancel",
            tooltip="lists.picker.key.cancel",
        ),
        Binding(
            "s",
            "set_script",
            "lists.picker.key.script",
            id="call_list.picker.script",
            tooltip="lists.picker.key.script.tip",
        ),
        key("call_list.picker", "n", "new_from_search", "new_from_search"),
        key("call_list.picker", "g", "new_from_segment", "new_from_segment"),
        key("call_list.picker", "r", "rename", "rename"),
        key("call_list.picker", "d,delete", "delete", "delete", key_display="d"),
    ]

    def __init__(
        self,
        services: Services,
        current: int | None,
        scripts: list[CallScript] | None = None,
        search: str = "",
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._current = services, current
        self._working, self._search = current, search  # the call list's list and search
        self._scripts = scripts or []
        self._choices: list[ListChoice] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog"):
            yield Plain(t("lists.picker.title"), id="picker-title")
            yield OptionList(id="lists", markup=False)
            yield Plain(t("lists.picker.keys"), id="picker-keys", markup=False)
            yield Plain(t("lists.admin.picker_keys"), classes="picker-admin-keys", markup=False)

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="lists")
    def _load(self) -> None:
        # Counted as the call list's header counts them: to call, of every company on it.
        app = cast("CanvassApp", self.app)
        now, days = app.clock(), app.settings.recent_days
        lists = self._services.lists.call_lists()
        sizes = [
            self._services.lists.count_prioritised(list_id=list_id, now=now, recent_days=days)
            for list_id in [None, *(info.id for info in lists)]
        ]
        self.app.call_from_thread(self._show, sizes, lists)

    def _show(self, sizes: list[PriorityCounts], lists: list[CallListInfo]) -> None:
        self._choices = [ListChoice(None, t("lists.all"))]
        self._choices += [ListChoice(info.id, info.name, info.script_id) for info in lists]
        options = self.query_one(OptionList)
        options.clear_options()
        for choice, size in zip(self._choices, sizes, strict=True):
            count, total = list_size(size)
            details = t("lists.picker.members", count=count, total=total)
            if choice.script_id:
                details += " · " + t("lists.picker.script", script=choice.script_id)
            options.add_option(Option(Text(f"{choice.name}  ({details})")))  # names as text
        ids = [choice.list_id for choice in self._choices]
        options.highlighted = ids.index(self._current) if self._current in ids else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._choices[event.option_index])

    def action_cancel(self) -> None:
        """Keep the current list (as renamed or given a script here; deleted: all)."""
        self.dismiss(self.working_choice())

    def action_set_script(self) -> None:
        """Choose the script that calls from the highlighted list start with."""
        index = self.query_one(OptionList).highlighted
        if index is None or not self._choices or self._choices[index].list_id is None:
            self.notify(t("lists.picker.script_needs_list"), severity="warning")
            return
        choice = self._choices[index]

        def picked(script_id: str | None) -> None:
            if script_id and choice.list_id is not None:
                self._current = choice.list_id
                self._save_script(choice.list_id, script_id)

        self.app.push_screen(ScriptPicker(self._scripts, choice.script_id), picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="lists")
    def _save_script(self, list_id: int, script_id: str) -> None:
        self._services.lists.set_list_script(list_id, script_id)
        self._load()


class OverrideReason(ModalScreen[str | None]):
    """Ask why the consultant calls a company the list skips; the reason is stored."""

    DEFAULT_CSS = """
    OverrideReason #override-dialog {
        width: 76; max-width: 100%; height: auto; padding: 1 2;
        border: round $warning; background: $surface;
    }
    OverrideReason #override-title { text-style: bold; margin-bottom: 1; }
    OverrideReason #override-reason { margin-top: 1; }
    OverrideReason #override-error { color: $error; height: auto; }
    OverrideReason #override-keys { margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            "lists.override.key.cancel",
            id="call_list.override.cancel",
            tooltip="lists.override.key.cancel",
        ),
    ]

    def __init__(self, name: str, kind: str) -> None:
        super().__init__()
        localise_bindings(self)
        self._name, self._kind = name, kind

    def compose(self) -> ComposeResult:
        with Vertical(id="override-dialog"):
            yield Plain(
                t(f"lists.override.title.{self._kind}", name=self._name),
                id="override-title",
                markup=False,
            )
            yield Plain(t("lists.override.question"), id="override-question")
            yield Input(placeholder=t("lists.override.placeholder"), id="override-reason")
            yield Plain("", id="override-error")
            yield Plain(t("lists.override.keys"), id="override-keys", markup=False)

    @on(Input.Submitted, "#override-reason")
    def _submitted(self, event: Input.Submitted) -> None:
        reason = event.value.strip()
        if not reason:
            self.query_one("#override-error", Static).update(t("lists.override.empty"))
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        """Don't call."""
        self.dismiss(None)
