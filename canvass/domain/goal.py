"""The goal before a call or a planned visit: what the contact is for, the tools the
caller means to use and what those should achieve (the seeds' supervision model,
"Forberedelse og forventningsafstemning").

One :class:`Goal` value for the call screen, the meetings screen, the observer and the
review; :func:`tool_label` names a tool the same way on every screen. Plain Python.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from canvass.domain.offers import Offer
from canvass.domain.sparring import OFFER_PREFIX, Tool, offer_tool
from canvass.i18n import t

GOAL_MAX = 200  # characters: the column's length (call.goal, meeting.goal)
EFFECT_MAX = 2000  # characters: a few sentences, not an essay

#: Every tool a caller can choose, in the order of a call (offers before the closing).
TOOL_KEYS: tuple[str, ...] = (
    Tool.OPENING.value,
    Tool.ANALYSIS.value,
    Tool.BALA.value,
    Tool.OBJECTIONS.value,
    *(offer_tool(offer.value) for offer in Offer),
    Tool.TWO_TIMES.value,
)

_TOOLS = frozenset(tool.value for tool in Tool)
_OFFERS = frozenset(offer.value for offer in Offer)


def tool_label(key: str) -> str:
    """What a tool is called on screen ("åbning", "BALA", "tilbud: Løntilskud");
    a key this version does not know (stored by a later one) is shown as it is."""
    if key in _TOOLS:
        return t(f"goal.tool.{key}")
    offer = key.removeprefix(OFFER_PREFIX)
    if key.startswith(OFFER_PREFIX) and offer in _OFFERS:
        return t("goal.tool.offer", offer=t(f"offer.{offer}"))
    return key


@dataclass(frozen=True)
class Goal:
    """The goal of one contact; all empty when none was set."""

    goal: str = ""
    tools: tuple[str, ...] = ()
    effect: str = ""

    @property
    def empty(self) -> bool:
        return not (self.goal or self.tools or self.effect)

    @classmethod
    def of(cls, goal: str, tools: object, effect: str) -> Goal:
        """A checked goal: one line of at most 200 characters, known tools (each once, in
        the order of :data:`TOOL_KEYS`), the effect trimmed. ``ValueError`` (translated)
        says what is wrong."""
        line = " ".join(goal.split())
        if len(line) > GOAL_MAX:
            raise ValueError(t("goal.too_long", count=len(line), limit=GOAL_MAX))
        chosen = [str(key) for key in tools] if isinstance(tools, list | tuple) else None
        if chosen is None:
            raise ValueError(t("goal.bad_tools"))
        unknown = [key for key in chosen if key not in TOOL_KEYS]
        if unknown:
            raise ValueError(t("goal.unknown_tool", key=unknown[0]))
        text = effect.strip()
        if len(text) > EFFECT_MAX:
            raise ValueError(t("goal.effect_too_long", count=len(text), limit=EFFECT_MAX))
        return cls(line, tuple(key for key in TOOL_KEYS if key in chosen), text)

    @classmethod
    def stored(cls, goal: str | None, tools_json: str | None, effect: str | None) -> Goal:
        """The goal as the database holds it (a damaged tool list reads as none)."""
        try:
            tools = json.loads(tools_json or "[]")
        except ValueError:
            tools = []
        listed = tuple(str(key) for key in tools) if isinstance(tools, list) else ()
        return cls(goal or "", listed, effect or "")

    def tools_json(self) -> str:
        """The tool keys as the JSON list stored in ``goal_tools``."""
        return json.dumps(list(self.tools))

    def tool_names(self) -> str:
        """The tools, named and comma-separated ("åbning, BALA")."""
        return ", ".join(tool_label(key) for key in self.tools)

    def line(self) -> str:
        """The goal on one line: "Mål: … · Redskaber: … · Effekt: …" (empty parts left out)."""
        parts = [
            t("goal.line.goal", goal=self.goal) if self.goal else "",
            t("goal.line.tools", tools=self.tool_names()) if self.tools else "",
            t("goal.line.effect", effect=" ".join(self.effect.split())) if self.effect else "",
        ]
        return " · ".join(part for part in parts if part) or t("goal.line.none")


#: The goal of a contact nobody set one for.
NO_GOAL = Goal()
