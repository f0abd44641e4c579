"""The demo's practice: how a small team really works over a few weeks of calls.

On top of the calls of :mod:`canvass.store.demo` this gives the demo what the trainer's
and the team lead's screens are about (issue 12): calls that stop before the end when no
meeting is booked, goals set before most calls but not all, the A/B variants of the
shipped content shown and recorded, and sparring reviews by the buddy or the trainer —
scored on the shipped call rubric, most shared and acknowledged, one a draft, each with
one commitment kept, dropped or still open.

It has its own random source (seeded from the demo's seed), so the rest of the demo draws
exactly what it drew before. Rows are written through the store functions the app uses
(:mod:`canvass.store.calls`, :mod:`canvass.store.goals`, :mod:`canvass.store.review_records`,
:mod:`canvass.store.feedback`), so ``call_fact`` and ``variant_fact`` are derived as for
real calls. Plain Python: no Textual.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from canvass.domain.call_session import EventKind
from canvass.domain.goal import Goal
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import PHASE_ORDER, Phase
from canvass.domain.review import Answer, ReviewContent
from canvass.domain.sparring import CommitmentStatus, ReviewStatus
from canvass.domain.variants import choose_variant, variant_detail
from canvass.store import demo_data as d
from canvass.store import feedback, goals, review_records
from canvass.store.demo_followup import LOCAL, local_time, workday
from canvass.store.models import Call, CallEvent, Consultant
from canvass.store.sparring_models import SparringCommitment

#: Where a reached call without a meeting stopped (weights over PHASE_ORDER).
_STOP_WEIGHTS: dict[Outcome, tuple[int, ...]] = {
    Outcome.NOT_INTERESTED: (2, 3, 4, 1, 0),
    Outcome.CALLBACK: (0, 1, 2, 2, 3),
    Outcome.SEND_MATERIAL: (0, 1, 1, 3, 3),
    Outcome.WRONG_PERSON: (1, 0, 0, 0, 0),
}
#: The most BALA steps a call can have reached by the end of each phase.
_BALA_BY_PHASE = {Phase.AABNING: 0, Phase.ANALYSE: 2, Phase.INDVENDINGER: 2, Phase.LOESNING: 4}
#: Share of calls started without a goal (the debrief shows goals as a tool in use).
NO_GOAL = 0.22
REVIEWS_PER_CALLER = 7
REVIEWED_BY_TRAINER = 3  # every third review is the trainer's


def _seed(seed: int) -> int:
    return seed * 1_000_003 + 12


class Practice:
    """Shapes the demo's calls and adds the team's practice, from its own random source."""

    def __init__(self, session: Session, today: date, seed: int) -> None:
        self.s = session
        self.today = today
        self.rng = random.Random(_seed(seed))
        #: Every demo call's events as kept (in time order), by call id.
        self.events: dict[int, list[CallEvent]] = {}

    # -- calls ---------------------------------------------------------------------------

    def shape(self, call: Call, outcome: Outcome, planned: list[CallEvent]) -> list[CallEvent]:
        """The events of a call as it went: a reached one without a meeting stops in a
        phase (and has at most the BALA steps that phase allows); its current phase and
        its goal are set (before the calls' facts are first derived)."""
        self._goal(call)
        weights = _STOP_WEIGHTS.get(outcome)
        if weights is None:  # a meeting or a job order: the call went all the way
            kept = planned
        else:
            stop = self.rng.choices(PHASE_ORDER, weights)[0]
            reached = set(PHASE_ORDER[: PHASE_ORDER.index(stop) + 1])
            bala = _BALA_BY_PHASE.get(stop, 4)
            kept, steps = [], 0
            for event in planned:
                if event.kind == EventKind.BALA_REACHED.value:
                    steps += 1
                    if steps > bala:
                        continue
                elif event.phase is not None and Phase(event.phase) not in reached:
                    continue
                kept.append(event)
            call.current_phase = stop.value
        assert call.id is not None
        self.events[call.id] = kept
        return kept

    def versions_and_variants(self, calls: Sequence[tuple[Call, Outcome]]) -> int:
        """Calls of the script with an A/B line since its current version was published
        record that version and the variant shown; answers with variants likewise. The
        number of ``variant_shown`` events written."""
        since = local_time(self.today - timedelta(days=d.VARIANTS_SINCE_DAYS), 0)
        script, before, now = d.VARIANT_SCRIPT
        written = 0
        for call, _ in calls:
            assert call.id is not None
            recent = call.started_at >= since
            if call.script_id == script:
                call.script_version = now if recent else before
                self.s.add(call)
            if not recent:
                continue
            found = self._variant_events(call, self.events.get(call.id, []))
            self.s.add_all(found)
            written += len(found)
        return written

    def _variant_events(self, call: Call, events: list[CallEvent]) -> list[CallEvent]:
        """What the call screen records (:class:`canvass.services.live_call.LiveCall`): a
        line's variant when its phase is first shown, an answer's when it is used."""
        assert call.id is not None
        found: list[CallEvent] = []
        shown = EventKind.VARIANT_SHOWN.value
        for event in events:
            if (
                event.kind == EventKind.PHASE_ENTERED.value
                and call.script_id == d.VARIANT_SCRIPT[0]
            ):
                for line_id, variants in d.LINE_VARIANTS.get(event.phase or "", {}).items():
                    chosen = choose_variant(call.company_id, line_id, variants) or ""
                    detail = variant_detail(line_id, chosen)
                    found.append(
                        CallEvent(
                            call_id=call.id, at=event.at, kind=shown, phase=event.phase,
                            detail=detail,
                        )
                    )  # fmt: skip
            elif event.kind == EventKind.OBJECTION.value and event.answer_id in d.ANSWER_VARIANTS:
                answer_id = event.answer_id or ""
                picked = choose_variant(call.company_id, answer_id, d.ANSWER_VARIANTS[answer_id])
                found.append(
                    CallEvent(
                        call_id=call.id, at=event.at, kind=shown, phase=event.phase,
                        objection_id=event.objection_id, answer_id=answer_id,
                        detail=variant_detail(answer_id, picked or ""),
                    )
                )  # fmt: skip
        return found

    def _goal(self, call: Call) -> None:
        """Most calls start with a goal and the tools meant to reach it; some without."""
        assert call.id is not None
        if self.rng.random() < NO_GOAL:
            goal = Goal()
        else:
            goal = Goal.of(call.goal or d.CALL_GOALS[0], list(self.rng.choice(d.GOAL_TOOLS)), "")
        goals.set_call_goal(self.s, call.id, goal)

    # -- sparring ------------------------------------------------------------------------

    def reviews(self, calls: Sequence[tuple[Call, Outcome]], people: dict[str, Consultant]) -> int:
        """Reviews of the buddies' reached calls by the buddy (or now and then the
        trainer), spread over the history: better scores over time, the newest of each
        caller's still to be read (or, once, a draft), older commitments settled."""
        latest = local_time(workday(self.today - timedelta(days=3), -1), 16)
        written = 0
        for caller, buddy in d.REVIEW_PAIRS:
            mine = [
                c
                for c, o in calls
                if o.reached and c.consultant_id == people[caller].id and c.started_at < latest
            ]
            chosen = self._spread(mine)
            reviewers = [
                people[d.TRAINER if i % REVIEWED_BY_TRAINER == 2 else buddy]
                for i in range(len(chosen))
            ]
            written += self._reviews_of(chosen, reviewers, people[caller], draft=caller == "MK")
        return written

    def _spread(self, calls: list[Call]) -> list[Call]:
        """One call from each of REVIEWS_PER_CALLER equal stretches of the history, so
        the reviews come week after week (not three of one day)."""
        ordered = sorted(calls, key=lambda c: c.started_at)
        size = len(ordered) / REVIEWS_PER_CALLER
        return [
            self.rng.choice(ordered[int(i * size) : int((i + 1) * size)])
            for i in range(REVIEWS_PER_CALLER)
        ]

    def _reviews_of(
        self, chosen: list[Call], reviewers: list[Consultant], caller: Consultant, *, draft: bool
    ) -> int:
        commitments: list[int] = []
        shared_at: list[datetime] = []
        for index, (call, reviewer) in enumerate(zip(chosen, reviewers, strict=True)):
            assert call.id is not None and reviewer.id is not None and caller.id is not None
            progress = index / max(1, len(chosen) - 1)
            at = self._next_afternoon(call.ended_at or call.started_at)
            row = review_records.create(
                self.s, reviewer_id=reviewer.id, caller_id=caller.id, call_id=call.id,
                meeting_id=None, rubric_id=d.RUBRIC[0], rubric_version=d.RUBRIC[1], now=at,
            )  # fmt: skip
            last = index == len(chosen) - 1
            status = ReviewStatus.DRAFT if draft and last else ReviewStatus.SHARED
            content = self._content(call, progress, status)
            if status is ReviewStatus.SHARED and self.rng.random() < 0.5:
                # first saved as a draft, shared after a second look an hour later
                first = ReviewContent(content.answers, content.worked, "", "", "draft")
                review_records.save(self.s, row, reviewer.id, first, at)
                at += timedelta(hours=1)
            review_records.save(self.s, row, reviewer.id, content, at)
            if status is ReviewStatus.DRAFT:
                continue
            assert row.id is not None
            if not last:  # the caller read it the next working day
                read = local_time(workday(at.astimezone(LOCAL).date() + timedelta(days=1), 1), 9)
                feedback.acknowledge(self.s, row.id, read)
                if self.rng.random() < 0.4:
                    text = self.rng.choice(d.REVIEW_REPLIES)
                    feedback.add_comment(self.s, row.id, caller.id, text, read)
            query = select(SparringCommitment.id).where(SparringCommitment.review_id == row.id)
            commitment_id = self.s.exec(query).first()
            if commitment_id is not None:
                commitments.append(commitment_id)
                shared_at.append(at)
        self._settle(commitments, shared_at)
        return len(chosen)

    def _settle(self, commitments: list[int], shared_at: list[datetime]) -> None:
        """Every commitment but the newest is kept (mostly) or dropped by the next review."""
        for commitment_id, next_review in zip(commitments, shared_at[1:], strict=False):
            status = CommitmentStatus.KEPT if self.rng.random() < 0.75 else CommitmentStatus.DROPPED
            settled = next_review - timedelta(hours=2)
            feedback.set_commitment_status(self.s, commitment_id, status, settled)

    def _next_afternoon(self, after: datetime) -> datetime:
        day = workday(after.astimezone(LOCAL).date() + timedelta(days=self.rng.randint(1, 2)), 1)
        day = min(day, workday(self.today - timedelta(days=1), -1))
        return local_time(day, self.rng.randint(13, 15), self.rng.choice((0, 15, 30, 45)))

    def _content(self, call: Call, progress: float, status: ReviewStatus) -> ReviewContent:
        """Answers on the call rubric: better with ``progress`` (0 first … 1 last review);
        a phase the call never reached is "ikke relevant"."""
        assert call.id is not None
        visited = {e.phase for e in self.events.get(call.id, []) if e.phase}
        answers: dict[str, Answer] = {}
        for phase, checkpoint, kind in d.RUBRIC_CHECKPOINTS:
            if phase not in visited:
                answers[checkpoint] = Answer(phase, kind, na=True)
                continue
            level = 1.4 + 2.2 * progress + self.rng.uniform(-0.7, 0.7)
            if kind == "scale":
                value: int | str = max(1, min(4, round(level)))
            else:
                value = "yes" if self.rng.random() < 0.45 + 0.45 * progress else "no"
            answers[checkpoint] = Answer(phase, kind, value)
        worked = tuple(self.rng.sample(d.REVIEW_WORKED, self.rng.randint(1, 2)))
        return ReviewContent(
            answers,
            worked,
            self.rng.choice(d.REVIEW_TRY_NEXT),
            self.rng.choice(d.REVIEW_COMMITMENTS),
            status.value,
        )
