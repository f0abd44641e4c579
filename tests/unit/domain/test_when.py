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
    [("i går", "ikke en dato"), ("31/2/2027", "findes ikke"), ("", "ikke en dato")],
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


# TODAY is Monday 23 November 2026.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i dag", date(2026, 11, 23)),
        ("idag", date(2026, 11, 23)),
        ("I Morgen", date(2026, 11, 24)),
        ("imorgen", date(2026, 11, 24)),
        ("i overmorgen", date(2026, 11, 25)),
        ("tirsdag", date(2026, 11, 24)),
        ("tir", date(2026, 11, 24)),
        ("tirs", date(2026, 11, 24)),
        ("tors.", date(2026, 11, 26)),
        ("fre", date(2026, 11, 27)),
        ("lørdag", date(2026, 11, 28)),
        ("søn", date(2026, 11, 29)),
        ("mandag", date(2026, 11, 30)),  # today is Monday: the next one
        ("man", date(2026, 11, 30)),
        ("tuesday", date(2026, 11, 24)),
        ("tue", date(2026, 11, 24)),
        ("today", date(2026, 11, 23)),
        ("tomorrow", date(2026, 11, 24)),
        ("+3", date(2026, 11, 26)),
        ("+ 10", date(2026, 12, 3)),
        ("+0", date(2026, 11, 23)),
        ("om 3 dage", date(2026, 11, 26)),
    ],
)
def test_dates_in_words(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


def test_the_next_weekday_from_a_friday() -> None:
    friday = date(2026, 11, 27)
    assert parse_date("fredag", friday) == date(2026, 12, 4)
    assert parse_date("mandag", friday) == date(2026, 11, 30)


@pytest.mark.parametrize("text", ["ti", "tirsdagen", "i går", "+", "+x", "morgen i"])
def test_words_that_are_not_dates(text: str) -> None:
    with pytest.raises(ValueError, match="ikke en dato"):
        parse_date(text, TODAY)


def test_working_days_skip_the_weekend() -> None:
    from canvass.domain.when import add_working_days

    assert add_working_days(TODAY, 3) == date(2026, 11, 26)  # Monday → Thursday
    assert add_working_days(date(2026, 11, 26), 3) == date(2026, 12, 1)  # Thu → Tue
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)  # Sat → Mon
