"""The review screens' texts, as plain functions: the history of versions and a status."""

from __future__ import annotations

from datetime import UTC, datetime

from canvass.domain.review import Answer, ReviewContent, changes
from canvass.services.review_rows import VersionRow
from canvass.ui.review_format import clock_text, history_text, moment_time

from .review_data import call_rubric

AT = datetime(2026, 11, 23, 12, 5, tzinfo=UTC)


def test_history_names_checkpoints_and_says_answers_in_words() -> None:
    first = ReviewContent(answers={"accept-behov": Answer("analyse", "yes_no", "no")})
    second = ReviewContent(
        answers={"accept-behov": Answer("analyse", "yes_no", "yes", observation="[fint]")},
        commitment="Spørg to gange",
        status="shared",
    )
    versions = [
        VersionRow(1, "AB", AT, first, changes(None, first)),
        VersionRow(2, "SL", AT, second, changes(first, second)),
    ]
    text = history_text(versions, call_rubric()).plain
    assert text.index("Version 2 · SL · 23/11 13:05") < text.index("Version 1 · AB")
    assert "Opsummerede behovet (accept)\n      nej → ja »[fint]«" in text
    assert "forpligtelse: Spørg to gange" in text and "status: udkast → delt" in text
    assert text.endswith("Opsummerede behovet (accept)\n      nej")  # the first: no arrow


def test_times() -> None:
    assert (clock_text(125), moment_time(130)) == ("2:05", "@02:10")
