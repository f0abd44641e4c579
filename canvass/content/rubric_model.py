"""Pydantic models for sparring rubrics (``rubrics/*.yaml``): what a buddy or trainer
scores after a call or a visit.

A rubric has phases (a call rubric the five phases of the call, a visit rubric the phases
of the customer meeting: *forberedelse, samtalen, aftræk, administration og registrering*),
each with 2–4 checkpoints. A checkpoint is answered yes/no or on a 1–4 scale with a
description of every level; it may be answered "ikke relevant" unless it is mandatory,
and it may carry a weight. The models check shape and types; the rules that need
positions (phase ids of the kind, 2–4 checkpoints, four levels, unique ids) are checked on
the node tree by :mod:`canvass.content.rubric_rules`, with ``file:line:column``. Plain
Python: no Textual.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from canvass.domain.phases import PHASE_ORDER

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, strict=True)]
Slug = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9-]*$"),
]


class RubricKind(StrEnum):
    """What a rubric reviews."""

    CALL = "call"
    VISIT = "visit"


class VisitPhase(StrEnum):
    """The phases of the customer meeting (seeds, module 2)."""

    FORBEREDELSE = "forberedelse"
    SAMTALEN = "samtalen"
    AFTRAEK = "aftraek"
    ADMINISTRATION = "administration"


def phase_ids(kind: RubricKind) -> tuple[str, ...]:
    """The phase ids a rubric of ``kind`` has, in the order of the call or the visit."""
    if kind is RubricKind.CALL:
        return tuple(phase.value for phase in PHASE_ORDER)
    return tuple(phase.value for phase in VisitPhase)


#: Checkpoints a phase has: at least, at most.
CHECKPOINTS_PER_PHASE = (2, 4)
#: Levels a scale checkpoint describes (1–4, lowest first).
SCALE_LEVELS = 4


class AnswerKind(StrEnum):
    """How a checkpoint is answered."""

    YES_NO = "yes_no"
    SCALE = "scale"  # 1–4, each level described


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Checkpoint(_Strict):
    """One thing the reviewer looks for."""

    id: Slug
    text: Text
    kind: AnswerKind
    #: The four levels' descriptions, lowest first (scale only; exactly four).
    levels: tuple[Text, ...] = ()
    mandatory: StrictBool = False  # mandatory: "ikke relevant" is not an answer
    #: Whether "ikke relevant" may be answered; unset means yes unless mandatory
    #: (``na: true`` on a mandatory checkpoint is a problem in the file).
    na: StrictBool | None = None
    weight: Annotated[int, Field(ge=1, le=100, strict=True)] = 1
    #: A question to ask the caller before any advice ("Hvad tænkte du, da …?").
    question: Text | None = None

    @property
    def allows_na(self) -> bool:
        """Whether "ikke relevant" is an answer the reviewer may give here."""
        return not self.mandatory and self.na is not False


class RubricPhase(_Strict):
    """A phase of the call (or visit) and its checkpoints."""

    id: Slug  # a Phase value for a call rubric, a VisitPhase value for a visit rubric
    title: Text
    weight: Annotated[int, Field(ge=1, le=100, strict=True)] = 1
    checkpoints: tuple[Checkpoint, ...]


class Rubric(_Strict):
    """A whole rubric file."""

    rubric: Slug  # the id
    version: Annotated[int, Field(ge=1, strict=True)] = 1
    title: Text
    kind: RubricKind
    description: Text | None = None
    phases: tuple[RubricPhase, ...]

    def phase(self, phase_id: str) -> RubricPhase | None:
        """The phase with this id, or None."""
        return next((phase for phase in self.phases if phase.id == phase_id), None)

    def checkpoint(self, checkpoint_id: str) -> tuple[RubricPhase, Checkpoint] | None:
        """The phase and checkpoint with this id, or None."""
        for phase in self.phases:
            for point in phase.checkpoints:
                if point.id == checkpoint_id:
                    return phase, point
        return None


#: The rubric a review of a call or a visit uses when the library has it (the shipped ones).
DEFAULT_RUBRIC: dict[RubricKind, str] = {RubricKind.CALL: "opkald", RubricKind.VISIT: "besoeg"}


def rubrics_of(rubrics: Mapping[str, Rubric], kind: RubricKind) -> list[Rubric]:
    """The rubrics of ``kind``, the default first, then by id (for a picker)."""
    found = [rubric for rubric in rubrics.values() if rubric.kind is kind]
    return sorted(found, key=lambda rubric: (rubric.rubric != DEFAULT_RUBRIC[kind], rubric.rubric))


def rubric_for(rubrics: Mapping[str, Rubric], kind: RubricKind) -> Rubric | None:
    """The rubric a new review of a call (``CALL``) or a held visit (``VISIT``) starts with:
    the default one (:data:`DEFAULT_RUBRIC`) if it loaded, else the first of that kind by
    id, else None (no valid rubric of that kind: the problems say why)."""
    found = rubrics_of(rubrics, kind)
    return found[0] if found else None
