"""The editor's preview: the part of the file the cursor is in, as its reader sees it.

- a script: the phase, drawn exactly as the call screen draws it
  (:func:`canvass.ui.widgets.script_view.phase_content`), merge fields filled from the
  sample company (missing ones as gaps);
- an objection file: the objection with its answers, filled the same way;
- a rubric: the phase with its checkpoints, levels and questions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from canvass.content.models import CallScript, Objection, ObjectionFile
from canvass.content.rubric_model import AnswerKind, Rubric, RubricPhase
from canvass.domain.phases import Phase
from canvass.i18n import t
from canvass.ui.gaps import filled_content
from canvass.ui.text import safe_content
from canvass.ui.widgets.script_view import phase_content

if TYPE_CHECKING:
    from canvass.content.outline import Outline

__all__ = ["ContentPreview", "preview_content", "section_title"]

Values = Mapping[str, str | None]


def preview_content(shape: Outline, line: int, values: Values) -> Content:
    """What the preview shows for the cursor on 1-based ``line``."""
    key = shape.section_at(line)
    model = shape.model
    if isinstance(model, CallScript):
        phase = Phase(key) if key in {p.value for p in Phase} else Phase.AABNING
        return phase_content(model, phase, values)
    if isinstance(model, ObjectionFile):
        index = int(key) if key is not None and key.isdigit() else 0
        return _objection(model.objections[min(index, len(model.objections) - 1)], values)
    return _rubric_phase(model, key)


def section_title(shape: Outline, line: int) -> str:
    """The name of the part at ``line``: the phase, or what the customer says."""
    key = shape.section_at(line)
    model = shape.model
    if isinstance(model, CallScript):
        return t(f"phase.long.{key}") if key in {p.value for p in Phase} else ""
    if isinstance(model, ObjectionFile):
        index = int(key) if key is not None and key.isdigit() else 0
        return f"»{model.objections[min(index, len(model.objections) - 1)].says}«"
    phase = next((p for p in model.phases if p.id == key), model.phases[0])
    return phase.title


def _objection(objection: Objection, values: Values) -> Content:
    lines = [
        Content.styled(f"»{objection.says}«", "bold $accent"),
        Content.styled(objection.category, "italic $text-muted"),
    ]
    for number, answer in enumerate(objection.answers, 1):
        technique = t(f"objections.technique.{answer.technique.value}")
        lines.append(Content(""))
        header = t("objections.answer", number=number, technique=technique)
        lines.append(Content.styled(header, "bold $text-accent"))
        lines.append(filled_content(answer.text, values))
        if answer.follow_up:
            follow = filled_content(answer.follow_up, values).stylize("italic")
            lines.append(Content.styled(t("objections.follow_up"), "bold") + follow)
    return Content("\n").join(lines)


def _rubric_phase(rubric: Rubric, key: str | None) -> Content:
    phase: RubricPhase = next((p for p in rubric.phases if p.id == key), rubric.phases[0])
    lines = [
        Content.styled(rubric.title, "bold $accent"),
        Content.styled(t("editor.preview.rubric_phase", title=phase.title, weight=phase.weight),
                       "bold $text-accent"),
    ]  # fmt: skip
    for point in phase.checkpoints:
        lines.append(Content(""))
        mark = "★ " if point.mandatory else "• "
        kind = t(
            "editor.preview.yes_no" if point.kind is AnswerKind.YES_NO else "editor.preview.scale"
        )
        lines.append(
            Content.assemble(
                (mark, "$warning"), (point.text, "bold"), (f"  ({kind})", "$text-muted")
            )
        )
        for level, text in enumerate(point.levels, 1):
            lines.append(Content.styled(f"    {level}  {text}", "$text-muted"))
        if point.question:
            lines.append(Content.styled(f"    ? {point.question}", "italic"))
    return Content("\n").join(lines)


class ContentPreview(Static):
    """Shows :func:`preview_content`; call :meth:`show` after each check or cursor move."""

    def show(self, shape: Outline | None, line: int, values: Values, note: str = "") -> None:
        """Render the part at ``line``; with no outline, ``note`` (or that there is none)."""
        if shape is None:
            self.update(Content.styled(note or t("editor.preview.none"), "italic $text-muted"))
            return
        body = preview_content(shape, line, values)
        if note:
            body = Content.styled(note, "italic $warning") + Content("\n\n") + body
        self.update(safe_content(body))
