"""Den gode jobordre's fields: the choices typed as words or first letters, hours with a
comma, and the wrap-up's job order carrying them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from canvass.domain.job_order import choice_word, parse_choice, parse_hours
from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import build_wrapup
from canvass.domain.wrapup_fields import wrapup_fields

TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "typed", "code"),
    [
        ("employment", "f", "permanent"),
        ("employment", "Fast", "permanent"),
        ("employment", "t", "temporary"),
        ("employment", "tidsbegrænset", "temporary"),
        ("employment", "perm", "permanent"),
        ("sharing", "k", "colleagues"),
        ("sharing", "a", "jobcentres"),
        ("sharing", "j", "jobnet"),
        ("sharing", "Jobnet og alle", "jobnet"),
        ("sharing", "jobcentres", "jobcentres"),
    ],
)
def test_a_choice_from_a_word_or_its_first_letters(kind: str, typed: str, code: str) -> None:
    assert parse_choice(kind, typed) == code


def test_an_empty_choice_is_not_settled_and_a_wrong_one_names_the_words() -> None:
    assert parse_choice("employment", "  ") is None
    with pytest.raises(ValueError, match="fast / tidsbegrænset"):
        parse_choice("employment", "deltid")
    assert choice_word("sharing", "jobcentres") == "andre jobcentre også"
    assert choice_word("sharing", None) == ""


@pytest.mark.parametrize(("typed", "hours"), [("37,5", 37.5), ("37.5", 37.5), ("37", 37.0)])
def test_hours_with_a_comma(typed: str, hours: float) -> None:
    assert parse_hours(typed) == hours


@pytest.mark.parametrize("typed", ["0", "81", "fuld tid", "37,5,5", "nan", "inf"])
def test_hours_out_of_range_or_not_a_number(typed: str) -> None:
    with pytest.raises(ValueError, match=r"1 og 80|1 to 80"):
        parse_hours(typed)


def _job(**extra: str) -> dict[str, str]:
    return {"title": "Svejser", "positions": "2", **extra}


def test_the_wrapup_job_order_keeps_every_field_of_a_good_job_order() -> None:
    typed = _job(
        hours_per_week="37,5",
        salary="Efter overenskomst (3F Industri)",
        employment="t",
        requirements="Svejsecertifikat",
        nice_to_have="Truckcertifikat",
        how_to_apply="Mail til job@firma.dk",
        sharing="a",
    )
    check = build_wrapup(Outcome.JOB_ORDER, typed, now=NOW, today=TODAY)
    assert check.errors == {}
    assert check.wrapup is not None and (job := check.wrapup.job_order) is not None
    assert (job.hours_per_week, job.employment, job.sharing) == (37.5, "temporary", "jobcentres")
    assert (job.salary, job.nice_to_have, job.how_to_apply) == (
        "Efter overenskomst (3F Industri)",
        "Truckcertifikat",
        "Mail til job@firma.dk",
    )
    # and shown again for a correction as the consultant would type it
    again = wrapup_fields(check.wrapup)
    assert (again["hours_per_week"], again["employment"], again["sharing"]) == (
        "37,5",
        "tidsbegrænset",
        "andre jobcentre også",
    )
    assert build_wrapup(Outcome.JOB_ORDER, again, now=NOW, today=TODAY).wrapup == check.wrapup


def test_a_wrong_choice_or_hours_marks_its_own_field() -> None:
    check = build_wrapup(
        Outcome.JOB_ORDER,
        _job(employment="deltid", sharing="x", hours_per_week="90"),
        now=NOW,
        today=TODAY,
    )
    assert set(check.errors) == {"employment", "sharing", "hours_per_week"}
    assert check.wrapup is None
