"""Help: every key that works on the screen below, generated from its active bindings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from canvass.i18n import t
from canvass.ui.bindings import help_description, localise_bindings


def key_rows(app: App[Any], bindings: Iterable[ActiveBinding]) -> list[tuple[str, str]]:
    """(key, what it does) for each binding worth listing, keys bound to one action merged."""
    by_action: dict[str, tuple[list[str], str]] = {}
    for active in bindings:
        binding = active.binding
        if binding.system:
            continue  # Textual's own keys (ctrl+c), not part of canvass
        description = help_description(binding)
        if not description:
            continue
        keys, _ = by_action.setdefault(binding.action, ([], description))
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
    return [(" ".join(keys), description) for keys, description in by_action.values()]


class HelpScreen(ModalScreen[None]):
    """The keys of the current screen and the global ones, and how a phone session goes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "key.close", id="help.close", tooltip="key.close.tip"),
    ]

    def __init__(self, screen_keys: list[tuple[str, str]], global_keys: list[tuple[str, str]]):
        super().__init__()
        localise_bindings(self)
        self.screen_keys = screen_keys
        self.global_keys = global_keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = t("help.title")
            dialog.border_subtitle = t("help.close")
            yield Static(t("help.session"), id="help-session")
            yield Static(self._table(t("help.screen_keys"), self.screen_keys), classes="keys")
            yield Static(self._table(t("help.global_keys"), self.global_keys), classes="keys")

    @staticmethod
    def _table(title: str, rows: list[tuple[str, str]]) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(min_width=12, style="bold")
        table.add_column()
        table.add_row(Text(title, style="bold underline"), "")
        for key, description in rows:
            table.add_row(key, description)
        return table

    def action_close(self) -> None:
        """Back to the screen below."""
        self.dismiss(None)
