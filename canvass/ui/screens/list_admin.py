"""Managing call lists from the list picker: a new list from the current search or from a
segment, rename, delete. Also the small pickers the call list's ``+`` uses.

:class:`ListAdminActions` holds the picker's actions (its keys are declared on
:class:`~canvass.ui.screens.list_dialogs.ListPicker`); every store call runs in a thread
worker, and a refused name is shown beside the field with what was typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from canvass.errors import CanvassError
from canvass.i18n import t
from canvass.services.rows import CreatedList, ListMissingError, ListNameError
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.formatting import danish_number
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.rows import CallListInfo, SegmentInfo
    from canvass.ui.screens.list_dialogs import ListChoice

    _PickerBase = ModalScreen[ListChoice | None]
else:
    _PickerBase = object

_P = "call_list.picker"  # binding ids and catalogue keys of the picker's admin keys

_DIALOG_CSS = """
{name} #admin-dialog {{
    width: 72; max-width: 100%; height: auto; max-height: 80%; padding: 1 2;
    border: round $primary; background: $surface;
}}
{name} .title {{ text-style: bold; margin-bottom: 1; }}
{name} .hint {{ color: $text-muted; margin-bottom: 1; }}
{name} .row {{ height: auto; }}
{name} .field-label {{ width: 8; padding-top: 1; color: $text-muted; }}
{name} Input {{ width: 1fr; }}
{name} #name-error {{ height: auto; padding-left: 8; color: $text-error; }}
{name} OptionList {{ height: auto; max-height: 16; border: none; }}
{name} .keys {{ margin-top: 1; color: $text-muted; }}
"""


class NameDialog(ModalScreen[object]):
    """Ask for a list name; ``save`` stores it in a thread and its result closes the dialog.

    A refused name (empty, too long, taken) or a failed save is shown under the field;
    the dialog stays open with the text as typed. ``escape`` closes with None.
    """

    DEFAULT_CSS = _DIALOG_CSS.format(name="NameDialog")
    BINDINGS: ClassVar[list[BindingType]] = [
        key("call_list.name", "escape", "cancel", "cancel", key_display="esc", tip=False),
    ]

    def __init__(self, title: str, hint: str, initial: str, save: Callable[[str], object]) -> None:
        super().__init__()
        localise_bindings(self)
        self._title, self._hint, self._initial, self._saver = title, hint, initial, save
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="admin-dialog"):
            yield Plain(self._title, classes="title", markup=False)
            yield Plain(self._hint, classes="hint", markup=False)
            with Horizontal(classes="row"):
                yield Label(t("lists.admin.name"), classes="field-label")
                yield Input(self._initial, placeholder=t("lists.admin.name_placeholder"))
            yield Plain("", id="name-error", markup=False)
            yield Plain(t("lists.admin.name_keys"), classes="keys", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if self._saving:
            return
        self._saving = True
        self.query_one("#name-error", Static).update(t("lists.admin.saving"))
        self._save(event.value)

    @work(thread=True, exclusive=True, exit_on_error=False, group="list-name")
    def _save(self, name: str) -> None:
        try:
            result = self._saver(name)
        except (ListNameError, ListMissingError, CanvassError) as exc:
            self.app.call_from_thread(self._refused, str(exc.message))
        except Exception as exc:  # never a traceback: say what failed, keep the text
            self.app.call_from_thread(self._refused, f"{type(exc).__name__}: {exc}")
        else:
            self.app.call_from_thread(self.dismiss, result)

    def _refused(self, message: str) -> None:
        self._saving = False
        self.query_one("#name-error", Static).update(message)
        self.query_one(Input).focus()

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


class _OptionsPicker(ModalScreen[object]):
    """A title, a list loaded in a thread, and a line of keys; enter picks, esc closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        key("call_list.pick", "escape", "cancel", "cancel", key_display="esc", tip=False),
    ]

    def __init__(self, services: Services, title: str) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._title = services, title
        self._values: list[object] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="admin-dialog"):
            yield Plain(self._title, classes="title", markup=False)
            yield OptionList(markup=False)
            yield Plain("", classes="hint", id="picker-empty", markup=False)
            yield Plain(t("lists.admin.pick_keys"), classes="keys", markup=False)

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="pick")
    def _load(self) -> None:
        self.app.call_from_thread(self._show, self._options())

    def _options(self) -> list[tuple[str, object]]:
        raise NotImplementedError

    def _empty_text(self) -> str:
        raise NotImplementedError

    def _show(self, options: list[tuple[str, object]]) -> None:
        self._values = [value for _, value in options]
        widget = self.query_one(OptionList)
        widget.clear_options()
        widget.add_options([Option(Text(label)) for label, _ in options])
        widget.display = bool(options)
        empty = self.query_one("#picker-empty", Static)
        empty.update("" if options else self._empty_text())
        empty.display = not options
        if options:
            widget.highlighted = 0
            widget.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._values[event.option_index])

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)


