"""The feedback screen's one dialog: a comment to the thread, or an acknowledgement that
may carry one."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from canvass.i18n import t
from canvass.services.feedback import MAX_COMMENT
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.text import Plain, literal

_K = "feedback.dialog"


class CommentDialog(ModalScreen[str | None]):
    """One line of text; dismisses with it (trimmed), or None on esc.

    With ``optional`` (acknowledging) an empty line is an answer too; otherwise the dialog
    says so and stays open. What is typed and not sent goes to ``keep`` (the screen offers
    it again next time), so esc loses nothing.
    """

    DEFAULT_CSS = """
    CommentDialog { align: center middle; }
    CommentDialog #fb-dialog {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface; border-title-style: bold;
    }
    CommentDialog .fb-dialog-label { margin-top: 1; color: $text-muted; }
    CommentDialog #fb-comment { margin-top: 1; background: $boost; }
    CommentDialog #fb-dialog-error { color: $text-error; height: auto; }
    CommentDialog #fb-dialog-keys { height: 1; margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "enter", "send", "send", key_display="⏎", priority=True),  # before the field
        key(_K, "escape", "cancel", "cancel", key_display="esc"),
    ]

    def __init__(
        self,
        title: str,
        label: str,
        *,
        optional: bool,
        text: str = "",
        keep: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._title, self._label, self._optional, self._text = title, label, optional, text
        self._keep = keep or (lambda _: None)

    def compose(self) -> ComposeResult:
        with Vertical(id="fb-dialog") as dialog:
            dialog.border_title = literal(self._title)
            yield Plain(self._label, classes="fb-dialog-label")
            yield Input(self._text, id="fb-comment", compact=True, max_length=MAX_COMMENT)
            yield Plain("", id="fb-dialog-error")
            yield KeyLine(f"{_K}.", id="fb-dialog-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_send(self) -> None:
        """Send what is typed (an acknowledgement may be sent without a comment)."""
        text = self.query_one(Input).value.strip()
        if not text and not self._optional:
            self.query_one("#fb-dialog-error", Plain).update(t("feedback.error.empty_comment"))
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        """Close without sending; what was typed is kept for next time."""
        self._keep(self.query_one(Input).value)
        self.dismiss(None)
