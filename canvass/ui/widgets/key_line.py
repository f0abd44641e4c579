"""The keys that work right now, on a line of their own inside a dialog."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from canvass.ui.steady import show


class KeyLine(Static):
    """The keys that work right now, from the screen's active bindings with ``prefix`` ids.

    A modal covers the app's footer, so each dialog shows its own line; it follows focus
    and ``check_action`` the way the footer does. The screen announces its bindings after
    every focus move and every reopening of a reused dialog: the line is updated only when
    its keys change (each update laid out the dialog again, in a frame of its own).
    """

    def __init__(self, prefix: str, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.prefix = prefix

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object) -> None:
        # Shown in the order the screen declares them (Textual orders by the focus chain).
        declared = [getattr(b, "id", None) for b in getattr(self.screen, "BINDINGS", [])]
        shown: dict[str, Content] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            binding_id = binding.id or ""
            if binding.show and binding_id.startswith(self.prefix) and binding_id not in shown:
                key = (self.app.get_key_display(binding), "bold $text-accent")
                shown[binding_id] = Content.assemble(key, " ", binding.description)
        order = sorted(shown, key=lambda i: declared.index(i) if i in declared else len(declared))
        show(self, Content("  ").join(shown[i] for i in order))
