"""A one-line search field whose keystrokes do not lay out the whole screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchField(Input):
    """An :class:`Input` of fixed width (never ``width: auto``).

    Textual's Input sets its virtual size to the text's width on every keystroke, and a
    widget's virtual size asks for a layout of the whole screen when it changes: about
    10 ms of each keystroke in the objection bank, for a field whose size never changes.
    Here the virtual size only repaints the field (its horizontal scrolling reads the
    virtual size directly; it has no children to place).

    ``on_change`` is called with the new value in the keystroke that changed it. Input's
    ``Changed`` message reaches the screen only after a few hops through the message
    queues, often after the field was redrawn in a frame of its own: what the search
    changes was then painted one frame (up to 17 ms) later.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, *args: Any, on_change: Callable[[str], None] | None = None,
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self._on_change = on_change

    def watch_value(self, value: str) -> None:
        if self._on_change is not None:
            self._on_change(value)
