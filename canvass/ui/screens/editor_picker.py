"""The editor's dialogs: choose a content file to open, or name a new one from a template."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from canvass.content.validate import Kind
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.text import Plain, plain

if TYPE_CHECKING:
    from canvass.content.editing import ContentFile


@dataclass(frozen=True)
class Picked:
    """The picker's answer: a file to open, or a kind of new file to create."""

    path: Path | None = None
    new: Kind | None = None


class ContentPicker(ModalScreen[Picked | None]):
    """Every script, objection file and rubric; enter opens one, a key starts a new one."""

    DEFAULT_CSS = """
    ContentPicker { align: center middle; }
    ContentPicker #picker-box {
        width: 76; max-width: 100%; height: 80%; padding: 0 1;
        border: round $primary; background: $surface;
    }
    ContentPicker #picker-list { height: 1fr; }
    ContentPicker #picker-keys { color: $text-muted; height: auto; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key("editor.picker", "enter", "open", "open", show=False),
        key("editor.picker", "s", "new('script')", "new_script"),
        key("editor.picker", "i", "new('objections')", "new_objections"),
        key("editor.picker", "r", "new('rubric')", "new_rubric"),
        key("editor.picker", "escape", "close", "close"),
    ]

    def __init__(self, files: Sequence[ContentFile], *, may_create: bool) -> None:
        super().__init__()
        localise_bindings(self)
        self._files = list(files)
        self._may_create = may_create

    def compose(self) -> ComposeResult:
        options = [
            Option(plain(f"{file.label}{t('editor.picker.draft') if file.has_draft else ''}"))
            for file in self._files
        ]
        with Vertical(id="picker-box") as box:
            box.border_title = t("editor.picker.title", count=len(self._files))
            yield OptionList(*options, id="picker-list", markup=False)
            hint = "editor.picker.keys" if self._may_create else "editor.picker.keys_read"
            yield Plain(t(hint), id="picker-keys")

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        if self._files:
            listing.highlighted = 0

    @on(OptionList.OptionSelected)
    def action_open(self) -> None:
        """Open the highlighted file."""
        index = self.query_one(OptionList).highlighted
        if index is not None and self._files:
            self.dismiss(Picked(path=self._files[index].path))

    def action_new(self, kind: str) -> None:
        """Start a new file of ``kind`` from its template."""
        self.dismiss(Picked(new=Kind(kind)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._may_create if action == "new" else True

    def action_close(self) -> None:
        """Close without choosing."""
        self.dismiss(None)


class NewFileDialog(ModalScreen[str | None]):
    """Ask for the new file's name (its id); ``problem`` says why a name cannot be used."""

    DEFAULT_CSS = """
    NewFileDialog { align: center middle; }
    NewFileDialog #new-box {
        width: 64; max-width: 100%; height: auto; padding: 1 2;
        border: round $primary; background: $surface;
    }
    NewFileDialog #new-problem { color: $error; height: auto; }
    NewFileDialog #new-keys { color: $text-muted; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [key("editor.new", "escape", "close", "close")]

    def __init__(self, kind: Kind, problem: Callable[[str], str | None]) -> None:
        super().__init__()
        localise_bindings(self)
        self._kind = kind
        self._problem = problem

    def compose(self) -> ComposeResult:
        with Vertical(id="new-box") as box:
            box.border_title = t(f"editor.new.title.{self._kind.value}")
            yield Plain(t("editor.new.prompt"))
            yield Input(id="new-name", placeholder=t("editor.new.placeholder"))
            yield Plain("", id="new-problem")
            yield Plain(t("editor.new.keys"), id="new-keys")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        problem = self._problem(name)
        if problem is not None:
            self.query_one("#new-problem", Plain).update(plain(problem))
            return
        self.dismiss(name)

    def action_close(self) -> None:
        """Close without a new file."""
        self.dismiss(None)
