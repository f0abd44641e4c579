"""Text from files and the database is shown as text — never as markup, never as terminal
control. The one place that decides how such a string is made safe to show.

- :func:`printable` replaces control characters (ESC, BEL, NUL, the C1 range, and the
  bidirectional overrides that reorder a line) with visible stand-ins, so nothing a
  CVR export or a YAML file holds can retitle the terminal, clear it or reorder text.
- :func:`plain` makes a Rich :class:`Text` of it: brackets stay brackets.
- :class:`Plain` is a ``Static`` that never reads markup: the widget for such strings.
"""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

# C0 (but tab and newline), DEL, C1, and the bidi embeddings/overrides/isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    # One character for one, so styles laid over the text keep their places.
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ␀ for NUL …
    if code == 0x7F:
        return "␡"
    return "\ufffd"  # C1 controls and bidi overrides


def printable(value: object) -> str:
    """``value`` as a string with every control character shown, not obeyed."""
    return _UNSAFE.sub(_stand_in, str(value))


def safe_content(content: Content) -> Content:
    """``content`` with its control characters shown (its styles kept in place)."""
    text = content.plain
    cleaned = printable(text)
    return content if cleaned == text else Content(cleaned, spans=list(content.spans))


def plain(value: object, style: str = "", **kwargs: Any) -> Text:
    """``value`` as literal text (no markup), safe to show."""
    return Text(printable(value), style=style, **kwargs)


class Plain(Static):
    """A Static for strings that hold outside text: no markup, no control characters."""

    def __init__(self, content: Any = "", **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(printable(content) if isinstance(content, str) else content, **kwargs)

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        super().update(printable(content) if isinstance(content, str) else content, layout=layout)
