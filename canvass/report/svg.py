"""Bar charts as inline SVG for the debrief report: plain strings, no JavaScript, no fonts
to fetch. Every label is escaped here (it may come from the database)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from canvass.domain.stats import Rate

_WIDTH = 680
_LABEL = 170
_BAR = 330
_ROW = 24


def bars(title: str, rows: Sequence[tuple[str, Rate]]) -> str:
    """One horizontal bar per row, its length the share, the rate's text ("50 % (1 af 2)")
    beside it; a rate with nothing to divide by gets no bar, only its text."""
    height = _ROW * len(rows) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, rate) in enumerate(rows):
        y = 4 + index * _ROW
        middle = y + _ROW // 2 + 4
        parts.append(
            f'<text x="{_LABEL - 8}" y="{middle}" text-anchor="end" class="label">'
            f"{escape(label)}</text>"
        )
        parts.append(
            f'<rect x="{_LABEL}" y="{y + 3}" width="{_BAR}" height="{_ROW - 6}" class="track"/>'
        )
        share = rate.share
        if share:
            width = max(1, round(_BAR * share))
            parts.append(
                f'<rect x="{_LABEL}" y="{y + 3}" width="{width}" height="{_ROW - 6}" class="bar"/>'
            )
        parts.append(
            f'<text x="{_LABEL + _BAR + 8}" y="{middle}" class="value">{escape(rate.text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
