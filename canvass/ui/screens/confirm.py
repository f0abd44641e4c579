"""A yes/no question as a small modal: ``enter``/``y`` answers yes, ``escape``/``n`` no."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen

from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.text import Plain


class ConfirmScreen(ModalScreen[bool]):
    """Ask one question; dismisses with True (yes) or False (no)."""

    DEFAULT_CSS = """
    ConfirmScreen #confirm-dialog {
        width: 70; height: auto; padding: 1 2;
        border: round $warning; background: $surface;
    }
    ConfirmScreen #confirm-title { text-style: bold; margin-bottom: 1; }
    ConfirmScreen #confirm-keys { margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,y,j", "answer(True)", "confirm.yes", id="confirm.yes"),
        Binding("escape,n", "answer(False)", "confirm.no", id="confirm.no"),
    ]

    def __init__(self, title: str, question: str, yes: str, no: str) -> None:
        super().__init__()
        localise_bindings(self)
        self._title, self._question, self._yes, self._no = title, question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Plain(self._title, id="confirm-title")
            yield Plain(self._question, id="confirm-question")
            yield Plain(
                t("confirm.keys", yes=self._yes, no=self._no), id="confirm-keys", markup=False
            )

    def action_answer(self, answer: bool) -> None:
        """Close with the answer."""
        self.dismiss(answer)
