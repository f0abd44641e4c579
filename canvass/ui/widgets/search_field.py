"""A one-line search field whose keystrokes do not lay out the whole screen."""

from __future__ import annotations

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
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
