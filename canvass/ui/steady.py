"""Updating a Static that is redrawn on a timer without laying out the screen each time.

``Static.update`` asks for a layout of the whole screen on every call. The call screen
updates its clock, its notes label and the company card every second (the phase times
tick), so the screen was laid out and every widget's text wrapped again each second —
a stall a keystroke could run into. :func:`show` skips an update that changes nothing
and asks for a layout only when the text's shape changes: text whose lines hold words
of the same cell widths wraps to the same lines at any width, so only its characters
are redrawn.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content
from textual.widgets import Static

_Shape = tuple[tuple[int, ...], ...]
_SHOWN: WeakKeyDictionary[Static, tuple[str, tuple[object, ...], _Shape]] = WeakKeyDictionary()


def shape(text: str) -> _Shape:
    """Per line, the cell width of each space-separated word (what wrapping depends on)."""
    return tuple(tuple(cell_len(word) for word in line.split(" ")) for line in text.split("\n"))


def show(widget: Static, content: Content | Text | str) -> None:
    """``widget.update(content)``, skipped when it shows that already, and without a
    layout when the new text has the shape of the old."""
    plain = content if isinstance(content, str) else content.plain
    spans: tuple[object, ...] = () if isinstance(content, str) else tuple(content.spans)
    if isinstance(content, Text):  # its own style and overflow are drawn too
        spans = (str(content.style), content.overflow, *spans)
    new_shape = shape(plain)
    before = _SHOWN.get(widget)
    if before is not None and before[0] == plain and before[1] == spans:
        return
    _SHOWN[widget] = (plain, spans, new_shape)
    widget.update(content, layout=before is None or before[2] != new_shape)
