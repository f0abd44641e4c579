"""A Textual Sparkline of 0..1 scores drawn on a fixed scale.

Textual's own Sparkline stretches its data between the data's minimum and maximum, so a
phase scored 0 % and then 33 % would show an empty bar and a full one. Scores are shares
of a whole: here 0 is the lowest bar and 1 the highest, one run of cells per review,
oldest on the left, coloured like Textual's (``sparkline--min-color`` to ``--max-color``).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.widgets import Sparkline

BARS = "▁▂▃▄▅▆▇█"


def bar(score: float) -> str:
    """The bar for a 0..1 score: ▁ for 0, █ for 1."""
    return BARS[max(0, min(len(BARS) - 1, int(score * len(BARS))))]


class ScoreSparkline(Sparkline):
    """Scores (0..1), oldest first, each a run of equal bars across the width."""

    def render(self) -> RenderResult:
        data = list(self.data or [])
        width = self.size.width
        if not data or width <= 0:
            return Text("")
        _, base = self.background_colors
        low = base + self.get_component_styles("sparkline--min-color").color
        high = base + self.get_component_styles("sparkline--max-color").color
        text = Text(no_wrap=True)
        for cell in range(width):
            score = data[cell * len(data) // width]
            text.append(bar(score), Style(color=low.blend(high, score).rich_color))
        return text
