"""The BALA tracker: [B ✓] [A ✓] [L ·] [A ·], the next step highlighted."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from canvass.domain.phases import BALA_ORDER
from canvass.i18n import t


class BalaTracker(Static):
    """How many BALA steps are reached (in order)."""

    reached: reactive[int] = reactive(0)

    def render(self) -> Content:
        parts = [Content.styled(t("call.bala") + " ", "bold")]
        for index, step in enumerate(BALA_ORDER):
            if index < self.reached:
                parts.append(Content.styled(f"[{step.letter} ✓]", "bold $success"))
            elif index == self.reached:
                parts.append(Content.styled(f"[{step.letter} ·]", "bold reverse $warning"))
            else:
                parts.append(Content.styled(f"[{step.letter} ·]", "$text-muted"))
        return Content.assemble(*parts)
