"""The agreed meeting in the words of the close, from what the wrap-up form holds."""

from __future__ import annotations

from datetime import date

import pytest

from canvass.domain.meeting_words import meeting_words

MONDAY = date(2026, 12, 7)


def test_a_whole_meeting_at_the_company() -> None:
    words = meeting_words(
        {"date": "15/12", "time": "10.00", "location_kind": "company", "location": "Vestergade 4"},
        MONDAY,
    )
    assert words == {
        "moede_dato": "15. december",
        "moede_ugedag": "tirsdag",
        "moede_tid": "kl. 10",
        "moede_sted": "hos jer på Vestergade 4",
    }


@pytest.mark.parametrize(("kind", "place"), [("phone", "over telefonen"), ("video", "på video")])
def test_a_meeting_by_phone_or_video_is_said_so(kind: str, place: str) -> None:
    words = meeting_words({"location_kind": kind, "location": "Vestergade 4"}, MONDAY)
    assert words["moede_sted"] == place


def test_words_for_the_day_and_minutes() -> None:
    words = meeting_words({"date": "i morgen", "time": "9:05"}, MONDAY)
    assert (words["moede_ugedag"], words["moede_dato"], words["moede_tid"]) == (
        "tirsdag",
        "8. december",
        "kl. 9.05",
    )


def test_what_is_not_typed_or_not_understood_stays_a_gap() -> None:
    words = meeting_words({"date": "31/2", "time": "25.00", "location": "  "}, MONDAY)
    assert set(words.values()) == {None}
    assert set(meeting_words({}, MONDAY).values()) == {None}
