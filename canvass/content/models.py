"""Pydantic models for call scripts (``scripts/*.yaml``) and the objection bank
(``objections/*.yaml``).

The models check shape and types only; rules that need positions across the
document (phase order, BALA steps, merge fields, ids across files) live in
:mod:`canvass.content.validate`. Plain Python: no Textual.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from canvass.domain.offers import Offer, Technique
from canvass.domain.phases import PHASE_ORDER, BalaStep, Phase
from canvass.domain.variants import choose_variant

#: A non-empty piece of text (surrounding white space removed).
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, strict=True)]
#: An id: lower-case letters, digits and dashes.
Slug = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9-]*$"),
]


class _Strict(BaseModel):
    """Unknown keys are errors; numbers are never silently turned into text or back."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _first_variant(data: Any, text_key: str) -> Any:
    """An item given as ``variants`` only says its first variant where one text is wanted
    (the checker refuses an item with both; :mod:`canvass.content.variant_rules`)."""
    if isinstance(data, dict) and text_key not in data:
        variants = data.get("variants")
        if isinstance(variants, dict) and variants:
            return {**data, text_key: next(iter(variants.values()))}
    return data


class ScriptLine(_Strict):
    """A line to say, with optional alternative wordings, or A/B variants.

    In YAML a line is either plain text, ``{say: ..., alternatives: [...]}``, or
    ``{id: ..., variants: {a: ..., b: ...}}`` — named variants that the app spreads over
    companies (:mod:`canvass.domain.variants`); ``say`` is then the first variant.
    """

    #: Needed for a line with variants (unique in the script): events name it.
    id: Slug | None = None
    say: Text
    alternatives: tuple[Text, ...] = ()
    variants: dict[Slug, Text] = Field(default_factory=dict)
    #: Where a rule or figure in the line comes from (law and paragraph, or the ministry's
    #: page, and the date checked); for trainers, never read aloud.
    source: Text | None = None

    @classmethod
    def _from_yaml(cls, value: Any) -> Any:
        return {"say": value} if isinstance(value, str) else value

    @model_validator(mode="before")
    @classmethod
    def _variant_say(cls, data: Any) -> Any:
        return _first_variant(data, "say")

    def text_for(self, variant: str | None) -> str:
        """What to say: ``variant``'s text, else :attr:`say`."""
        return self.variants.get(variant or "", self.say)


class PhaseContent(_Strict):
    """What the consultant sees in one phase of the call."""

    goal: Text | None = None
    lines: tuple[ScriptLine, ...] = ()
    questions: tuple[Text, ...] = ()
    accept_checks: tuple[Text, ...] = ()
    tips: tuple[Text, ...] = ()
    bala: tuple[BalaStep, ...] = ()

    def chosen_variants(self, company_id: int) -> dict[str, str]:
        """The A/B variant company ``company_id`` is shown of each line that has variants
        (line id → variant id; :func:`canvass.domain.variants.choose_variant`)."""
        chosen: dict[str, str] = {}
        for line in self.lines:
            variant = choose_variant(company_id, line.id or "", line.variants)
            if line.id is not None and variant is not None:
                chosen[line.id] = variant
        return chosen

    @field_validator("lines", mode="before")
    @classmethod
    def _plain_lines(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [ScriptLine._from_yaml(item) for item in value]
        return value


class Target(_Strict):
    """Which companies a script is for."""

    offers: tuple[Offer, ...] = ()
    segments: tuple[Text, ...] = ()


class CallScript(_Strict):
    """A call script (ringemanual) with the five phases in their fixed order."""

    id: Slug
    title: Text
    version: Annotated[int, Field(strict=True, ge=1)]
    description: Text | None = None
    goal: Text | None = None
    target: Target = Target()
    phases: dict[Phase, PhaseContent]

    def phase(self, phase: Phase) -> PhaseContent:
        """The content of ``phase`` (every script has all five)."""
        return self.phases[phase]

    def bala_phase(self, step: BalaStep) -> Phase | None:
        """The phase a BALA step belongs to in this script."""
        for phase in PHASE_ORDER:
            if step in self.phases[phase].bala:
                return phase
        return None


class Answer(_Strict):
    """One way to answer an objection."""

    id: Slug
    technique: Technique
    text: Text
    #: A/B variants of :attr:`text` (``text`` is then the first), spread over companies.
    variants: dict[Slug, Text] = Field(default_factory=dict)
    follow_up: Text | None = None
    #: Where a rule or figure in the answer comes from; for trainers, never read aloud.
    source: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _variant_text(cls, data: Any) -> Any:
        return _first_variant(data, "text")

    def text_for(self, variant: str | None) -> str:
        """What to say: ``variant``'s text, else :attr:`text`."""
        return self.variants.get(variant or "", self.text)


class Objection(_Strict):
    """An objection as the customer says it, with answers."""

    id: Slug
    says: Text
    category: Text
    keywords: tuple[Text, ...] = ()
    phases: Annotated[tuple[Phase, ...], Field(min_length=1)] = (Phase.INDVENDINGER,)
    answers: Annotated[tuple[Answer, ...], Field(min_length=1)]


class ObjectionFile(_Strict):
    """One file of the objection bank; ``version`` counts its published versions (the file
    is published as a whole, under its file name: :mod:`canvass.content.published`)."""

    version: Annotated[int, Field(strict=True, ge=1)] = 1
    objections: Annotated[tuple[Objection, ...], Field(min_length=1)]
