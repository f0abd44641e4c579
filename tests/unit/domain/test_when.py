"""Dates and times as consultants type them."""

from datetime import UTC, date, datetime, time

import pytest

from canvass.domain.when import date_warnings, local_datetime, parse_date, parse_time

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("text", ["2026-12-01", "1/12/2026", "1-12-2026", "1.12.2026", "01.12.26"])
def test_the_accepted_date_formats(text: str) -> None:
    assert parse_date(text, TODAY) == date(2026, 12, 1)


def test_a_date_without_year_is_the_next_one() -> None:
    assert parse_date("1/12", TODAY) == date(2026, 12, 1)
    assert parse_date("5/1", TODAY) == date(2027, 1, 5)
    assert parse_date("23/11", TODAY) == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "needle"),
    [("i morgen", "ikke en dato"), ("31/2/2027", "findes ikke"), ("", "ikke en dato")],
)
def test_bad_dates_say_what_is_wrong(text: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        parse_date(text, TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10:00", time(10)), ("10.30", time(10, 30)), ("9", time(9)), (" 14:05 ", time(14, 5))],
)
def test_the_accepted_time_formats(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "10:75", "kl 10", "10:0"])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


def test_warnings_for_past_and_weekend() -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    monday = local_datetime(date(2026, 11, 30), time(10))
    saturday = local_datetime(date(2026, 11, 28), time(10))
    last_friday = local_datetime(date(2026, 11, 20), time(10))
    assert date_warnings(monday, now) == []
    assert date_warnings(saturday, now) == ["Det er en weekenddag"]
    assert date_warnings(last_friday, now) == ["Tidspunktet er passeret"]
