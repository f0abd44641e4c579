"""A footer that is rebuilt only when the keys it shows change.

Textual's :class:`~textual.widgets.Footer` removes and composes all its keys each time the
screen's bindings are refreshed — on every focus change, and whenever a screen calls
``refresh_bindings`` (the call list on each focus move, the call screen on each phase
step). Twelve keys composed, styled and laid out again cost a keystroke 5–20 ms on this
machine, for a footer that shows what it showed. :class:`SteadyFooter` compares what it
would show with what it shows and recomposes only when they differ.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

_Shown = tuple[object, ...]


class SteadyFooter(Footer):
    """:class:`Footer`, recomposed only when a shown key, its label or state changes."""

    _shown: _Shown | None = None

    def shown(self, screen: Screen[object]) -> _Shown:
        """Everything :meth:`Footer.compose` draws from the screen's bindings."""
        app = screen.app
        keys = tuple(
            (
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                None if binding.group is None else (binding.group.description,
                                                    binding.group.compact),
                enabled,
                tooltip,
                binding.tooltip,
            )
            for (_, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show or binding.key == app.COMMAND_PALETTE_BINDING
        )  # fmt: skip
        return keys, self.show_command_palette, app.ENABLE_COMMAND_PALETTE

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen and screen.app.app_focus:
            shown = self.shown(screen)
            if shown == self._shown and self._bindings_ready:
                return  # the same keys: nothing to compose again
            self._shown = shown
        super().bindings_changed(screen)
