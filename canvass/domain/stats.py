"""The words of the statistics: a rate next to its count, a period of Copenhagen days, and
what figures can be grouped by. Plain Python: no Textual, no database.

Every rate is shown with the counts it comes from ("25 % (3 af 12)"), so that small numbers
are seen as small (issue 12, section 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from canvass.domain.when import COPENHAGEN
from canvass.i18n import t


@dataclass(frozen=True)
class Rate:
    """``count`` out of ``total`` (``total`` 0: no share at all, shown as "–")."""

    count: int
    total: int

    @property
    def share(self) -> float | None:
        """count / total in 0..1, or None when there is nothing to divide by."""
        return None if self.total == 0 else self.count / self.total

    @property
    def percent(self) -> int | None:
        """The share as a whole percent (half rounds up), None without a total."""
        if self.total == 0:
            return None
        return (200 * self.count + self.total) // (2 * self.total)

    @property
    def text(self) -> str:
        """E.g. "25 % (3 af 12)"; "– (0 af 0)" when there is nothing to count."""
        percent = "–" if self.percent is None else f"{self.percent} %"
        return t("stats.rate", percent=percent, count=self.count, total=self.total)

    def __str__(self) -> str:
        return self.text


class By(StrEnum):
    """What the overview's rows are: one per consultant, the whole team (one row: the
    department, or only the asking consultant's own calls), per script id, per script
    version (the variant until named variants arrive), per company segment, per ISO week."""

    CONSULTANT = "consultant"
    TEAM = "team"
    SCRIPT = "script"
    VARIANT = "variant"
    SEGMENT = "segment"
    WEEK = "week"


@dataclass(frozen=True)
class Period:
    """From the first to the last day (both included), Copenhagen days; None: unbounded."""

    first: date | None = None
    last: date | None = None

    def __post_init__(self) -> None:
        if self.first and self.last and self.first > self.last:
            raise ValueError(
                t(
                    "stats.bad_period",
                    first=f"{self.first:%-d/%-m/%Y}",
                    last=f"{self.last:%-d/%-m/%Y}",
                )
            )

    @property
    def start(self) -> datetime | None:
        """The UTC moment the first day begins in Copenhagen."""
        return None if self.first is None else _midnight(self.first)

    @property
    def end(self) -> datetime | None:
        """The UTC moment after the last day ends in Copenhagen (exclusive)."""
        return None if self.last is None else _midnight(self.last + timedelta(days=1))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), COPENHAGEN).astimezone(UTC)


def iso_week(at: datetime) -> str:
    """The ISO week of a moment in Copenhagen, e.g. "2026-W48"."""
    year, week, _ = at.astimezone(COPENHAGEN).isocalendar()
    return f"{year}-W{week:02d}"
