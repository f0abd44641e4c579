"""Choose another call script for the call in progress."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.content.models import CallScript


class ScriptPicker(ModalScreen[str | None]):
    """A list of the scripts; ``enter`` picks one, ``escape`` keeps the current one."""

    DEFAULT_CSS = """
    ScriptPicker #picker-dialog {
        width: 80; height: auto; max-height: 80%; padding: 1 2;
        border: round $primary; background: $surface;
    }
    ScriptPicker #picker-title { text-style: bold; margin-bottom: 1; }
    ScriptPicker OptionList { height: auto; max-height: 20; }
    ScriptPicker #picker-keys { margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "picker.key.close", id="picker.close"),
    ]

    def __init__(self, scripts: list[CallScript], current: str | None) -> None:
        super().__init__()
        localise_bindings(self)
        self._scripts, self._current = scripts, current

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog"):
            yield Plain(t("picker.title"), id="picker-title")
            yield OptionList(
                *(
                    Option(
                        f"{'● ' if s.id == self._current else '  '}{s.title}  (v{s.version})",
                        id=s.id,
                    )
                    for s in self._scripts
                ),
                id="scripts",
                markup=False,
            )
            yield Plain(t("picker.keys"), id="picker-keys")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [s.id for s in self._scripts]
        if self._current in ids:
            options.highlighted = ids.index(self._current)
        options.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        """Close without changing the script."""
        self.dismiss(None)
