"""The feedback screen's texts: scores beside their counts, outside text shown literally."""

from __future__ import annotations

from datetime import UTC, datetime

from canvass.domain.feedback_score import PhaseScore
from canvass.services.feedback_views import (
    AnswerView,
    PhaseTrend,
    PhaseView,
    ReviewView,
    TrendPoint,
)
from canvass.services.rows import CommentRow, ReviewSubject
from canvass.ui.feedback_format import as_plain, percent, review_text, thread_text, trend_figures

AT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _view(observation: str) -> ReviewView:
    answer = AnswerView("x", "Lyttede [bold]mere[/bold]", "scale", 3, False, "Roligt",
                        observation, True)  # fmt: skip
    phase = PhaseView("analyse", "Analyse", PhaseScore(2 / 3, 1), (answer,))
    comment = CommentRow(1, 2, "MK", AT, "Hvad tænkte du\x1b[2J?")
    return ReviewView(
        review_id=1, caller_id=1, author_id=2, author_initials="MK", author_name="Mads",
        subject=ReviewSubject("call", "Hansen & Søn [ApS]", AT, "meeting", None),
        rubric_title="R", status="shared", version=2, shared_at=AT, acknowledged_at=AT,
        acknowledged_version=1, phases=(phase,), worked=("God åbning",), try_next="Pause",
        commitment="To gange", comments=(comment,),
    )  # fmt: skip


def test_review_text_is_literal_and_counts_its_scores() -> None:
    text = as_plain(review_text(_view("Sagde [red]nej[/red]")), width=120)
    assert "Hansen & Søn [ApS] · opkald 1/11 10:00 · Møde booket" in text
    assert "Analyse  67 % (1 punkt)" in text
    assert "\n  3/4    Lyttede [bold]mere[/bold] — Roligt " in text
    assert "         »Sagde [red]nej[/red]« (tidspunkt i opkaldet)" in text
    assert "ny — tryk a" in text  # version 2 was never acknowledged: new again
    assert "Din forpligtelse: To gange" in text


def test_thread_shows_control_characters_as_stand_ins() -> None:
    text = thread_text(_view("")).plain
    assert "\x1b" not in text and "MK 1/11 10:00" in text


def test_trend_figures_name_how_many_reviews() -> None:
    points = (TrendPoint(1, AT, 0.5, 2), TrendPoint(2, AT, 1.0, 1))
    figures = trend_figures(PhaseTrend("analyse", "Analyse", points)).plain
    assert figures == "først 50 % · senest 100 % · 2 sparringer"
    assert percent(7 / 9) == "78 %"
