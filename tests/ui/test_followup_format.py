"""Texts of the follow-up screens: moments relative to the clock, dates, hours."""

from __future__ import annotations

from datetime import UTC, date, datetime

from canvass.domain.job_order import hours_text
from canvass.i18n import set_language
from canvass.ui.followup_format import date_text, when_text

from .conftest import NOW  # Monday 23 November 2026, 10:00 in Copenhagen


def _utc(month: int, day: int, hour: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


def test_when_is_relative_to_the_clock_in_copenhagen() -> None:
    assert when_text(_utc(11, 23, 9), NOW) == "i dag 10:00"
    assert when_text(_utc(11, 23, 23), NOW) == "i morgen 00:00"  # midnight in Denmark
    assert when_text(_utc(11, 22, 13), NOW) == "i går 14:00"
    assert when_text(_utc(11, 30, 11), NOW) == "ma 30/11 12:00"
    assert when_text(_utc(1, 5, 8, year=2027), NOW) == "ti 5/1/27 09:00"
    set_language("en")
    assert when_text(_utc(11, 27, 11), NOW) == "Fr 27/11 12:00"


def test_dates_and_hours() -> None:
    assert date_text(date(2027, 1, 4)) == "4/1/2027"
    assert date_text(None) == ""
    assert (hours_text(37.0), hours_text(37.5), hours_text(None)) == ("37", "37,5", "")
