"""The dashboard's rubric scores per phase over time: one line per phase with a sparkline
of its weekly (or monthly) mean score and, beside it, the latest mean with how many
reviews it is the mean of, and all reviews counted — so that one review reads as one.
Rich renderables only (the screen puts them in a ``Plain``); phase titles from rubric
files are shown literally."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from canvass.i18n import t
from canvass.safe_text import printable
from canvass.services.stats_trends import PhaseSeries, RubricTrends

#: From 0 % to 100 %: eight steps; a week without a score is a gap.
_BLOCKS = "▁▂▃▄▅▆▇█"
#: The widest phase title column; a longer title gets a line of its own (never cut).
_TITLE = 28


def spark(trends: RubricTrends, series: PhaseSeries) -> str:
    """One character per week (month) of the period: its mean as a block, or a space."""
    marks = []
    for bucket in trends.buckets:
        point = series.at(bucket)
        marks.append(" " if point is None else _BLOCKS[min(7, int(point.mean * 8))])
    return "".join(marks)


def trends_view(trends: RubricTrends) -> Group:
    """The section: a heading, a line per phase, the weeks it spans and what a cell means."""
    parts: list[Text] = [Text(t("teams.trend.title"), style="bold underline")]
    if not trends.phases:
        parts.append(Text("  " + t("teams.trend.none"), style="dim"))
        return Group(*parts, Text(""))
    width = len(trends.buckets)
    titles = [printable(series.title) for series in trends.phases]
    column = min(_TITLE, max(len(title) for title in titles))
    for series, title in zip(trends.phases, titles, strict=True):
        last = series.points[-1]
        reviews = sum(point.reviews for point in series.points)
        if len(title) > column:
            parts.append(Text("  " + title))
            title = ""
        line = Text("  ")
        line.append(title.ljust(column))
        line.append(" ")
        line.append(spark(trends, series).ljust(width), style="bold")
        line.append("  ")
        line.append(
            t("teams.trend.latest", bucket=last.bucket, score=last.percent, count=last.reviews,
              reviews=reviews)
        )  # fmt: skip
        parts.append(line)
    span = trends.buckets[0] if width == 1 else f"{trends.buckets[0]} – {trends.buckets[-1]}"
    parts.append(Text("  " + t("teams.trend.span", span=span, reviews=trends.reviews), style="dim"))
    return Group(*parts, Text(""))
