"""A rubric review's content: the answers per checkpoint, what worked, what to try next and
the one commitment — as stored (the agreed JSON shapes), checked, scored and compared.

``review.answers_json`` = ``{checkpoint id: {"phase", "kind", "value", "na", "observation",
"pin"}}``; ``review_version.content_json`` = ``{"answers", "worked", "try_next",
"commitment", "status"}``. A phase's score is the weighted mean over its answered, not
"ikke relevant" checkpoints of yes=1, no=0, scale v → (v-1)/3. Plain Python: no Textual, no
database; the rubric is passed in as the content model.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from canvass.content.rubric_model import Rubric

YES, NO = "yes", "no"
MAX_WORKED = 3
SCALE = (1, 2, 3, 4)


@dataclass(frozen=True)
class Pin:
    """The moment of the call an observation is pinned to: a call event or an observer note."""

    event: int | None = None
    note: int | None = None

    def to_json(self) -> dict[str, int]:
        return {"event": self.event} if self.event is not None else {"note": self.note or 0}


@dataclass(frozen=True)
class Answer:
    """One checkpoint's answer. ``value``: 1–4 (scale), "yes"/"no" (yes/no) or None."""

    phase: str
    kind: str  # an AnswerKind value
    value: int | str | None = None
    na: bool = False  # "ikke relevant"
    observation: str = ""
    pin: Pin | None = None

    @property
    def answered(self) -> bool:
        return self.na or self.value is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "kind": self.kind,
            "value": self.value,
            "na": self.na,
            "observation": self.observation,
            "pin": self.pin.to_json() if self.pin is not None else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Answer:
        pin_data = data.get("pin")
        pin = None
        if isinstance(pin_data, Mapping):
            if isinstance(pin_data.get("event"), int):
                pin = Pin(event=pin_data["event"])
            elif isinstance(pin_data.get("note"), int):
                pin = Pin(note=pin_data["note"])
        value = data.get("value")
        if not isinstance(value, int | str) or isinstance(value, bool):
            value = None
        return cls(
            phase=str(data.get("phase", "")),
            kind=str(data.get("kind", "")),
            value=value,
            na=bool(data.get("na", False)),
            observation=str(data.get("observation", "")),
            pin=pin,
        )


@dataclass(frozen=True)
class ReviewContent:
    """Everything one save of a review holds."""

    answers: Mapping[str, Answer] = field(default_factory=dict)
    worked: tuple[str, ...] = ()
    try_next: str = ""
    commitment: str = ""
    status: str = "draft"

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": answers_to_json(self.answers),
            "worked": list(self.worked),
            "try_next": self.try_next,
            "commitment": self.commitment,
            "status": self.status,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewContent:
        answers = data.get("answers")
        worked = data.get("worked")
        return cls(
            answers=answers_from_json(answers if isinstance(answers, Mapping) else {}),
            worked=tuple(str(w) for w in worked) if isinstance(worked, list) else (),
            try_next=str(data.get("try_next", "")),
            commitment=str(data.get("commitment", "")),
            status=str(data.get("status", "draft")),
        )


def answers_to_json(answers: Mapping[str, Answer]) -> dict[str, Any]:
    return {key: answer.to_json() for key, answer in answers.items()}


def answers_from_json(data: Mapping[str, Any]) -> dict[str, Answer]:
    return {str(k): Answer.from_json(v) for k, v in data.items() if isinstance(v, Mapping)}


def loads_answers(text: str) -> dict[str, Answer]:
    """``review.answers_json`` as answers (anything unreadable is left out)."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return answers_from_json(data) if isinstance(data, Mapping) else {}


def loads_worked(text: str) -> tuple[str, ...]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(item) for item in data) if isinstance(data, list) else ()


def cleaned_worked(worked: Sequence[str]) -> tuple[str, ...]:
    """The non-empty things that worked, stripped."""
    return tuple(text.strip() for text in worked if text.strip())


class ContentProblem(ValueError):
    """What is wrong with a review's content: a catalogue key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def check_content(content: ReviewContent, rubric: Rubric | None, *, sharing: bool) -> ReviewContent:
    """The content to save (answers tied to the rubric's phases and kinds), or
    :class:`ContentProblem`. Sharing needs 1–3 things that worked and the one commitment."""
    worked = cleaned_worked(content.worked)
    if len(worked) > MAX_WORKED:
        raise ContentProblem("review.problem.worked_many", most=MAX_WORKED)
    answers: dict[str, Answer] = {}
    for point_id, answer in content.answers.items():
        found = rubric.checkpoint(point_id) if rubric is not None else None
        if rubric is not None and found is None:
            raise ContentProblem("review.problem.unknown_checkpoint", checkpoint=point_id)
        if found is not None:
            phase, point = found
            if answer.na and not point.allows_na:
                raise ContentProblem("review.problem.mandatory", checkpoint=point.text)
            answer = replace(answer, phase=phase.id, kind=point.kind.value)
        _check_value(point_id, answer)
        answers[point_id] = replace(answer, observation=answer.observation.strip())
    commitment = content.commitment.strip()
    if sharing:
        if not worked:
            raise ContentProblem("review.problem.worked_none")
        if not commitment:
            raise ContentProblem("review.problem.commitment")
    return ReviewContent(
        answers=answers,
        worked=worked,
        try_next=content.try_next.strip(),
        commitment=commitment,
        status=content.status,
    )


