"""Wrap-up form checks: meetings, callbacks and job orders from typed text."""

from datetime import UTC, date, datetime

import pytest

from canvass.domain.outcomes import Outcome
from canvass.domain.when import COPENHAGEN
from canvass.domain.wrapup import (
    OUTCOME_KEYS,
    ContactDraft,
    build_wrapup,
    quick_callback,
    quick_callback_at,
)

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


def test_declined_has_the_key_f_and_means_do_not_call() -> None:
    assert OUTCOME_KEYS["f"] is Outcome.DECLINED
    check = build_wrapup(Outcome.DECLINED, {"comment": "Vil ikke ringes op"}, now=NOW, today=TODAY)
    assert check.wrapup is not None and check.wrapup.do_not_call
    assert not build_wrapup(Outcome.NOT_INTERESTED, {}, now=NOW, today=TODAY).wrapup.do_not_call


def test_send_material_makes_a_follow_up_callback() -> None:
    from canvass.domain.wrapup import material_follow_up

    assert material_follow_up(TODAY) == date(2026, 11, 26)  # Monday + 3 working days
    fields = {"date": "26/11", "time": "10.00"}
    check = build_wrapup(Outcome.SEND_MATERIAL, fields, now=NOW, today=TODAY)
    assert check.wrapup is not None and check.wrapup.callback is not None
    assert check.wrapup.callback.due_at == datetime(2026, 11, 26, 10, 0, tzinfo=COPENHAGEN)
    assert check.wrapup.callback.reason == "Følg op på det tilsendte materiale"
    missing = build_wrapup(Outcome.SEND_MATERIAL, {}, now=NOW, today=TODAY)
    assert set(missing.errors) == {"date", "time"}


def test_wrong_person_records_the_right_one() -> None:
    fields = {"person_name": "Mette Holm", "person_role": "HR", "person_phone": "+45 20 30 40 50"}
    check = build_wrapup(Outcome.WRONG_PERSON, fields, now=NOW, today=TODAY)
    assert check.wrapup is not None
    assert check.wrapup.new_contact == ContactDraft("Mette Holm", "HR", "20304050")
    nobody = build_wrapup(Outcome.WRONG_PERSON, {}, now=NOW, today=TODAY)
    assert nobody.wrapup is not None and nobody.wrapup.new_contact is None


def test_wrong_person_needs_a_name_and_a_valid_phone() -> None:
    check = build_wrapup(
        Outcome.WRONG_PERSON, {"person_role": "HR", "person_phone": "123"}, now=NOW, today=TODAY
    )
    assert check.wrapup is None
    assert check.errors["person_name"] == "Skal udfyldes"
    assert "8 cifre" in check.errors["person_phone"]


def test_wrong_number_corrects_the_phone() -> None:
    check = build_wrapup(Outcome.WRONG_NUMBER, {"new_phone": "75 82 11 40"}, now=NOW, today=TODAY)
    assert check.wrapup is not None and check.wrapup.company_phone == "75821140"
    bad = build_wrapup(Outcome.WRONG_NUMBER, {"new_phone": "0123"}, now=NOW, today=TODAY)
    assert "new_phone" in bad.errors
    empty = build_wrapup(Outcome.WRONG_NUMBER, {}, now=NOW, today=TODAY)
    assert empty.wrapup is not None and empty.wrapup.company_phone is None


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "choice", "expected"),
    [
        # Monday 23/11 10:00 in Copenhagen
        (_utc(2026, 11, 23, 9, 0), "soon", _utc(2026, 11, 23, 9, 10)),
        (_utc(2026, 11, 23, 9, 0), "afternoon", _utc(2026, 11, 23, 12, 0)),
        # 14:30 in Copenhagen: 13:00 has passed, so in an hour
        (_utc(2026, 11, 23, 13, 30), "afternoon", _utc(2026, 11, 23, 14, 30)),
        (_utc(2026, 11, 23, 9, 0), "tomorrow", _utc(2026, 11, 24, 8, 0)),
        # Friday: tomorrow means Monday 9:00
        (_utc(2026, 11, 27, 9, 0), "tomorrow", _utc(2026, 11, 30, 8, 0)),
    ],
)  # fmt: skip
def test_quick_callback_times(now: datetime, choice: str, expected: datetime) -> None:
    assert quick_callback_at(choice, now) == expected
    wrapup = quick_callback(Outcome.NO_ANSWER, choice, now)
    assert wrapup.callback is not None and wrapup.callback.due_at == expected
    assert wrapup.callback.reason == "Intet svar"
