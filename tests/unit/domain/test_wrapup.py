"""Wrap-up form checks: meetings, callbacks and job orders from typed text."""

from datetime import UTC, date, datetime

from canvass.domain.outcomes import Outcome
from canvass.domain.when import COPENHAGEN
from canvass.domain.wrapup import OUTCOME_KEYS, build_wrapup

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


def check(outcome: Outcome, **fields: str):
    return build_wrapup(outcome, fields, now=NOW, today=TODAY)


def test_digit_keys_cover_every_outcome_and_one_is_meeting() -> None:
    assert set(OUTCOME_KEYS.values()) == set(Outcome)
    assert OUTCOME_KEYS["1"] is Outcome.MEETING


def test_meeting_with_danish_date_and_dotted_time() -> None:
    result = check(Outcome.MEETING, date="1.12.2026", time="10.00", purpose="Voksenlærling")
    assert result.errors == {} and result.warnings == []
    meeting = result.wrapup.meeting
    assert meeting.starts_at == datetime(2026, 12, 1, 10, 0, tzinfo=COPENHAGEN)
    assert (meeting.duration_min, meeting.location_kind) == (60, "company")
    assert meeting.purpose == "Voksenlærling"


def test_meeting_needs_date_and_time_and_reports_each() -> None:
    result = check(Outcome.MEETING, date="32/12/2026", time="")
    assert result.wrapup is None
    assert set(result.errors) == {"date", "time"}
    assert "findes ikke" in result.errors["date"]


def test_meeting_in_past_or_weekend_warns_but_saves() -> None:
    result = check(Outcome.MEETING, date="28/11/2026", time="10:00")
    assert result.wrapup is not None
    assert result.warnings == ["Det er en weekenddag"]
    past = check(Outcome.MEETING, date="2026-11-20", time="10:00")
    assert past.wrapup is not None and past.warnings == ["Tidspunktet er passeret"]


def test_meeting_duration_and_location_are_checked() -> None:
    result = check(Outcome.MEETING, date="1/12", time="9", duration_min="0", location_kind="moon")
    assert set(result.errors) == {"duration_min", "location_kind"}


def test_callback() -> None:
    result = check(Outcome.CALLBACK, date="2/12/2026", time="13:30", reason="Travlt nu")
    assert result.wrapup.callback.due_at == datetime(2026, 12, 2, 13, 30, tzinfo=COPENHAGEN)
    assert result.wrapup.callback.reason == "Travlt nu"


def test_job_order() -> None:
    result = check(
        Outcome.JOB_ORDER,
        title="Tømrer",
        positions="2",
        hours_per_week="37",
        start_date="4/1/2027",
        deadline="15/12/2026",
    )
    order = result.wrapup.job_order
    assert (order.title, order.positions, order.hours_per_week) == ("Tømrer", 2, 37)
    assert order.start_date == date(2027, 1, 4)
    bad = check(Outcome.JOB_ORDER, title="x" * 101, positions="to")
    assert set(bad.errors) == {"title", "positions"}


def test_outcomes_without_details_just_need_the_outcome() -> None:
    result = check(Outcome.NO_ANSWER, comment="  ")
    assert result.wrapup is not None and result.wrapup.meeting is None
    assert not result.wrapup.outcome.reached
