"""Texts of the feedback screen: an inbox line, a review as the caller reads it, a
commitment's cells and a phase's trend figures.

Plain functions so they can be tested without an app. Everything from the database
(observations, comments, names) is literal text (:func:`canvass.ui.text.plain`); moments
are shown in Europe/Copenhagen. Every score is shown with what it was computed from.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from canvass.i18n import t
from canvass.ui.followup_format import label
from canvass.ui.formatting import LOCAL_TZ, outcome_label
from canvass.ui.text import plain

if TYPE_CHECKING:
    from canvass.services.feedback_views import AnswerView, PhaseTrend, PhaseView, ReviewView
    from canvass.services.rows import CommitmentRow, InboxRow, ReviewSubject

_STATUS_STYLE = {"open": "bold yellow", "kept": "green", "dropped": "dim"}


def moment(value: datetime | None) -> str:
    """``"1/11 10:00"`` in Copenhagen, or ``"–"``."""
    if value is None:
        return "–"
    local = value.astimezone(LOCAL_TZ)
    return f"{local.day}/{local.month} {local:%H:%M}"


def day(value: datetime | None) -> str:
    """``"1/11"`` in Copenhagen, or ``"–"``."""
    if value is None:
        return "–"
    local = value.astimezone(LOCAL_TZ)
    return f"{local.day}/{local.month}"


def percent(score: float) -> str:
    """A 0..1 score as ``"78 %"``."""
    return f"{round(score * 100)} %"


def outcome_text(subject: ReviewSubject) -> str:
    """A call's outcome, or a visit's status, in words."""
    if subject.outcome is None:
        return "–"
    if subject.kind == "visit":
        return label("meeting.status", subject.outcome)
    return outcome_label(subject.outcome)


def subject_line(subject: ReviewSubject) -> str:
    """``"Hansen & Søn ApS · opkald 1/11 10:00 · Møde booket"``."""
    kind = t(f"feedback.subject.{subject.kind}")
    return f"{subject.company_name} · {kind} {moment(subject.at)} · {outcome_text(subject)}"


def inbox_label(row: InboxRow) -> Text:
    """One inbox line: a new review marked, the day of the call, the company, the author."""
    mark = (t("feedback.inbox.new"), "bold yellow") if row.new else ("    ", "")
    return Text.assemble(
        mark,
        " ",
        (day(row.subject.at), "bold"),
        " ",
        plain(row.subject.company_name),
        (f" · {row.author_initials}", "dim"),
        no_wrap=True,
        overflow="ellipsis",
    )


def _value(answer: AnswerView) -> tuple[str, str]:
    if answer.na:
        return t("feedback.answer.na"), "dim"
    if answer.value == "yes":
        return t("feedback.answer.yes"), "green"
    if answer.value == "no":
        return t("feedback.answer.no"), "red"
    if isinstance(answer.value, int):
        return f"{answer.value}/4", "bold"
    return t("feedback.answer.none"), "dim"


def _answers(phase: PhaseView) -> Padding:
    """The phase's checkpoints: the answer in a narrow column, the text (wrapped under
    itself) with the level chosen and the observation beside it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=6, no_wrap=True)
    grid.add_column(ratio=1)
    for answer in phase.answers:
        value, style = _value(answer)
        body = plain(answer.text)
        if answer.level:
            body.append_text(plain(f" — {answer.level}", "italic"))
        if answer.observation:
            pin = t("feedback.pinned") if answer.pinned else ""
            body.append("\n")
            body.append_text(plain(f"»{answer.observation}«{pin}", "italic dim"))
        grid.add_row(Text(value, style=style), body)
    return Padding(grid, (0, 0, 0, 2))


def _phase_title(phase: PhaseView) -> Text:
    text = plain(phase.title, "bold underline")
    if phase.score is not None:
        score = t("feedback.phase_score", score=percent(phase.score.score),
                  count=phase.score.answered)  # fmt: skip
        text.append(f"  {score}", style="bold cyan")
    return text


def _head(view: ReviewView) -> Text:
    text = plain(subject_line(view.subject), "bold")
    state = (
        t("feedback.review.new")
        if view.new
        else t("feedback.review.acknowledged", when=moment(view.acknowledged_at))
    )
    byline = t("feedback.review.by", initials=view.author_initials, name=view.author_name,
               shared=day(view.shared_at), version=view.version)  # fmt: skip
    text.append("\n")
    text.append_text(plain(byline, "dim"))
    text.append(f" · {state}", style="bold yellow" if view.new else "green")
    if view.subject.goal:
        text.append("\n")
        text.append_text(plain(t("feedback.review.goal", goal=view.subject.goal)))
    return text


def _take_along(view: ReviewView) -> Text:
    text = Text(t("feedback.review.worked"), style="bold")
    for item in view.worked:
        text.append("\n  • ", style="")
        text.append_text(plain(item))
    text.append("\n")
    text.append(t("feedback.review.try_next"), style="bold")
    text.append_text(plain(" " + (view.try_next or "–")))
    text.append("\n")
    text.append(t("feedback.review.commitment"), style="bold")
    text.append_text(plain(" " + (view.commitment or "–"), "bold yellow"))
    return text


def review_text(view: ReviewView) -> Group:
    """The whole review: who, what about, each phase's answers, then what to take along."""
    parts: list[RenderableType] = [_head(view)]
    for phase in view.phases:
        parts += [Text(""), _phase_title(phase), _answers(phase)]
    parts += [Text(""), _take_along(view)]
    return Group(*parts)


def as_plain(renderable: RenderableType, width: int = 100) -> str:
    """What ``renderable`` shows, as plain text (for tests and the screen's own checks)."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def thread_text(view: ReviewView) -> Text:
    """The review's thread, oldest first (or a line saying it is empty)."""
    text = Text(t("feedback.thread.title", count=len(view.comments)), style="bold")
    if not view.comments:
        text.append("\n")
        text.append(t("feedback.thread.empty"), style="dim")
    for comment in view.comments:
        text.append("\n")
        text.append(f"{comment.author_initials} {moment(comment.at)}  ", style="bold")
        text.append_text(plain(comment.text))
    return text


def commitment_cells(row: CommitmentRow) -> tuple[Text, ...]:
    """Status, the commitment, where it came from, by whom, when settled."""
    status = Text(t(f"feedback.commitment.{row.status}"), style=_STATUS_STYLE.get(row.status, ""))
    source = f"{day(row.subject.at)} {row.subject.company_name}"
    return (
        status,
        plain(row.text, overflow="ellipsis", no_wrap=True),
        plain(source, overflow="ellipsis", no_wrap=True),
        plain(row.author_initials),
        Text(day(row.settled_at) if row.settled_at else day(row.created_at), style="dim"),
    )


def commitment_detail(row: CommitmentRow) -> Text:
    """The highlighted commitment in full, and the review it came from."""
    text = plain(row.text, "bold")
    source = t("feedback.commitment.source", subject=subject_line(row.subject),
               initials=row.author_initials, when=day(row.created_at))  # fmt: skip
    text.append("\n")
    text.append_text(plain(source, "dim"))
    return text


def trend_figures(trend: PhaseTrend) -> Text:
    """Beside a phase's sparkline: the latest and first score, and how many reviews."""
    if trend.latest is None:
        return Text(t("feedback.trend.none"), style="dim")
    first = trend.points[0].score
    figures = t("feedback.trend.figures", first=percent(first), latest=percent(trend.latest),
                count=trend.count)  # fmt: skip
    return Text(figures, no_wrap=True, overflow="ellipsis")
