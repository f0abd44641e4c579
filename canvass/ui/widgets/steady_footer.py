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

A key that goes and comes back (the call list's twelve give way to ``esc`` while a search
is typed, and return with ``esc``) is hidden and shown again, not removed and composed:
each composition mounts, beside the keys shown, a hidden key for every other key of the
screen's bindings and every key shown before. Composing twelve keys took the list's ``/``
and ``esc`` 40–70 ms; showing them again takes a layout of the footer.
"""

from __future__ import annotations

from math import ceil
from typing import cast

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

_Shown = tuple[object, ...]
_Ident = tuple[str, str]  # a key and its action

#: The most keys a footer keeps mounted, hidden ones included.
MOST_KEPT = 48


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
    _known: dict[_Ident, Binding] | None = None  # every key shown or kept, in order
    _fitted_width = 0  # the width the rows were chosen for

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
            if (
                before is not None
                and self._bindings_ready
                and self._same_palette(before, shown)
                and (self._reveal(screen) or self._relabel(screen))
            ):
                return
        super().bindings_changed(screen)

    def _same_palette(self, before: _Shown, now: _Shown) -> bool:
        key = self.app.COMMAND_PALETTE_BINDING
        return _palette(before, key) == _palette(now, key) and before[1:] == now[1:]

    def _keys(self, *, hidden: bool = True) -> list[FooterKey] | None:
        """The keys mounted (the palette key aside), or None when a group is among them."""
        keys = [child for child in self.children if not child.has_class("-command-palette")]
        if not all(type(key) is FooterKey for key in keys):
            return None
        return [cast("FooterKey", key) for key in keys if hidden or key.display]

    def _reveal(self, screen: Screen[object]) -> bool:
        """Show the screen's keys by showing the mounted keys that are them, in their
        order, and hiding the rest. False when one of them is not mounted, or not in that
        order, or grouped: the footer must be composed again."""
        bindings = _bindings(screen)
        keys = self._keys()
        if keys is None or any(binding.group is not None for binding, _, _ in bindings):
            return False
        matched: list[FooterKey] = []
        position = 0
        for binding, _, _ in bindings:
            while position < len(keys) and (keys[position].key, keys[position].action) != (
                binding.key,
                binding.action,
            ):
                position += 1
            if position == len(keys):
                return False
            matched.append(keys[position])
            position += 1
        shown = {id(key) for key in matched}
        for key in keys:
            if key.display != (id(key) in shown):
                key.display = id(key) in shown
        for key, (binding, enabled, tooltip) in zip(matched, bindings, strict=True):
            _show(screen, key, binding, enabled, tooltip)
        self._fit()
        return True

    def _relabel(self, screen: Screen[object]) -> bool:
        """Show the screen's keys in the keys shown before, when there are as many and
        none grouped (a key that takes another's place, as the call screen's keys do from
        phase to phase): a key changed is relabelled and laid out, not all of them
        removed, composed and styled again (10–30 ms). False when the footer must be
        composed again."""
        bindings = _bindings(screen)
        keys = self._keys(hidden=False)
        actions = [binding.action for binding, _, _ in bindings]
        if (
            keys is None
            or len(keys) != len(bindings)
            or any(binding.group is not None for binding, _, _ in bindings)
            or len(set(actions)) != len(actions)
        ):
            return False
        for key, (binding, enabled, tooltip) in zip(keys, bindings, strict=True):
            _show(screen, key, binding, enabled, tooltip)
        self._fit()
        return True

    def compose(self) -> ComposeResult:
        """Footer's keys, each already in its ``-compact`` class when the footer is compact:
        a key's ``compact`` watcher then finds the class there at mount instead of adding
        it and restyling that key (one restyle per key, each recompose). Among them, in
        the order of the screen's bindings, the hidden keys kept to be shown again."""
        widgets: list[Widget] = list(super().compose())  # (a grouped key passes here too)
        palette = None
        for widget in widgets:
            if isinstance(widget, FooterKey):
                widget.set_class(self.compact, "-compact", update=False)
                if widget.has_class("-command-palette"):
                    palette = widget
        widgets = [widget for widget in widgets if widget is not palette]
        if self._bindings_ready and all(type(widget) is FooterKey for widget in widgets):
            widgets = list(self._with_kept(cast("list[FooterKey]", widgets)))
        yield from widgets
        if palette is not None:
            yield palette

    def _with_kept(self, shown: list[FooterKey]) -> list[FooterKey]:
        """The keys ``shown`` with hidden keys, mounted to be shown again without
        composing: every key of the screen's bindings (its own, the focused widget's, the
        app's) and every key shown before. Each is where its binding comes (the shown
        ones keep their order); a key known from before comes last."""
        known = self._known if self._known is not None else {}
        order: dict[_Ident, Binding] = {}
        for _, bindings in self.screen._modal_binding_chain:
            for _, binding in bindings:
                if binding.show and binding.group is None:
                    order.setdefault((binding.key, binding.action), binding)
        for ident, binding in known.items():
            order.setdefault(ident, binding)
        self._known = dict(list(order.items())[-MOST_KEPT:])
        rank = {ident: position for position, ident in enumerate(order)}
        ranks = [rank.get((key.key, key.action)) for key in shown]
        palette = self.app.COMMAND_PALETTE_BINDING
        is_shown = {(key.key, key.action) for key in shown}
        hidden = [
            (rank[ident], self._hidden_key(binding))
            for ident, binding in self._known.items()
            if ident not in is_shown and binding.key != palette
        ]
        if None in ranks or ranks != sorted(cast("list[int]", ranks)):
            return shown + [key for _, key in hidden]  # out of the bindings' order
        merged = [(cast("int", at), key) for at, key in zip(ranks, shown, strict=True)]
        return [key for _, key in sorted(merged + hidden, key=lambda item: item[0])]

    def _hidden_key(self, binding: Binding) -> FooterKey:
        key = FooterKey(
            binding.key,
            self.app.get_key_display(binding),
            binding.description,
            binding.action,
            tooltip=binding.tooltip,
        ).data_bind(compact=Footer.compact)
        key.display = False
        key.set_class(self.compact, "-compact", update=False)
        return key

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
            if not child.display:
                continue
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
        """One row when the keys fit, else two (the grid's columns: half the keys).

        Two rows stay two while the width does, when fewer keys are shown (the call
        list's two while a search is typed): the screen above keeps its height, and is
        not laid out and drawn again, nor the footer's keys restyled, at ``/`` and ``esc``.
        """
        if not self.is_attached or not self.size.width:
            return
        keys = [
            child
            for child in self.children
            if child.display and not child.has_class("-command-palette")
        ]
        rows = self.needed() > self.size.width and len(keys) > 1
        if not rows and self.has_class("-rows") and self._fitted_width == self.size.width:
            rows = True
        self._fitted_width = self.size.width
        if rows:
            columns = max(1, ceil(len(keys) / 2))
            if self.styles.grid_size_columns != columns:
                self.styles.grid_size_columns = columns
        self.set_class(rows, "-rows")


def _show(
    screen: Screen[object], key: FooterKey, binding: Binding, enabled: bool, tooltip: str
) -> None:
    """Make ``key`` show ``binding`` (its key, label, action, state and tooltip)."""
    shown = (key.key, key.key_display, key.description, key.action, key._disabled)
    display = screen.app.get_key_display(binding)
    new = (binding.key, display, binding.description, binding.action, not enabled)
    if shown != new:
        key.key, key.key_display, key.description, key.action = new[:4]
        key._disabled = not enabled
        key.set_class(not enabled, "-disabled")
        key.refresh(layout=shown[:4] != new[:4])
    key.tooltip = tooltip or None


def _bindings(screen: Screen[object]) -> list[tuple[Binding, bool, str]]:
    """The screen's bindings the footer shows, as Footer.compose reads them."""
    return [
        (binding, enabled, tooltip)
        for (_, binding, enabled, tooltip) in screen.active_bindings.values()
        if binding.show
    ]


def _palette(shown: _Shown, key: str) -> list[object]:
    """The command palette's entry among the keys ``shown`` (empty when not shown)."""
    keys = cast("tuple[tuple[object, ...], ...]", shown[0])
    return [entry for entry in keys if entry[0] == key]
