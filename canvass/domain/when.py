"""Reading the dates and times consultants type: ``1/12/2026``, ``1.12``, ``10.00`` …

Errors are ``ValueError`` with a translated message saying what was expected.
Plain Python: no Textual.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from canvass.i18n import t

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def copenhagen_day(at: datetime) -> tuple[datetime, datetime]:
    """The Copenhagen day of ``at`` as UTC moments [start, end): "today" is a Danish day."""
    day = at.astimezone(COPENHAGEN).date()
    start = datetime.combine(day, time(), COPENHAGEN)
    end = datetime.combine(day + timedelta(days=1), time(), COPENHAGEN)
    return start.astimezone(UTC), end.astimezone(UTC)


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DANISH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
_IN_DAYS = re.compile(r"^(?:\+\s*|om\s+|in\s+)(\d{1,3})(?:\s*(?:dage?|days?))?$")

#: Words for a day relative to today, lower case without spaces (``i morgen`` = ``imorgen``).
_RELATIVE_DAYS = {
    "idag": 0, "today": 0,
    "imorgen": 1, "tomorrow": 1,
    "iovermorgen": 2, "overmorgen": 2, "dayaftertomorrow": 2,
}  # fmt: skip
#: Weekday names, Monday first; any prefix of at least three letters also counts.
_WEEKDAYS = (
    ("mandag", "monday"),
    ("tirsdag", "tuesday"),
    ("onsdag", "wednesday"),
    ("torsdag", "thursday"),
    ("fredag", "friday"),
    ("lordag", "saturday"),
    ("sondag", "sunday"),
)


def _words_date(value: str, today: date) -> date | None:
    """``i morgen``, ``tirsdag``/``tir``/``tirs``, ``+3``, ``om 3 dage``; None otherwise."""
    word = value.casefold().replace("ø", "o").replace("oe", "o").replace(" ", "").rstrip(".")
    if word in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[word])
    if len(word) >= 3 and word.isalpha():
        for weekday, names in enumerate(_WEEKDAYS):
            if any(name.startswith(word) for name in names):
                ahead = (weekday - today.weekday() - 1) % 7 + 1  # the next one, never today
                return today + timedelta(days=ahead)
    if days := _IN_DAYS.match(value.strip().casefold()):
        return today + timedelta(days=int(days.group(1)))
    return None


def parse_date(text: str, today: date) -> date:
    """A date from ``2026-12-01``, ``1/12/2026``, ``1-12-2026``, ``1.12.2026`` or ``1/12``;
    or in words: ``i dag``, ``i morgen``, ``i overmorgen``, a weekday (``tirsdag``, ``tir``:
    the next one, today excluded; English names too) or ``+3`` (in three days).

    Without a year, the next such date from ``today`` is meant; a two-digit year is 20xx.
    """
    value = text.strip()
    if (in_words := _words_date(value, today)) is not None:
        return in_words
    if iso := _ISO.match(value):
        year, month, day = (int(g) for g in iso.groups())
    elif danish := _DANISH.match(value):
        day, month = int(danish.group(1)), int(danish.group(2))
        if danish.group(3) is None:
            year = today.year
            if _safe_date(year, month, day) is not None and date(year, month, day) < today:
                year += 1
        else:
            year = int(danish.group(3))
            year += 2000 if year < 100 else 0
    else:
        raise ValueError(t("when.bad_date", value=text))
    result = _safe_date(year, month, day)
    if result is None:
        raise ValueError(t("when.no_such_date", value=text))
    return result


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> time:
    """A time of day from ``10:00``, ``10.00``, ``9.5`` is refused, ``10`` means 10:00."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(t("when.bad_time", value=text))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(t("when.no_such_time", value=text))
    return time(hour, minute)


def local_datetime(day: date, at: time) -> datetime:
    """An aware datetime in Copenhagen time for a date and a time of day."""
    return datetime.combine(day, at, tzinfo=COPENHAGEN)


def date_warnings(moment: datetime, now: datetime) -> list[str]:
    """Warnings for a planned moment: in the past, or on a weekend."""
    warnings = []
    if moment < now:
        warnings.append(t("when.in_past"))
    if moment.astimezone(COPENHAGEN).weekday() >= 5:
        warnings.append(t("when.weekend"))
    return warnings


def add_working_days(day: date, count: int) -> date:
    """The date ``count`` working days (Monday–Friday) after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
