"""Retention periods: how long a kind of data is kept, as ``24m``, ``90d`` or ``5y``.

Plain Python; used by the config file (``retention_notes`` …) and ``canvass purge``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

_AGE = re.compile(r"^\s*(\d{1,4})\s*([dmy])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Age:
    """A retention period: a number of days, months or years."""

    amount: int
    unit: str  # "d", "m" or "y"

    def cutoff(self, now: datetime) -> datetime:
        """The moment ``now`` minus this age (months and years by the calendar; the 31st
        of a shorter month becomes its last day)."""
        if self.unit == "d":
            return now - timedelta(days=self.amount)
        months = self.amount * (12 if self.unit == "y" else 1)
        year, month0 = divmod(now.year * 12 + now.month - 1 - months, 12)
        day = min(now.day, _days_in(year, month0 + 1))
        return now.replace(year=year, month=month0 + 1, day=day)

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"


def _days_in(year: int, month: int) -> int:
    following = datetime(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def parse_age(text: str) -> Age:
    """``24m``, ``90d``, ``5y`` → :class:`Age`; ``ValueError`` for anything else (0 too)."""
    match = _AGE.match(text or "")
    if not match or int(match.group(1)) == 0:
        raise ValueError(text)
    return Age(int(match.group(1)), match.group(2).lower())


@dataclass(frozen=True)
class Retention:
    """How long each kind is kept; None keeps it for ever."""

    notes: Age | None
    contacts: Age | None
    audit: Age | None


#: The defaults when the config file says nothing (README, "Retention").
DEFAULT_RETENTION = Retention(notes=Age(24, "m"), contacts=Age(24, "m"), audit=Age(36, "m"))
