"""The active phase of the call script: what to say, what to ask, how to confirm, tips.

Merge fields are filled in; a field with no value shows as a highlighted gap such as
``‹kontaktperson›`` — never as a raw ``{placeholder}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from canvass.domain.phases import DEFAULT_BALA_PHASE, BalaStep, Phase
from canvass.i18n import t
from canvass.ui.gaps import GAP_STYLE, filled_content
from canvass.ui.text import safe_content

if TYPE_CHECKING:
    from canvass.content.models import CallScript, PhaseContent

__all__ = ["GAP_STYLE", "ScriptView", "filled", "phase_content"]
#: ``text`` with merge fields filled; missing ones as gaps (see :mod:`canvass.ui.gaps`).
filled = filled_content


def phase_content(
    script: CallScript,
    phase: Phase,
    values: Mapping[str, str | None],
    variants: Mapping[str, str] | None = None,
) -> Content:
    """Everything the consultant needs on screen for ``phase`` of ``script``; a line with
    A/B variants says the one ``variants`` (line id → variant id) names, else its first."""
    content: PhaseContent = script.phase(phase)
    title = t(f"phase.long.{phase.value}").upper()
    lines: list[Content] = [
        Content.assemble(
            (title, "bold $accent"),
            (f" — {content.goal}" if content.goal else "", "italic"),
        )
    ]

    def section(heading: str, items: list[Content]) -> None:
        if items:
            lines.append(Content(""))
            lines.append(Content.styled(heading, "bold $text-accent"))
            lines.extend(items)

    say: list[Content] = []
    for line in content.lines:
        text = line.text_for((variants or {}).get(line.id or ""))
        say.append(Content("  • ") + filled(text, values))
        for alternative in line.alternatives:
            say.append(
                Content.styled(f"      {t('call.or')} ", "$text-muted")
                + filled(alternative, values).stylize("$text-muted")
            )
    section(t("call.section.say"), say)
    # "(Behov)" only in the phase where the open questions find the need (BALA's B).
    need_phase = script.bala_phase(BalaStep.BEHOV) or DEFAULT_BALA_PHASE[BalaStep.BEHOV]
    section(
        t("call.section.questions" if phase is need_phase else "call.section.questions_plain"),
        [Content("  • ") + filled(q, values) for q in content.questions],
    )
    section(
        t("call.section.accept"),
        [Content("  • ") + filled(q, values) for q in content.accept_checks],
    )
    if content.bala:
        steps = ", ".join(t(f"bala.{step.value}") for step in content.bala)
        section(t("call.section.bala"), [Content.styled(f"  {steps}", "$text-muted")])
    section(
        t("call.section.tips"),
        [Content.styled("  ✎ ", "$warning") + filled(tip, values) for tip in content.tips],
    )
    return Content("\n").join(lines)


class ScriptView(Static):
    """Shows one phase of a script; call :meth:`show` when the phase or script changes."""

    def show(
        self,
        script: CallScript,
        phase: Phase,
        values: Mapping[str, str | None],
        variants: Mapping[str, str] | None = None,
    ) -> None:
        """Render ``phase`` of ``script`` with ``values`` for the merge fields (and the
        chosen A/B ``variants``)."""
        self.update(safe_content(phase_content(script, phase, values, variants)))
