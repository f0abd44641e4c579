"""The debrief's rubric scores per phase over time: an inline SVG line chart (one line per
phase, 0–100 % up, the weeks or months along) and the same figures as a table, each score
beside the number of reviews it is the mean of. No JavaScript; every label escaped here
(phase titles come from rubric files)."""

from __future__ import annotations

from html import escape

from canvass.i18n import t
from canvass.services.stats_trends import RubricTrends

_WIDTH, _HEIGHT = 680, 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 44, 16, 40
#: Colours and dash patterns that stay apart in print and in black and white.
_STYLES = (
    ("#2b5d8a", ""),
    ("#b5452f", "6 3"),
    ("#3f7f3a", "2 3"),
    ("#7a4f9a", "8 3 2 3"),
    ("#8a6a1f", "1 2"),
    ("#2b8a87", "10 4"),
)


def _x(index: int, count: int) -> float:
    inner = _WIDTH - _LEFT - _RIGHT
    return _LEFT + (inner / 2 if count == 1 else inner * index / (count - 1))


def _y(mean: float) -> float:
    return _TOP + (_HEIGHT - _TOP - _BOTTOM) * (1 - mean)


def line_chart(trends: RubricTrends) -> str:
    """The phases' mean scores as lines over the buckets (a lone point as a dot)."""
    title = t("teams.trend.title")
    legend_height = 18 * len(trends.phases)
    height = _HEIGHT + legend_height
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart trend" role="img" '
        f'width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    for percent in (0, 25, 50, 75, 100):
        y = _y(percent / 100)
        parts.append(f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{_WIDTH - _RIGHT}" y2="{y:.1f}" '
                     f'class="grid"/>')  # fmt: skip
        parts.append(f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
                     f'class="label">{percent} %</text>')  # fmt: skip
    count = len(trends.buckets)
    step = -(-count // 8)  # at most about eight labels along, so that they never overlap
    for index, bucket in enumerate(trends.buckets):
        if index != count - 1 and (index % step or count - 1 - index < step):
            continue
        parts.append(f'<text x="{_x(index, count):.1f}" y="{_HEIGHT - _BOTTOM + 18}" '
                     f'text-anchor="middle" class="label">{escape(bucket)}</text>')  # fmt: skip
    for number, series in enumerate(trends.phases):
        colour, dash = _STYLES[number % len(_STYLES)]
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        points = [
            (_x(trends.buckets.index(p.bucket), count), _y(p.mean), p.reviews)
            for p in series.points
        ]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"{dashes}/>')  # fmt: skip
        for x, y, reviews in points:  # the dot, and beside it how many reviews it is
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
            parts.append(f'<text x="{x + 6:.1f}" y="{y - 6:.1f}" class="count">({reviews})</text>')
        y = _HEIGHT + 18 * number + 10
        parts.append(f'<line x1="{_LEFT}" y1="{y}" x2="{_LEFT + 28}" y2="{y}" stroke="{colour}" '
                     f'stroke-width="2"{dashes}/>')  # fmt: skip
        parts.append(f'<text x="{_LEFT + 36}" y="{y + 4}" class="label">'
                     f"{escape(series.title)}</text>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def trend_html(trends: RubricTrends) -> str:
    """The sub-section: a heading, the chart and the table — or a line saying none."""
    heading = f"<h3>{escape(t('teams.trend.title'))}</h3>"
    if not trends.phases:
        return heading + f"<p>{escape(t('teams.trend.none'))}</p>"
    head = "".join(f"<th>{escape(bucket)}</th>" for bucket in trends.buckets)
    rows = []
    for series in trends.phases:
        cells = []
        for bucket in trends.buckets:
            point = series.at(bucket)
            text = (
                "–"
                if point is None
                else t("teams.trend.cell", score=point.percent, count=point.reviews)
            )
            cells.append(f'<td class="num">{escape(text).replace(" ", "&nbsp;")}</td>')
        rows.append(f"<tr><td>{escape(series.title)}</td>{''.join(cells)}</tr>")
    table = (
        f"<table><thead><tr><th>{escape(t('teams.trend.phase'))}</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    note = f'<p class="note">{escape(t("teams.trend.note"))}</p>'
    return heading + line_chart(trends) + table + note