def _check_value(point_id: str, answer: Answer) -> None:
    if answer.na and answer.value is not None:
        raise ContentProblem("review.problem.na_and_value", checkpoint=point_id)
    if answer.value is None:
        return
    if answer.kind == "scale" and answer.value not in SCALE:
        raise ContentProblem("review.problem.value", checkpoint=point_id)
    if answer.kind == "yes_no" and answer.value not in (YES, NO):
        raise ContentProblem("review.problem.value", checkpoint=point_id)


def point_score(answer: Answer) -> float | None:
    """yes=1, no=0, scale v → (v-1)/3; None when unanswered or "ikke relevant"."""
    if answer.na or answer.value is None:
        return None
    if answer.value == YES:
        return 1.0
    if answer.value == NO:
        return 0.0
    if isinstance(answer.value, int) and 1 <= answer.value <= 4:
        return (answer.value - 1) / 3
    return None


@dataclass(frozen=True)
class PhaseScore:
    """A phase's score (0..1) and how many checkpoints it was computed from."""

    score: float
    answered: int


def score_phases(points: Iterable[tuple[str, Answer, int]]) -> dict[str, PhaseScore]:
    """The one phase score: for each ``(phase id, answer, weight)`` of a review's
    checkpoints, the weighted mean of :func:`point_score` per phase over the answers that
    score (a phase with none is left out). Every phase score in canvass comes from here
    (the review screen's, the caller's trend, the statistics' trends over time)."""
    sums: dict[str, tuple[float, int, int]] = {}
    for phase, answer, weight in points:
        value = point_score(answer)
        if value is None:
            continue
        w = max(1, weight)
        total, weights, count = sums.get(phase, (0.0, 0, 0))
        sums[phase] = (total + w * value, weights + w, count + 1)
    return {
        phase: PhaseScore(total / weights, count) for phase, (total, weights, count) in sums.items()
    }


def phase_scores(rubric: Rubric, answers: Mapping[str, Answer]) -> dict[str, float | None]:
    """Each of the rubric's phases' weighted mean score in 0..1 (None: nothing scored in
    it), by :func:`score_phases` with the rubric's phases and weights."""
    scored = score_phases(
        (phase.id, answers[point.id], point.weight)
        for phase in rubric.phases
        for point in phase.checkpoints
        if point.id in answers
    )
    return {phase.id: (found.score if (found := scored.get(phase.id)) else None)
            for phase in rubric.phases}  # fmt: skip


@dataclass(frozen=True)
class Change:
    """One difference between two saved versions: what, before and after (as text)."""

    what: str  # "answer", "worked", "try_next", "commitment", "status"
    checkpoint: str | None
    before: str
    after: str
    #: For "answer": the answers themselves (None: there was none), to show them translated.
    old: Answer | None = None
    new: Answer | None = None


def _answer_text(answer: Answer | None) -> str:
    if answer is None:
        return ""
    value = "-" if answer.na else ("" if answer.value is None else str(answer.value))
    return f"{value} {answer.observation}".strip()


def changes(before: ReviewContent | None, after: ReviewContent) -> tuple[Change, ...]:
    """What ``after`` changed compared with ``before`` (everything, for the first version)."""
    old = before or ReviewContent()
    found: list[Change] = []
    for point_id in sorted(old.answers.keys() | after.answers.keys()):
        a, b = _answer_text(old.answers.get(point_id)), _answer_text(after.answers.get(point_id))
        if old.answers.get(point_id) != after.answers.get(point_id):
            found.append(
                Change(
                    "answer", point_id, a, b, old.answers.get(point_id), after.answers.get(point_id)
                )
            )
    if old.worked != after.worked:
        found.append(Change("worked", None, " · ".join(old.worked), " · ".join(after.worked)))
    for name in ("try_next", "commitment", "status"):
        a, b = getattr(old, name), getattr(after, name)
        if a != b and (before is not None or name != "status" or b != "draft"):
            found.append(Change(name, None, a, b))
    return tuple(found)
