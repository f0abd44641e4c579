"""Every problem found in the scripts and objections, as ``path:line:column: message``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import OptionList

from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.text import plain


class ProblemsScreen(ModalScreen[None]):
    """A scrollable list of content problems, one per line, in the order an editor shows them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "key.close", id="problems.close", tooltip="key.close.tip"),
    ]

    def __init__(self, problems: Sequence[object]) -> None:
        super().__init__()
        localise_bindings(self)
        self.lines = [str(problem) for problem in problems]

    def compose(self) -> ComposeResult:
        lines = self.lines or [t("problems.none")]
        option_list = OptionList(*(plain(line) for line in lines), id="problems-list", markup=False)
        option_list.border_title = t("problems.title", count=len(self.lines))
        option_list.border_subtitle = t("help.close")
        yield option_list

    def action_close(self) -> None:
        """Back to the screen below."""
        self.dismiss(None)
