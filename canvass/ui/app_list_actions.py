"""The command palette (loaded when first opened), and the call list's actions run from
it: go to the list first.

A base class of :class:`canvass.ui.app.CanvassApp`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from textual.command import Provider

    from canvass.ui.screens.call_list import CallList


def palette_commands() -> type[Provider]:
    """The palette's commands (``App.COMMANDS`` takes a callable: imported on first use)."""
    from canvass.ui.commands import CanvassCommands

    return CanvassCommands


class ListActionsApp(App[None]):
    """``/`` search, choose the list, import and export — from any screen but a call."""

    call_list: CallList

    def action_search(self) -> None:
        """Go to the call list and put the cursor in its search field."""
        if self.screen is not self.call_list:
            return
        self.call_list.action_focus_search()

    def _on_call_list(self, action: Callable[[], None]) -> None:
        """Run a call-list action from anywhere (the palette): go to the list first."""
        from canvass.ui.screens.call_screen import CallScreen

        while self.screen is not self.call_list and len(self.screen_stack) > 1:
            if isinstance(self.screen, CallScreen):
                return  # never leave a call for this
            self.pop_screen()
        action()

    def action_choose_list(self) -> None:
        """Choose the call list to work."""
        self._on_call_list(self.call_list.action_choose_list)

    def action_import(self) -> None:
        """Import companies from a CSV file."""
        self._on_call_list(self.call_list.action_import)

    def action_export(self) -> None:
        """Export meetings (.ics) or calls (.csv)."""
        self._on_call_list(self.call_list.action_export)

    def action_command_palette(self) -> None:
        """Textual's command palette, with a Danish prompt."""
        from textual.command import CommandPalette

        from canvass.ui.palette import Palette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette())
