"""Texts of the review screens: the timeline beside the rubric, one phase of the rubric with
its answers, a moment to pin an observation to, and a version's changes.

Plain functions returning Rich :class:`Text` (never markup: texts from the rubric files and
the database are shown literally), so they can be tested without an app.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from canvass.domain.goal import tool_label
from canvass.domain.phases import BALA_ORDER, Phase
from canvass.domain.review import NO, YES, Answer, Change
from canvass.i18n import CATALOGUE, t
from canvass.safe_text import printable
from canvass.ui.formatting import LOCAL_TZ, outcome_label

if TYPE_CHECKING:
    from datetime import datetime

    from canvass.content.rubric_model import Checkpoint, Rubric, RubricPhase
    from canvass.content.validate import Library
    from canvass.services.review_rows import Moment, ReviewRecord, Timeline, VersionRow

_CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def clock_text(seconds: int) -> str:
    """``"2:05"`` for 125 seconds."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def moment_time(seconds: int) -> str:
    """``"@02:10"``: where in the call a moment was."""
    return f"@{seconds // 60:02d}:{seconds % 60:02d}"


def local_when(moment: datetime) -> str:
    local = moment.astimezone(LOCAL_TZ)
    return f"{local.day}/{local.month} {local:%H:%M}"


def _label(key: str, fallback: str) -> str:
    return t(key) if key in CATALOGUE else fallback


def phase_mark(phase: str) -> str:
    try:
        return _CIRCLED[Phase(phase).number - 1]
    except ValueError:
        return phase


def status_text(record: ReviewRecord | None) -> str:
    """``"udkast · version 2"``, ``"delt · version 3"`` or ``"udkast · ikke gemt"``."""
    if record is None:
        return ""
    state = t(f"review.status.{record.status}")
    if record.version == 0:
        return t("review.status.unsaved", state=state)
    return t("review.status.version", state=state, version=record.version)


def head_text(line: Timeline) -> str:
    """``"Sparring: AB · Hansen & Søn ApS · 1/12 10:04 · møde booket"``."""
    what = outcome_label(line.outcome) if line.kind == "call" else t("review.visit")
    return printable(
        t("review.head", caller=line.caller, company=line.company, when=local_when(line.at))
        + (f" · {what}" if what else "")
    )


def _objection(library: Library | None, objection_id: str, answer_id: str) -> str:
    found = library.objections.get(objection_id) if library is not None else None
    if found is None:
        return f"»{objection_id}« → {answer_id}"
    answer = next((a for a in found.answers if a.id == answer_id), None)
    technique = (
        _label(f"objections.technique.{answer.technique.value}", answer.technique.value)
        if answer is not None
        else answer_id
    )
    return f"»{found.says}« → {technique}"


def timeline_text(line: Timeline, library: Library | None) -> Text:
    """The left column: goal, phases with durations, BALA, objections, notes, outcome."""
    out = Text(no_wrap=False)

    def add(label: str, value: str, style: str = "") -> None:
        out.append(f"{label} ", style="bold")
        out.append(printable(value) + "\n", style=style)

    add(t("review.tl.goal"), line.goal.text or t("review.tl.no_goal"))
    if line.goal.tools:
        add(t("review.tl.tools"), ", ".join(tool_label(x) for x in line.goal.tools))
    if line.goal.effect:
        add(t("review.tl.effect"), line.goal.effect)
    if line.kind == "visit":
        add(t("review.tl.purpose"), line.purpose or "–")
        add(t("review.tl.result"), line.result_note or "–")
        return out
    if line.phases:
        out.append(" ".join(f"{phase_mark(p.phase)} {clock_text(p.seconds)}" for p in line.phases))
        out.append("\n")
    marks = " ".join(step.letter + ("✓" if step.value in line.bala else "·") for step in BALA_ORDER)
    stop = (
        t("review.tl.stopped", step=t(f"bala.{line.stopped_before}"))
        if line.stopped_before
        else t("review.tl.closed")
    )
    add(t("review.tl.bala"), f"{marks}  ({stop})")
    for objection_id, answer_id in line.objections:
        add(t("review.tl.objection"), _objection(library, objection_id, answer_id))
    notes = line.notes
    out.append(t("review.tl.notes", count=len(notes)) + "\n", style="bold")
    for note in notes:
        out.append(f"  {moment_time(note.offset_s)} {note.author or ''}: ", style="dim")
        out.append(printable(note.detail) + "\n")
    add(t("review.tl.outcome"), outcome_label(line.outcome) or "–")
    if line.outcome_comment:
        out.append(printable(line.outcome_comment) + "\n", style="italic")
    return out


def moment_text(moment: Moment, library: Library | None) -> str:
    """One line of the pin picker: where in the call, and what happened then."""
    when = moment_time(moment.offset_s)
    if moment.kind == "note":
        return printable(f"{when} {t('review.moment.note', author=moment.author or '')}: "
                         f"{moment.detail}")  # fmt: skip
    if moment.what == "objection":
        objection_id, _, answer_id = moment.detail.partition("/")
        return printable(f"{when} {_objection(library, objection_id, answer_id)}")
    if moment.what == "bala_reached":
        return f"{when} BALA: {_label(f'bala.{moment.detail}', moment.detail)}"
    if moment.what == "phase_entered":
        return f"{when} {phase_mark(moment.detail)} {_label(f'phase.long.{moment.detail}', '')}"
    return f"{when} {_label(f'review.moment.{moment.what}', moment.what)}"


