"""Dialogs for correcting a saved call: the wrap-up again, the notes, what it was before."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import TextArea

from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.formatting import LOCAL_TZ
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.screens.wrapup_dialog import WrapUpScreen
from canvass.ui.text import Plain, literal

if TYPE_CHECKING:
    from canvass.services.rows import CallState

_K = "history"


class CorrectionDialog(WrapUpScreen):
    """The wrap-up dialog with the saved outcome chosen and its values filled in."""

    def __init__(self, state: CallState, *, now: datetime, today: date) -> None:
        started = state.started_at.astimezone(LOCAL_TZ)
        super().__init__(
            state.company_name,
            f"{started:%H:%M}",
            now=now,
            today=today,
            location=state.company_address,
            initial=state.wrapup,
        )
        self.state = state

    async def on_mount(self) -> None:
        # Textual runs WrapUpScreen.on_mount after this one (handlers of every class run).
        started = self.state.started_at.astimezone(LOCAL_TZ)
        self.query_one("#wrapup").border_title = literal(
            t("history.correct_title", company=self.state.company_name, time=f"{started:%H:%M}")
        )


_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} .hi-dialog {{
    width: 90; max-width: 100%; height: auto; max-height: 100%;
    padding: 0 1; border: round $primary; background: $surface; border-title-style: bold;
}}
{name} .hi-keys {{ height: 1; margin-top: 1; color: $text-muted; }}
"""


class NotesDialog(ModalScreen[str | None]):
    """The notes of a call, to write again; ``ctrl+s`` saves, ``esc`` leaves them as they were."""

    DEFAULT_CSS = (
        _DIALOG_CSS.format(name="NotesDialog")
        + "NotesDialog #hi-notes { height: 10; margin-top: 1; border: none; background: $boost; }"
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "ctrl+s", "save", "save_notes"),
        Binding("escape", "cancel", f"{_K}.key.cancel", id=f"{_K}.cancel", key_display="esc"),
    ]

    def __init__(self, company: str, notes: str) -> None:
        super().__init__()
        localise_bindings(self)
        self._company, self._notes = company, notes

    def compose(self) -> ComposeResult:
        with Vertical(classes="hi-dialog") as dialog:
            dialog.border_title = literal(t("history.notes_title", company=self._company))
            yield TextArea(self._notes, id="hi-notes", soft_wrap=True, show_line_numbers=False)
            yield KeyLine(f"{_K}.", id="hi-notes-keys")

    def on_mount(self) -> None:
        notes = self.query_one(TextArea)
        notes.focus()
        notes.move_cursor(notes.document.end)

    def action_save(self) -> None:
        """Save the notes as written."""
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Close; the notes stay as they were."""
        self.dismiss(None)


class RevisionsDialog(ModalScreen[None]):
    """Every correction of a call: when, who, and each changed part before → after."""

    DEFAULT_CSS = (
        _DIALOG_CSS.format(name="RevisionsDialog")
        + "RevisionsDialog #hi-revisions { height: auto; max-height: 20; margin-top: 1; }"
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", f"{_K}.key.close", id=f"{_K}.close", key_display="esc"),
    ]

    def __init__(self, title: str, revisions: list[Text]) -> None:
        super().__init__()
        localise_bindings(self)
        self._title, self._revisions = title, revisions

    def compose(self) -> ComposeResult:
        with Vertical(classes="hi-dialog") as dialog:
            dialog.border_title = literal(self._title)
            with VerticalScroll(id="hi-revisions"):
                yield Plain(Text("\n\n").join(self._revisions), markup=False)
            yield KeyLine(f"{_K}.", id="hi-revisions-keys")

    def action_cancel(self) -> None:
        """Back to the history."""
        self.dismiss(None)
