"""What happens in calls: which objections come up (in which phase, and each answer's
meetings), and where reached calls without a meeting stopped (phase and BALA step)."""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session

from canvass.domain.phases import BALA_ORDER, PHASE_ORDER
from canvass.domain.stats import Rate
from canvass.services.stats_rows import AnswerRow, ObjectionRow, Stops
from canvass.store import stats as q
from canvass.store import stats_events as qe


def phase_order(phase: str) -> tuple[int, str]:
    ids = [p.value for p in PHASE_ORDER]
    return (ids.index(phase), phase) if phase in ids else (len(ids), phase)


def objections(session: Session, scope: q.Scope) -> tuple[ObjectionRow, ...]:
    uses: dict[str, int] = defaultdict(int)
    phases: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    answers: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in qe.objections(session, scope):
        uses[row.objection_id] += row.uses
        phases[row.objection_id][row.phase or ""] += row.uses
        tally = answers[row.objection_id][row.answer_id or ""]
        tally[0] += row.uses
        tally[1] += row.meetings
    return tuple(
        ObjectionRow(
            objection_id=objection,
            uses=total,
            phases=tuple(
                (phase, Rate(count, total))
                for phase, count in sorted(
                    phases[objection].items(), key=lambda p: phase_order(p[0])
                )
            ),
            answers=tuple(
                AnswerRow(answer, used, Rate(meetings, used))
                for answer, (used, meetings) in sorted(answers[objection].items())
            ),
        )
        for objection, total in sorted(uses.items())
    )


def stops(session: Session, scope: q.Scope) -> Stops:
    by_phase = {phase or "": count for phase, count in qe.stop_phases(session, scope).items()}
    total = sum(by_phase.values())
    at_least = qe.stop_steps(session, scope)
    levels = [total] + [at_least.get(step.value, 0) for step in BALA_ORDER] + [0]
    names = [""] + [step.value for step in BALA_ORDER]
    return Stops(
        calls=total,
        by_phase=tuple(
            (phase, Rate(count, total))
            for phase, count in sorted(by_phase.items(), key=lambda p: phase_order(p[0]))
        ),
        # Ending at level k: at level ≥ k but not ≥ k + 1 (level 0: no step at all).
        by_bala=tuple(
            (names[k], Rate(levels[k] - levels[k + 1], total)) for k in range(len(names))
        ),
    )