def pin_text(answer: Answer, moments: Sequence[Moment]) -> str:
    """``"@02:10"`` or ``"@02:55 (observatør)"`` for the answer's pinned moment."""
    pin = answer.pin
    if pin is None:
        return ""
    for moment in moments:
        if (moment.kind, moment.id) in (("event", pin.event), ("note", pin.note)):
            suffix = f" {t('review.pin.observer')}" if moment.kind == "note" else ""
            return moment_time(moment.offset_s) + suffix
    return t("review.pin.gone")


def _choices(point: Checkpoint, answer: Answer | None) -> Text:
    value = answer.value if answer is not None else None
    out = Text()
    options: list[tuple[object, str]] = (
        [(YES, t("review.yes")), (NO, t("review.no"))]
        if point.kind.value == "yes_no"
        else [(v, str(v)) for v in (1, 2, 3, 4)]
    )
    for option, shown in options:
        out.append(
            f"[{shown}]" if option == value else f" {shown} ",
            "bold reverse" if option == value else "",
        )
    if point.allows_na:
        na = answer is not None and answer.na
        out.append("  ")
        out.append(t("review.na"), "bold reverse" if na else "dim")
    return out


def phase_text(
    phase: RubricPhase,
    total_weight: int,
    answers: Mapping[str, Answer],
    cursor: int,
    moments: Sequence[Moment],
    focused: bool,
    width: int = 80,
) -> Text:
    """One phase of the rubric: its title and weight, each checkpoint with its answer."""
    out = Text()
    share = round(100 * phase.weight / total_weight) if total_weight else 0
    out.append(printable(phase.title), "bold")
    out.append(f"  {t('review.weight', percent=share)}\n", "dim")
    for index, point in enumerate(phase.checkpoints):
        here = index == cursor
        out.append("▸ " if here else "  ", "bold cyan" if here and focused else "bold")
        out.append(printable(point.text), "bold" if here else "")
        if point.mandatory:
            out.append(" *", "yellow")
        choices = _choices(point, answers.get(point.id))
        used = 2 + len(point.text) + (2 if point.mandatory else 0)
        # The answer on the same line when it fits, else on its own line under the text.
        out.append("  " if used + 2 + len(choices) <= width else "\n    ")
        out.append_text(choices)
        out.append("\n")
        answer = answers.get(point.id)
        if answer is not None and answer.observation:
            out.append(f"    »{printable(answer.observation)}« ", "italic")
            out.append(pin_text(answer, moments) + "\n", "dim")
    return out


def level_text(point: Checkpoint, answer: Answer | None) -> Text:
    """The question to ask first, then the chosen level's description (scale points)."""
    out = Text()
    out.append(t("review.ask") + " ", "bold")
    out.append(printable(point.question or t("review.ask.default")) + "\n")
    if point.kind.value == "scale" and point.levels:
        value = answer.value if answer is not None else None
        for number, level in enumerate(point.levels, start=1):
            chosen = number == value
            out.append(f"{'▸' if chosen else ' '} {number} {printable(level)}\n",
                       "bold" if chosen else "dim")  # fmt: skip
    return out


def answer_value_text(answer: Answer | None) -> str:
    """An answer as the screen says it: ``"ja"``, ``"3"``, ``"ikke relevant"``, ``"–"``."""
    if answer is None or (answer.value is None and not answer.na):
        return "–"
    if answer.na:
        return t("review.na")
    if answer.value in (YES, NO):
        return t("review.yes" if answer.value == YES else "review.no")
    return str(answer.value)


def _change_text(change: Change, rubric: Rubric | None) -> str:
    """One change: an answer as its checkpoint's text and, under it, what it became."""
    if change.what == "answer":
        found = rubric.checkpoint(change.checkpoint or "") if rubric is not None else None
        name = found[1].text if found is not None else change.checkpoint or ""
        before, after = answer_value_text(change.old), answer_value_text(change.new)
        if change.new is not None and change.new.observation:
            after += f" »{change.new.observation}«"
        moved = after if before == "–" else f"{before} → {after}"
        return printable(f"{name}\n      {moved}")
    if change.what == "status":
        name = t("review.field.status")
        before = t(f"review.status.{change.before}") if change.before else ""
        after = t(f"review.status.{change.after}")
    else:
        name, before, after = t(f"review.field.{change.what}"), change.before, change.after
    return printable(f"{name}: {before} → {after}" if before else f"{name}: {after}")


def history_text(versions: Sequence[VersionRow], rubric: Rubric | None = None) -> Text:
    """Every version, newest first: who saved it, when, and what changed."""
    out = Text()
    if not versions:
        out.append(t("review.history.none"), "dim")
    for version in reversed(versions):
        out.append(
            t("review.history.line", version=version.version, author=version.author,
              when=local_when(version.saved_at)) + "\n",
            "bold",
        )  # fmt: skip
        for change in version.changes:
            out.append(f"  {_change_text(change, rubric)}\n")
        if not version.changes:
            out.append(f"  {t('review.history.same')}\n", "dim")
        out.append("\n")
    out.rstrip()
    return out
