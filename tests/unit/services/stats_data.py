"""A small, hand-built dataset for the statistics, whose answers are worked out by hand in
the tests (never by the code under test).

People: AB (1) and MK (2), consultants and buddies; TL (3) team lead; TR (4) trainer.
Companies: C1 "Hansen & Søn ApS" segment industri; C2 "Bager Jensen" without a segment.
The period of the tests is November 2026 (Copenhagen days). Calls (UTC start):

===  ==  ==  ======  ===================  ==============  =====  =====================
no.  by  co  script  started (UTC)        outcome         BALA   phases entered, last
===  ==  ==  ======  ===================  ==============  =====  =====================
1    AB  C1  s v1    2026-11-23 09:00     meeting         4      aabning analyse loesning afsl.
2    AB  C2  s v1    2026-11-23 10:00     not_interested  1 (*)  aabning analyse indvendinger
3    AB  C1  s v2    2026-11-24 09:00     no_answer       0      aabning
4    MK  C1  s v2    2026-11-24 10:00     meeting         1      aabning analyse
5    MK  C2  s v2    2026-11-25 09:00     callback        0      aabning
6    MK  C2  t v1    2026-11-17 09:00     job_order       3      aabning analyse loesning
7    AB  C1  s v1    2026-10-20 09:00     meeting         0      aabning  (before the period)
8    MK  C1  s v1    2026-11-26 09:00     (unfinished)    0      aabning  (no outcome)
9    AB  C2  s v1    2026-11-30 23:30     busy            0      aabning  (= 1 Dec in Copenhagen)
10   MK  C1  t v1    2026-10-31 23:30     voicemail       0      aabning  (= 1 Nov in Copenhagen)
===  ==  ==  ======  ===================  ==============  =====  =====================

(*) two steps reached, the last one undone.

Objections: call 1 pris/pris-a in analyse; call 2 pris/pris-b in analyse and tid/tid-a in
indvendinger; call 4 pris/pris-a in aabning; call 6 tid/tid-a in loesning; call 7
pris/pris-b (before the period). Goals: calls 1, 3, 4 (call 5's goal is blank).
A/B variants shown: the opening line "hilsen" — a on calls 1, 3, 5, 9; b on calls 2, 4,
8; the answer pris-a — kort on call 1 (shown twice), lang on call 4; the answer tid-a — x
on calls 2 (script s) and 6 (script t).
Reviews: R1 call 1 by MK, shared 24/11; R2 call 2 by MK, draft; R3 call 6 by AB, shared
20/11; R4 call 4 by TR, shared 25/11; R5 call 7 by MK, shared 21/10. Commitments: R1 AB
kept; R3 MK open; R4 MK dropped; R5 AB kept (made 21/10).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from canvass.domain.sparring import Role
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant
from canvass.store.sparring_models import Review, SparringCommitment

AB, MK, TL, TR = 1, 2, 3, 4


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


# no: (consultant, company, script, version, start, outcome, reached, phases, bala, goal)
CALLS = {
    1: (AB, 1, "s", 1, _at(11, 23, 9), "meeting", True,
        ["aabning", "analyse", "loesning", "afslutning"], ["+"] * 4, "Book et besøg"),
    2: (AB, 2, "s", 1, _at(11, 23, 10), "not_interested", True,
        ["aabning", "analyse", "indvendinger"], ["+", "+", "-"], None),
    3: (AB, 1, "s", 2, _at(11, 24, 9), "no_answer", False, ["aabning"], [], "Få navnet"),
    4: (MK, 1, "s", 2, _at(11, 24, 10), "meeting", True, ["aabning", "analyse"], ["+"],
        "Book et besøg"),
    5: (MK, 2, "s", 2, _at(11, 25, 9), "callback", True, ["aabning"], [], "  "),
    6: (MK, 2, "t", 1, _at(11, 17, 9), "job_order", True, ["aabning", "analyse", "loesning"],
        ["+"] * 3, None),
    7: (AB, 1, "s", 1, _at(10, 20, 9), "meeting", True, ["aabning"], [], None),
    8: (MK, 1, "s", 1, _at(11, 26, 9), None, False, ["aabning"], [], None),
    9: (AB, 2, "s", 1, _at(11, 30, 23, 30), "busy", False, ["aabning"], [], None),
    10: (MK, 1, "t", 1, _at(10, 31, 23, 30), "voicemail", False, ["aabning"], [], None),
}  # fmt: skip

OBJECTIONS = [  # (call, objection, answer, phase)
    (1, "pris", "pris-a", "analyse"),
    (2, "pris", "pris-b", "analyse"),
    (2, "tid", "tid-a", "indvendinger"),
    (4, "pris", "pris-a", "aabning"),
    (6, "tid", "tid-a", "loesning"),
    (7, "pris", "pris-b", "aabning"),
]

STEPS = ["behov", "accept_behov", "loesning", "accept_loesning"]

VARIANTS = [  # (call, objection, answer, detail): objection None for a script line
    (1, None, None, "hilsen:a"),
    (2, None, None, "hilsen:b"),
    (3, None, None, "hilsen:a"),
    (4, None, None, "hilsen:b"),
    (5, None, None, "hilsen:a"),
    (8, None, None, "hilsen:b"),
    (9, None, None, "hilsen:a"),
    (1, "pris", "pris-a", "pris-a:kort"),
    (1, "pris", "pris-a", "pris-a:kort"),
    (4, "pris", "pris-a", "pris-a:lang"),
    (2, "tid", "tid-a", "tid-a:x"),
    (6, "tid", "tid-a", "tid-a:x"),
]


def fill(session: Session) -> None:
    """Add the dataset to a database holding the service fixture's AB, MK and C1."""
    session.add(Consultant(initials="TL", name="Tina Leder", role=Role.TEAMLEAD.value))
    session.add(Consultant(initials="TR", name="Tom Træner", role=Role.TRAINER.value))
    session.add(Company(name="Bager Jensen", segment=None))
    session.flush()
    for no, (
        who,
        company,
        script,
        version,
        start,
        outcome,
        reached,
        phases,
        bala,
        goal,
    ) in CALLS.items():
        session.add(
            Call(
                id=no, company_id=company, consultant_id=who, script_id=script,
                script_version=version, started_at=start,
                ended_at=None if outcome is None else start, current_phase=phases[-1],
                goal=goal,
            )
        )  # fmt: skip
        session.flush()
        for phase in phases:
            session.add(CallEvent(call_id=no, at=start, kind="phase_entered", phase=phase))
        level = 0
        for sign in bala:
            if sign == "+":
                step, level = STEPS[level], level + 1
                session.add(CallEvent(call_id=no, at=start, kind="bala_reached", bala_step=step))
            else:
                level -= 1
                session.add(
                    CallEvent(call_id=no, at=start, kind="bala_undone", bala_step=STEPS[level])
                )
        if outcome is not None:
            session.add(CallOutcome(call_id=no, outcome=outcome, reached=reached, decided_at=start))
    for no, objection, answer, phase in OBJECTIONS:
        session.add(
            CallEvent(
                call_id=no, at=CALLS[no][4], kind="objection", phase=phase,
                objection_id=objection, answer_id=answer,
            )
        )  # fmt: skip
    for no, objection, answer, detail in VARIANTS:
        session.add(
            CallEvent(
                call_id=no, at=CALLS[no][4], kind="variant_shown", phase="aabning",
                objection_id=objection, answer_id=answer, detail=detail,
            )
        )  # fmt: skip
    reviews = [  # (id, call, reviewer, caller, status, moment, commitment)
        (1, 1, MK, AB, "shared", _at(11, 24, 12), "kept"),
        (2, 2, MK, AB, "draft", _at(11, 24, 13), None),
        (3, 6, AB, MK, "shared", _at(11, 20, 12), "open"),
        (4, 4, TR, MK, "shared", _at(11, 25, 12), "dropped"),
        (5, 7, MK, AB, "shared", _at(10, 21, 12), "kept"),
    ]
    for rid, call, reviewer, caller, status, moment, commitment in reviews:
        session.add(
            Review(
                id=rid, call_id=call, reviewer_id=reviewer, caller_id=caller, status=status,
                created_at=moment, updated_at=moment,
                shared_at=moment if status == "shared" else None,
            )
        )  # fmt: skip
        session.flush()
        if commitment is not None:
            session.add(
                SparringCommitment(
                    review_id=rid, consultant_id=caller, text="Spørg om behov",
                    status=commitment, created_at=moment,
                )
            )  # fmt: skip
