"""The five phases as a stepper: ① Åbning ✓ ─ ② Analyse ● ─ ③ … (click a phase to go there)."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from canvass.domain.phases import PHASE_ORDER, Phase
from canvass.i18n import t

_NUMBERS = "①②③④⑤"


class PhaseStepper(Static):
    """Shows the phases, the current one and the ones visited."""

    phase: reactive[Phase] = reactive(Phase.AABNING)
    visited: reactive[frozenset[Phase]] = reactive(frozenset)

    def render(self) -> Content:
        full = self._steps(compact=False)
        # Narrow terminals (80 columns): only the current phase keeps its name.
        width = self.size.width
        return full if not width or full.cell_length <= width else self._steps(compact=True)

    def _steps(self, *, compact: bool) -> Content:
        parts: list[Content] = []
        for index, phase in enumerate(PHASE_ORDER):
            label = f"{_NUMBERS[index]} {t(f'phase.short.{phase.value}')}"
            if compact and phase != self.phase:
                label = _NUMBERS[index]
            if phase == self.phase:
                text, style = f" {label} ● ", "bold reverse $accent"
            elif phase in self.visited:
                text, style = f"{label} ✓", "$success"
            else:
                text, style = label, "$text-muted"
            parts.append(Content.styled(text, style).stylize(f"@click=screen.phase({index + 1})"))
        return Content(" ─ ").join(parts)
