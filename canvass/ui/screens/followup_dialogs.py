"""Small dialogs of the follow-up screens: pick a colleague, write a result note."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.text import Plain, literal

if TYPE_CHECKING:
    from canvass.services.rows import ConsultantInfo

_DIALOG_CSS = """
    {name} {{ align: center middle; }}
    {name} .fu-dialog {{
        width: 70; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }}
    {name} .fu-dialog-label {{ margin-top: 1; color: $text-muted; }}
    {name} .fu-keys {{ height: 1; margin-top: 1; color: $text-muted; }}
"""


class ConsultantPicker(ModalScreen[int | None]):
    """Choose the colleague to hand a callback to; dismisses with their id, or None."""

    DEFAULT_CSS = (
        _DIALOG_CSS.format(name="ConsultantPicker")
        + """
    ConsultantPicker OptionList { height: auto; max-height: 12; margin-top: 1; border: none; }
    """
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "followup.pick.key.choose", key_display="⏎",
                id="followup.pick.choose"),
        Binding("escape", "cancel", "followup.pick.key.cancel", key_display="esc",
                id="followup.pick.cancel"),
    ]  # fmt: skip

    def __init__(
        self, company: str, consultants: list[ConsultantInfo], current_id: int | None
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._company = company
        self._consultants = consultants
        self._current_id = current_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="fu-dialog") as dialog:
            dialog.border_title = literal(t("followup.pick.title", company=self._company))
            yield OptionList(
                *(Option(self._label(person), id=str(person.id)) for person in self._consultants),
                id="fu-consultants",
                markup=False,
            )
            yield KeyLine("followup.pick.", id="fu-pick-keys")

    def _label(self, person: ConsultantInfo) -> str:
        name = f"{person.initials:<4} {person.name}"
        return t("followup.pick.current", name=name) if person.id == self._current_id else name

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        # Start on the first colleague who does not have it already.
        others = [i for i, p in enumerate(self._consultants) if p.id != self._current_id]
        options.highlighted = others[0] if others else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def action_choose(self) -> None:
        """Hand the callback to the highlighted colleague."""
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(int(options.get_option_at_index(options.highlighted).id or 0))

    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)


class NoteDialog(ModalScreen[str | None]):
    """An optional one-line result note; dismisses with the text (maybe empty), or None."""

    DEFAULT_CSS = (
        _DIALOG_CSS.format(name="NoteDialog")
        + """
    NoteDialog #fu-note { margin-top: 1; background: $boost; }
    """
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "followup.note.key.save", key_display="⏎",
                id="followup.note.save"),
        Binding("escape", "cancel", "followup.note.key.cancel", key_display="esc",
                id="followup.note.cancel"),
    ]  # fmt: skip

    def __init__(self, title: str, note: str = "") -> None:
        super().__init__()
        localise_bindings(self)
        self._title = title
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="fu-dialog") as dialog:
            dialog.border_title = literal(self._title)
            yield Plain(t("followup.note.label"), classes="fu-dialog-label", markup=False)
            yield Input(self._note, id="fu-note", compact=True, max_length=500)
            yield KeyLine("followup.note.", id="fu-note-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_save(self) -> None:
        """Save with the note as typed (an empty note is fine)."""
        self.dismiss(self.query_one(Input).value.strip())

    def action_cancel(self) -> None:
        """Close; the meeting keeps its status."""
        self.dismiss(None)