class SegmentPicker(_OptionsPicker):
    """The segments present in the companies, with how many companies each has."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="SegmentPicker")

    def __init__(self, services: Services) -> None:
        super().__init__(services, t("lists.admin.segment.title"))

    def _options(self) -> list[tuple[str, object]]:
        found: list[SegmentInfo] = self._services.lists.segments()
        count = "lists.companies"
        return [(f"{s.name}  ({t(count, count=danish_number(s.companies))})", s) for s in found]

    def _empty_text(self) -> str:
        return t("lists.admin.segment.none")


class TargetListPicker(_OptionsPicker):
    """The named lists, to put a company on one (``+`` on the call list)."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="TargetListPicker")

    def __init__(self, services: Services, company: str) -> None:
        super().__init__(services, t("lists.admin.add.title", name=company))

    def _options(self) -> list[tuple[str, object]]:
        found: list[CallListInfo] = self._services.lists.call_lists()
        count = "lists.companies"
        return [(f"{i.name}  ({t(count, count=danish_number(i.members))})", i) for i in found]

    def _empty_text(self) -> str:
        return t("lists.admin.add.none")


class ListAdminActions(_PickerBase):
    """The list picker's keys for new, renamed and deleted lists (mixed into ListPicker)."""

    _services: Services
    _choices: list[ListChoice]
    _current: int | None  # the list highlighted when the picker reloads
    _working: int | None  # the list the call list shows
    _search: str  # the call list's search text

    if TYPE_CHECKING:
        _load: Callable[[], object]  # ListPicker's (re)load of the lists

    def _named(self) -> ListChoice | None:
        """The highlighted named list, or None (with a notice) on "all companies"."""
        index = self.query_one(OptionList).highlighted
        if index is None or index >= len(self._choices) or self._choices[index].list_id is None:
            self.notify(t("lists.admin.needs_list"), severity="warning")
            return None
        return self._choices[index]

    def working_choice(self) -> ListChoice | None:
        """The call list's list as it is now (renamed, new script), "all companies" when it
        was deleted, or None before the lists have loaded."""
        if not self._choices:
            return None
        found = [c for c in self._choices if c.list_id == self._working]
        return found[0] if found else self._choices[0]

    def _reload_at(self, list_id: int | None) -> None:
        self._current = list_id
        self._load()

    def _created(self, made: object) -> None:
        if isinstance(made, CreatedList):
            count = danish_number(made.members)
            self.notify(t("lists.admin.created", name=made.name, count=count), markup=False)
            self._reload_at(made.id)

    def action_new_from_search(self) -> None:
        """A new list with the companies the call list's search finds."""
        services, search, within = self._services, self._search, self._working
        shown = self.working_choice()
        where = shown.name if shown is not None else t("lists.all")
        if search:
            hint = t("lists.admin.new_search.hint", search=search, list=where)
        else:
            hint = t("lists.admin.new_search.hint_all", list=where)

        def save(name: str) -> CreatedList:
            return services.lists.create_list_from_search(name, search, within=within)

        title = t("lists.admin.new_search.title")
        self.app.push_screen(NameDialog(title, hint, search, save), self._created)

    def action_new_from_segment(self) -> None:
        """A new list with every company in a segment (picked from those in the data)."""
        services = self._services

        def picked(segment: object) -> None:
            if segment is None:
                return
            name = str(getattr(segment, "name", segment))

            def save(list_name: str) -> CreatedList:
                return services.lists.create_list_from_segment(list_name, name)

            title = t("lists.admin.new_segment.title")
            hint = t("lists.admin.new_segment.hint", segment=name)
            initial = name[:1].upper() + name[1:]  # "byggeri" -> "Byggeri"
            self.app.push_screen(NameDialog(title, hint, initial, save), self._created)

        self.app.push_screen(SegmentPicker(services), picked)

    def action_rename(self) -> None:
        """Give the highlighted list another name."""
        choice = self._named()
        if choice is None or choice.list_id is None:
            return
        services, list_id = self._services, choice.list_id

        def renamed(name: object) -> None:
            if isinstance(name, str):
                self._reload_at(list_id)

        title = t("lists.admin.rename.title", name=choice.name)
        hint = t("lists.admin.rename.hint")
        dialog = NameDialog(
            title, hint, choice.name, lambda name: services.lists.rename_list(list_id, name)
        )
        self.app.push_screen(dialog, renamed)

    def action_delete(self) -> None:
        """Delete the highlighted list after asking; its companies stay."""
        choice = self._named()
        if choice is None or choice.list_id is None:
            return
        list_id, name = choice.list_id, choice.name

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(list_id, name)

        question = ConfirmScreen(
            t("lists.admin.delete.title", name=name),
            t("lists.admin.delete.question"),
            t("lists.admin.delete.yes"),
            t("lists.admin.delete.no"),
        )
        self.app.push_screen(question, answered)

    @work(thread=True, exclusive=True, exit_on_error=False, group="list-delete")
    def _delete(self, list_id: int, name: str) -> None:
        with suppress(ListMissingError):  # a colleague deleted it first: the same outcome
            self._services.lists.delete_list(list_id)
        message = t("lists.admin.deleted", name=name)
        self.app.call_from_thread(self.notify, message, markup=False)
        highlight = None if self._current == list_id else self._current
        self.app.call_from_thread(self._reload_at, highlight)
