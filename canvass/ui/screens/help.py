"""Help: every key that works on the screen below, generated from its active bindings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from canvass.i18n import t
from canvass.ui.bindings import help_description, is_own, localise_bindings
from canvass.ui.text import Plain


@dataclass
class KeyGroups:
    """The keys to list, as (keys, what they do), in three groups."""

    screen: list[tuple[str, str]] = field(default_factory=list)
    navigation: list[tuple[str, str]] = field(default_factory=list)
    everywhere: list[tuple[str, str]] = field(default_factory=list)


def group_keys(app: App[Any], bindings: Iterable[ActiveBinding]) -> KeyGroups:
    """Sort active bindings into the screen's own keys, navigation keys and global keys.

    Keys that do the same thing are shown together ("? f1", "1-5").
    """
    groups = KeyGroups()
    seen: dict[tuple[int, str], list[str]] = {}
    for active in bindings:
        binding: Binding = active.binding
        description = help_description(binding)
        if binding.system or not description:
            continue
        if active.node is app:
            target = groups.everywhere
        elif is_own(binding):
            target = groups.screen
        else:
            target = groups.navigation
        display = app.get_key_display(binding)
        # Grouped by what the key does: the five phase keys share one description.
        keys = seen.get((id(target), description))
        if keys is None:
            keys = seen[(id(target), description)] = []
            target.append(("", description))
        if display not in keys:
            # The key the footer shows comes first ("q ^q", not "^q q").
            keys.insert(0 if binding.show else len(keys), display)
            # Rewrite the entry for this action with the grown list of keys.
            index = next(i for i, (_, d) in enumerate(target) if d == description)
            target[index] = (" ".join(keys), description)
    return groups


class HelpScreen(ModalScreen[None]):
    """The keys of the current screen and the global ones, and how a phone session goes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "key.close", id="help.close", tooltip="key.close.tip"),
    ]

    def __init__(self, keys: KeyGroups) -> None:
        super().__init__()
        localise_bindings(self)
        self.keys = keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = t("help.title")
            dialog.border_subtitle = t("help.close")
            yield Plain(t("help.session"), id="help-session")
            for title, rows in (
                (t("help.screen_keys"), self.keys.screen),
                (t("help.global_keys"), self.keys.everywhere),
                (t("help.navigation"), self.keys.navigation),
            ):
                if rows:
                    yield Plain(self._table(title, rows), classes="keys")

    @staticmethod
    def _table(title: str, rows: list[tuple[str, str]]) -> Table:
        """Two (key, description) pairs per line, so the list fits a small terminal."""
        table = Table.grid(padding=(0, 2))
        table.title = Text(title, style="bold underline")
        table.title_justify = "left"
        for _ in range(2):
            table.add_column(width=10, style="bold")
            table.add_column(width=26)
        for i in range(0, len(rows), 2):
            pair = rows[i : i + 2]
            table.add_row(*(cell for row in pair for cell in row))
        return table

    def action_close(self) -> None:
        """Back to the screen below."""
        self.dismiss(None)
