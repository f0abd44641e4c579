"""Text from files and the database is shown as text — never as markup, never as terminal
control. The one place that decides how such a string is made safe to show.

- :func:`printable` replaces control characters (ESC, BEL, NUL, the C1 range, and the
  bidirectional overrides that reorder a line) with visible stand-ins, so nothing a
  CVR export or a YAML file holds can retitle the terminal, clear it or reorder text.
- :func:`plain` makes a Rich :class:`Text` of it: brackets stay brackets.
- :class:`Plain` is a ``Static`` that never reads markup: the widget for such strings.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

from canvass.safe_text import printable


def safe_content(content: Content) -> Content:
    """``content`` with its control characters shown (its styles kept in place)."""
    text = content.plain
    cleaned = printable(text)
    return content if cleaned == text else Content(cleaned, spans=list(content.spans))


def plain(value: object, style: str = "", **kwargs: Any) -> Text:
    """``value`` as literal text (no markup), safe to show."""
    return Text(printable(value), style=style, **kwargs)


def safe_cell(value: object) -> Text:
    """A table cell: a string as literal text, a :class:`Text` with its control characters
    shown (stand-ins are one character each, so its styles stay in place)."""
    if isinstance(value, Text):
        cleaned = printable(value.plain)
        if cleaned != value.plain:
            value = value.copy()
            value.plain = cleaned
        return value
    return plain(value)


class Plain(Static):
    """A Static for strings that hold outside text: no markup, no control characters."""

    def __init__(self, content: Any = "", **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(printable(content) if isinstance(content, str) else content, **kwargs)

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        super().update(printable(content) if isinstance(content, str) else content, layout=layout)
