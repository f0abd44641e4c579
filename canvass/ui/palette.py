"""Textual's command palette, speaking the catalogue's language.

Textual writes its prompt and its "No matches found" in English; this palette takes the
prompt from the catalogue and shows the catalogue's "no match" line in its place.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from canvass.i18n import t


class Palette(CommandPalette):
    """The command palette with Danish (or English) texts."""

    def __init__(self) -> None:
        super().__init__(id="--command-palette", placeholder=t("cmd.placeholder"))

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own countdown would add an English line: replace its timer with ours.
        super()._start_no_matches_countdown(search_value)
        self._stop_no_matches_countdown()
        if not search_value:
            return

        def show_no_matches() -> None:
            self.query_one(CommandList).add_option(
                Option(
                    Align.center(Text(t("cmd.no_match"), style="not bold")),
                    disabled=True,
                    id=self._NO_MATCHES,
                )
            )
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
