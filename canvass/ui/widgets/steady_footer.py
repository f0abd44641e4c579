"""The footer of every screen: rebuilt only when its keys change, and on two rows when
one row cannot show them all.

Textual's :class:`~textual.widgets.Footer` removes and composes all its keys each time the
screen's bindings are refreshed — on every focus change, and whenever a screen calls
``refresh_bindings`` (the call list on each focus move, the call screen on each phase
step). Twelve keys composed, styled and laid out again cost a keystroke 5–20 ms on this
machine, for a footer that shows what it showed. :class:`SteadyFooter` compares what it
would show with what it shows and recomposes only when they differ.

At 80 columns the call list's twelve keys need 125: Textual's footer lets them run
under the command-palette key docked on the right, so ``?`` (help), ``q`` and others were
not shown at all, and one letter of a hidden key showed beside the palette key. When the
keys do not fit in one row, this footer lays them out in a grid of two rows instead.
"""

from __future__ import annotations

from math import ceil
from typing import cast

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

_Shown = tuple[object, ...]


class SteadyFooter(Footer):
    """:class:`Footer`, recomposed only when a shown key, its label or state changes."""

    DEFAULT_CSS = """
    SteadyFooter.-rows {
        layout: grid;
        grid-columns: auto;
        grid-rows: 1;
        grid-gutter: 0 1;
        height: 2;
        FooterKey { margin: 0; }
    }
    """

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
            before, self._shown = self._shown, shown
            if before is not None and self._bindings_ready and self._relabel(screen, before, shown):
                return
        super().bindings_changed(screen)

    def _relabel(self, screen: Screen[object], before: _Shown, now: _Shown) -> bool:
        """Show the screen's keys in the keys composed before, when there are as many,
        none grouped and the palette key unchanged (the call list's ``/`` gives way to
        ``esc`` as the search field takes the cursor): a key changed is relabelled and
        laid out, not all of them removed, composed and styled again (10–30 ms). False
        when the footer must be composed again."""
        app = screen.app
        bindings = [
            (binding, enabled, tooltip)
            for (_, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show
        ]
        keys = [child for child in self.children if not child.has_class("-command-palette")]
        actions = [binding.action for binding, _, _ in bindings]
        if (
            len(keys) != len(bindings)
            or not all(type(key) is FooterKey for key in keys)
            or any(binding.group is not None for binding, _, _ in bindings)
            or len(set(actions)) != len(actions)
            or _palette(before, app.COMMAND_PALETTE_BINDING)
            != _palette(now, app.COMMAND_PALETTE_BINDING)
            or before[1:] != now[1:]
        ):
            return False
        for key, (binding, enabled, tooltip) in zip(keys, bindings, strict=True):
            assert isinstance(key, FooterKey)
            shown = (key.key, key.key_display, key.description, key.action, key._disabled)
            display = app.get_key_display(binding)
            new = (binding.key, display, binding.description, binding.action, not enabled)
            if shown != new:
                key.key, key.key_display, key.description, key.action = new[:4]
                key._disabled = not enabled
                key.set_class(not enabled, "-disabled")
                key.refresh(layout=True)
            key.tooltip = tooltip or None
        self._fit()
        return True

    def compose(self) -> ComposeResult:
        """Footer's keys, each already in its ``-compact`` class when the footer is compact:
        a key's ``compact`` watcher then finds the class there at mount instead of adding
        it and restyling that key (one restyle per key, each recompose)."""
        for widget in super().compose():  # (a grouped key passes here too)
            if isinstance(widget, FooterKey):
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    async def recompose(self) -> None:
        await super().recompose()
        self._fit()  # the keys are mounted and styled: their widths are known

    def on_resize(self, event: Resize) -> None:
        self._fit()

    def needed(self) -> int:
        """The columns the keys take in one row (the palette key included), from their
        labels as Textual's footer pads them — not from the current layout, whose margins
        differ on two rows (measured there, the keys would seem to fit, and flip back)."""
        width = 0
        for child in self.children:
            if not isinstance(child, FooterKey):  # a group of keys under one label
                width += child.get_content_width(self.app.size, self.app.size) + 1
                continue
            label = cell_len(child.key_display)
            if child.description:
                label += cell_len(child.description) + 1
            if not self.compact:
                label += 2  # the key's padding, and the description's
            if child.has_class("-command-palette"):
                width += label + 1  # its border on the left
            else:
                width += label + (1 if self.compact else 0)  # the gap to the next key
        return width

    def _fit(self) -> None:
        """One row when the keys fit, else two (the grid's columns: half the keys)."""
        if not self.is_attached or not self.size.width:
            return
        keys = [child for child in self.children if not child.has_class("-command-palette")]
        rows = self.needed() > self.size.width and len(keys) > 1
        if rows:
            self.styles.grid_size_columns = ceil(len(keys) / 2)
        self.set_class(rows, "-rows")


def _palette(shown: _Shown, key: str) -> list[object]:
    """The command palette's entry among the keys ``shown`` (empty when not shown)."""
    keys = cast("tuple[tuple[object, ...], ...]", shown[0])
    return [entry for entry in keys if entry[0] == key]
