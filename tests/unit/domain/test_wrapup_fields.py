"""A saved wrap-up as form text builds the same wrap-up again (for corrections)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import (
    CallbackDraft,
    JobOrderDraft,
    MeetingDraft,
    WrapUp,
    build_wrapup,
)
from canvass.domain.wrapup_fields import wrapup_fields

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)

SAVED = [
    WrapUp(Outcome.NOT_INTERESTED, "Har folk nok"),
    WrapUp(
        Outcome.MEETING,
        "",
        meeting=MeetingDraft(
            datetime(2026, 12, 1, 9, 30, tzinfo=UTC), 45, "video", "", "Mette, AB", "Besøg"
        ),
    ),
    WrapUp(
        Outcome.CALLBACK,
        "",
        callback=CallbackDraft(datetime(2026, 6, 1, 7, 0, tzinfo=UTC), "efter ferien"),
    ),
    WrapUp(
        Outcome.JOB_ORDER,
        "",
        job_order=JobOrderDraft(
            "Tømrer",
            "Nybyg",
            2,
            37,
            date(2027, 1, 4),
            date(2026, 12, 15),
            "Kørekort",
            "Vejlevej 1",
            "Mette",
            "75821140",
            "m@h.dk",
            "1234567890",
        ),
    ),
]


@pytest.mark.parametrize("saved", SAVED, ids=lambda w: w.outcome.value)
def test_fields_build_the_same_wrapup_again(saved: WrapUp) -> None:
    fields = wrapup_fields(saved)
    check = build_wrapup(saved.outcome, fields, now=NOW, today=TODAY)
    assert check.errors == {}
    assert check.wrapup == saved


def test_moments_are_shown_in_copenhagen_time() -> None:
    fields = wrapup_fields(SAVED[1])
    assert (fields["date"], fields["time"]) == ("1/12/2026", "10:30")
    summer = wrapup_fields(SAVED[2])
    assert (summer["date"], summer["time"]) == ("1/6/2026", "09:00")
