"""The rubric scores per phase over time as text for ``canvass stats`` (80 columns).

One row per week (or month), one column per rubric phase (numbered, named below the
table); a cell is the mean score and, in brackets, how many reviews it is the mean of —
so that one review is seen as one review. Titles from files are printed literally.
"""

from __future__ import annotations

from typing import Any

from canvass.i18n import t
from canvass.safe_text import printable
from canvass.services.stats_trends import RubricTrends

WIDTH = 80
_LABEL = 10
_CELL = 11


def cell(trends: RubricTrends, phase: int, bucket: str) -> str:
    """``"67 % (2)"``, or "–" when no review scored the phase that week."""
    point = trends.phases[phase].at(bucket)
    if point is None:
        return "–"
    return t("teams.trend.cell", score=point.percent, count=point.reviews)


def render_trends(trends: RubricTrends) -> str:
    """The trends' section: a heading, the table in blocks that fit, the legend."""
    lines = [t("teams.trend.title")]
    if not trends.phases:
        return "\n".join([*lines, t("teams.trend.none")]) + "\n"
    per_block = max(1, (WIDTH - _LABEL) // (_CELL + 1))
    numbers = list(range(len(trends.phases)))
    for start in range(0, len(numbers), per_block):
        block = numbers[start : start + per_block]
        lines.append(" " * _LABEL + "".join(f"[{n + 1}]".rjust(_CELL + 1) for n in block))
        for bucket in trends.buckets:
            cells = "".join(cell(trends, n, bucket).rjust(_CELL + 1) for n in block)
            lines.append(bucket.ljust(_LABEL) + cells)
    legend = " · ".join(f"[{n + 1}] {printable(s.title)}" for n, s in enumerate(trends.phases))
    lines += _wrapped(legend)
    lines += _wrapped(t("teams.trend.note"))
    return "\n".join(lines) + "\n"


def _wrapped(text: str) -> list[str]:
    import textwrap

    return textwrap.wrap(text, WIDTH, break_on_hyphens=False)


def trends_json(trends: RubricTrends) -> dict[str, Any]:
    """The trends with stable English keys: unit, buckets, and per phase its points."""
    return {
        "unit": trends.unit,
        "buckets": list(trends.buckets),
        "reviews": trends.reviews,
        "phases": [
            {
                "phase_id": s.phase_id,
                "title": s.title,
                "points": [
                    {
                        "bucket": p.bucket,
                        "mean": round(p.mean, 4),
                        "percent": p.percent,
                        "reviews": p.reviews,
                    }
                    for p in s.points
                ],
            }
            for s in trends.phases
        ],
    }


def trends_csv(trends: RubricTrends) -> list[list[Any]]:
    """The CSV's rows: section "rubric_trends", key the phase, measure the week (month),
    count the reviews, percent the mean score."""
    return [
        ["rubric_trends", s.phase_id, p.bucket, p.reviews, "", p.percent]
        for s in trends.phases
        for p in s.points
    ]
