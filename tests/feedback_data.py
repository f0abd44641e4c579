"""A fixed set of sparring reviews for the caller's side, written straight through the models
(the reviewer's side that normally writes them is another part of the app).

The caller (AB, a consultant) has three shared reviews by their buddy (MK) and one draft;
another consultant has one shared review. With :data:`RUBRIC`'s weights the phase scores
are, by call time (hand-computed; see tests/unit/services/test_feedback_service.py):

- 1 Nov, review A: aabning (1·1 + 2·2/3) / 3 = 7/9 (2 answered), analyse 0 (1 answered)
- 3 Nov, review C: aabning 1 (1 answered)
- 5 Nov, review B: aabning (1·0 + 2·1) / 3 = 2/3 (2), analyse (3·1/3) / 3 = 1/3 (1)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from canvass.content.rubric_model import Rubric
from canvass.domain.sparring import Role
from canvass.store.models import Call, CallOutcome, Company, Consultant
from canvass.store.sparring_models import (
    Review,
    ReviewComment,
    ReviewVersion,
    SparringCommitment,
)

RUBRIC = Rubric.model_validate(
    {
        "rubric": "opkald-test",
        "version": 1,
        "title": "Telefonopkald (test)",
        "kind": "call",
        "phases": [
            {
                "id": "aabning",
                "title": "Åbning — skab kontakt",
                "checkpoints": [
                    {
                        "id": "praesenterede",
                        "text": "Præsenterede sig og formålet",
                        "kind": "yes_no",
                    },
                    {
                        "id": "tempo",
                        "text": "Roligt tempo og god stemme",
                        "kind": "scale",
                        "weight": 2,
                        "levels": ["Jaget", "Lidt hurtigt", "Roligt", "Roligt og varmt"],
                    },
                ],
            },
            {
                "id": "analyse",
                "title": "Analyse — find behovet",
                "checkpoints": [
                    {
                        "id": "hv-spoergsmaal",
                        "text": "Åbne hv-spørgsmål før løsning",
                        "kind": "scale",
                        "weight": 3,
                        "levels": ["Ingen", "Få", "Flere", "Mange og gode"],
                    },
                    {"id": "opsummerede", "text": "Opsummerede behovet", "kind": "yes_no"},
                ],
            },
        ],
    }
)

RUBRICS = {RUBRIC.rubric: RUBRIC}


def _day(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def answer(phase: str, value: Any, *, na: bool = False, observation: str = "") -> dict[str, Any]:
    """One entry of ``review.answers_json`` in the agreed shape."""
    kind = "scale" if isinstance(value, int) else "yes_no"
    return {"phase": phase, "kind": kind, "value": value, "na": na,
            "observation": observation, "pin": None}  # fmt: skip


@dataclass(frozen=True)
class FeedbackData:
    """The ids of what :func:`add_feedback` wrote."""

    caller: int
    author: int
    trainer: int
    teamlead: int
    other: int
    review_a: int
    review_b: int
    review_c: int
    draft: int
    others_review: int
    commitment_a: int
    commitment_b: int


def _consultant(session: Session, initials: str, name: str, role: Role) -> int:
    found = session.exec(select(Consultant).where(Consultant.initials == initials)).first()
    if found is None:
        found = Consultant(initials=initials, name=name)
    found.role = role.value
    session.add(found)
    session.flush()
    assert found.id is not None
    return found.id


def _call(session: Session, company_id: int, caller: int, at: datetime, outcome: str) -> int:
    call = Call(company_id=company_id, consultant_id=caller, script_id="rekruttering",
                started_at=at, ended_at=at.replace(minute=6), goal="Book besøg")  # fmt: skip
    session.add(call)
    session.flush()
    assert call.id is not None
    session.add(CallOutcome(call_id=call.id, outcome=outcome, reached=True, decided_at=at))
    return call.id


def _review(
    session: Session,
    call_id: int,
    caller: int,
    author: int,
    answers: dict[str, Any],
    *,
    shared_at: datetime | None,
    worked: list[str],
    try_next: str,
    commitment: str,
) -> tuple[int, int | None]:
    review = Review(
        call_id=call_id, reviewer_id=author, caller_id=caller, rubric_id=RUBRIC.rubric,
        answers_json=json.dumps(answers), worked_json=json.dumps(worked), try_next=try_next,
        status="shared" if shared_at else "draft", created_at=shared_at or _day(20),
        updated_at=shared_at or _day(20), shared_at=shared_at,
    )  # fmt: skip
    session.add(review)
    session.flush()
    assert review.id is not None
    content = {"answers": answers, "worked": worked, "try_next": try_next,
               "commitment": commitment, "status": review.status}  # fmt: skip
    saved = json.dumps(content)
    version = ReviewVersion(review_id=review.id, version=1, author_id=author,
                            saved_at=review.updated_at, content_json=saved)  # fmt: skip
    session.add(version)
    commitment_id = None
    if shared_at is not None:
        row = SparringCommitment(review_id=review.id, consultant_id=caller, text=commitment,
                                 created_at=shared_at)  # fmt: skip
        session.add(row)
        session.flush()
        commitment_id = row.id
    return review.id, commitment_id


def add_feedback(session: Session, company_id: int | None = None) -> FeedbackData:
    """Write the fixed reviews (AB and MK are found or made; TR, TL and SL are made)."""
    caller = _consultant(session, "AB", "Anne Bech", Role.CONSULTANT)
    author = _consultant(session, "MK", "Mads Kristensen", Role.CONSULTANT)
    trainer = _consultant(session, "TR", "Tove Rask", Role.TRAINER)
    teamlead = _consultant(session, "TL", "Tage Lind", Role.TEAMLEAD)
    other = _consultant(session, "SL", "Sara Lund", Role.CONSULTANT)
    if company_id is None:
        company = session.exec(select(Company).order_by(Company.id)).first()
        assert company is not None and company.id is not None
        company_id = company.id
    a, commitment_a = _review(
        session, _call(session, company_id, caller, _day(1), "meeting"), caller, author,
        {"praesenterede": answer("aabning", "yes", observation="Klar [intro] med navn"),
         "tempo": answer("aabning", 3),
         "hv-spoergsmaal": answer("analyse", None, na=True),
         "opsummerede": answer("analyse", "no", observation="Accept kom før behovet")},
        shared_at=_day(2), worked=["God åbning", "Lyttede"],
        try_next="Spørg om behovet to gange", commitment="Spørg om behovet to gange før løsningen",
    )  # fmt: skip
    b, commitment_b = _review(
        session, _call(session, company_id, caller, _day(5), "callback"), caller, author,
        {"praesenterede": answer("aabning", "no"), "tempo": answer("aabning", 4),
         "hv-spoergsmaal": answer("analyse", 2), "opsummerede": answer("analyse", None)},
        shared_at=_day(6), worked=["Roligt tempo"], try_next="Flere hv-spørgsmål",
        commitment="Tre hv-spørgsmål i hvert opkald",
    )  # fmt: skip
    c, _ = _review(
        session, _call(session, company_id, caller, _day(3), "not_interested"), caller, author,
        {"praesenterede": answer("aabning", "yes")},
        shared_at=_day(7), worked=["Kort og klar"], try_next="Hold pausen",
        commitment="Vent tre sekunder efter et nej",
    )  # fmt: skip
    draft, _ = _review(
        session, _call(session, company_id, caller, _day(8), "meeting"), caller, author,
        {"praesenterede": answer("aabning", "no")},
        shared_at=None, worked=["Udkast"], try_next="Udkast", commitment="Udkast",
    )  # fmt: skip
    others, _ = _review(
        session, _call(session, company_id, other, _day(4), "meeting"), other, author,
        {"praesenterede": answer("aabning", "no")},
        shared_at=_day(4, 12), worked=["Andet"], try_next="Andet", commitment="Andet",
    )  # fmt: skip
    session.add(ReviewComment(review_id=a, author_id=author, at=_day(2, 10),
                              text="Hvad tænkte du, da kunden sagde »ikke tid«?"))  # fmt: skip
    session.flush()
    assert commitment_a is not None and commitment_b is not None
    return FeedbackData(caller, author, trainer, teamlead, other, a, b, c, draft, others,
                        commitment_a, commitment_b)  # fmt: skip
