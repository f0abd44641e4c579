"""A call (or held visit) as the review shows it: goal, phases with their durations, the BALA
steps reached and where it stopped, objections with the answers used, the observer's timed
notes and the outcome — and the moments an observation can be pinned to.

Built from the call's own events (there is no recording). Functions take an open
:class:`Session`; results are frozen dataclasses. Plain Python: no Textual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlmodel import Session, col

from canvass.domain.call_session import CallSession, Event, EventKind
from canvass.domain.phases import PHASE_ORDER, BalaStep, Phase
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant, Meeting
from canvass.store.sparring_models import ObserverNote


@dataclass(frozen=True)
class Goal:
    """What the caller said before the contact: the goal, the tools, what they should do."""

    text: str | None
    tools: tuple[str, ...]
    effect: str


@dataclass(frozen=True)
class PhaseSpan:
    """Time spent in one phase (all its stints), and when it was first entered."""

    phase: str
    seconds: int
    first_offset_s: int


@dataclass(frozen=True)
class Moment:
    """Something an observation can be pinned to: a call event or an observer note."""

    kind: str  # "event" or "note"
    id: int
    offset_s: int  # seconds since the call started
    phase: str | None
    what: str  # an EventKind value, or "note"
    detail: str  # the BALA step, "objection_id/answer_id", or the note's text
    author: str | None = None  # the observer's initials, for a note


@dataclass(frozen=True)
class Timeline:
    """A reviewed call or visit, as the review screen shows it beside the rubric."""

    kind: str  # "call" or "visit"
    id: int
    caller_id: int
    caller: str  # initials
    company: str
    at: datetime
    ended_at: datetime | None
    script_id: str | None
    goal: Goal
    phases: tuple[PhaseSpan, ...]
    bala: tuple[str, ...]  # BalaStep values reached, in order
    stopped_before: str | None  # the first BALA step not reached (None: all reached)
    objections: tuple[tuple[str, str], ...]  # (objection id, answer id) in the order used
    moments: tuple[Moment, ...]  # events and observer notes, in time order
    outcome: str | None
    outcome_comment: str
    purpose: str = ""  # visits
    result_note: str = ""  # visits

    @property
    def notes(self) -> tuple[Moment, ...]:
        """The observer's timed notes."""
        return tuple(m for m in self.moments if m.kind == "note")


def _goal(text: str | None, tools_json: str, effect: str) -> Goal:
    try:
        tools = json.loads(tools_json or "[]")
    except ValueError:
        tools = []
    return Goal(text, tuple(str(x) for x in tools) if isinstance(tools, list) else (), effect)


def _offset(start: datetime, at: datetime) -> int:
    return max(0, int((at - start).total_seconds()))


def _domain_event(row: CallEvent) -> Event | None:
    try:
        kind = EventKind(row.kind)
        phase = Phase(row.phase) if row.phase else None
        step = BalaStep(row.bala_step) if row.bala_step else None
    except ValueError:
        return None
    return Event(kind, row.at, phase, step, row.objection_id, row.answer_id, row.detail)


def _phases(call: Call, events: list[CallEvent]) -> tuple[PhaseSpan, ...]:
    entered = [(e.at, e.phase) for e in events if e.kind == EventKind.PHASE_ENTERED and e.phase]
    end = call.ended_at or (events[-1].at if events else call.started_at)
    spent: dict[str, int] = {}
    first: dict[str, int] = {}
    for index, (at, phase) in enumerate(entered):
        until = entered[index + 1][0] if index + 1 < len(entered) else end
        assert phase is not None
        spent[phase] = spent.get(phase, 0) + _offset(at, until)
        first.setdefault(phase, _offset(call.started_at, at))
    order = [p.value for p in PHASE_ORDER] + sorted(set(spent) - {p.value for p in PHASE_ORDER})
    return tuple(PhaseSpan(p, spent[p], first[p]) for p in order if p in spent)


_SHOWN = (EventKind.PHASE_ENTERED, EventKind.BALA_REACHED, EventKind.OBJECTION, EventKind.DIAL)


def _event_moment(call: Call, row: CallEvent) -> Moment:
    assert row.id is not None
    if row.kind == EventKind.OBJECTION:
        detail = f"{row.objection_id or ''}/{row.answer_id or ''}"
    elif row.kind == EventKind.BALA_REACHED:
        detail = row.bala_step or ""
    else:
        detail = row.phase or ""
    return Moment("event", row.id, _offset(call.started_at, row.at), row.phase, row.kind, detail)


def call_timeline(session: Session, call_id: int) -> Timeline | None:
    """The call's timeline, or None when there is no such call."""
    found = session.exec(
        sqlmodel.select(Call, Company.name, Consultant.initials, CallOutcome)
        .join(Company, col(Company.id) == Call.company_id)
        .join(Consultant, col(Consultant.id) == Call.consultant_id)
        .join(CallOutcome, col(CallOutcome.call_id) == Call.id, isouter=True)
        .where(Call.id == call_id)
    ).first()
    if found is None:
        return None
    call, company, initials, outcome = found
    events = list(
        session.exec(
            sqlmodel.select(CallEvent)
            .where(CallEvent.call_id == call_id)
            .order_by(col(CallEvent.at), col(CallEvent.id))
        )
    )
    replayed = CallSession.replay(
        call.started_at, [e for e in map(_domain_event, events) if e is not None]
    )
    notes = session.exec(
        sqlmodel.select(ObserverNote, Consultant.initials)
        .join(Consultant, col(Consultant.id) == ObserverNote.observer_id)
        .where(ObserverNote.call_id == call_id)
        .order_by(col(ObserverNote.offset_s), col(ObserverNote.id))
    ).all()
    moments = [_event_moment(call, e) for e in events if e.kind in _SHOWN]
    moments += [
        Moment("note", n.id or 0, n.offset_s, n.phase, "note", n.text, author)
        for n, author in notes
    ]
    moments.sort(key=lambda m: (m.offset_s, m.kind == "note", m.id))
    assert call.id is not None
    return Timeline(
        kind="call",
        id=call.id,
        caller_id=call.consultant_id,
        caller=initials,
        company=company,
        at=call.started_at,
        ended_at=call.ended_at,
        script_id=call.script_id,
        goal=_goal(call.goal, call.goal_tools, call.goal_effect),
        phases=_phases(call, events),
        bala=tuple(step.value for step in replayed.bala),
        stopped_before=replayed.next_bala.value if replayed.next_bala else None,
        objections=tuple((o.objection_id, o.answer_id) for o in replayed.objections),
        moments=tuple(moments),
        outcome=outcome.outcome if outcome else None,
        outcome_comment=outcome.comment if outcome else "",
    )


def visit_timeline(session: Session, meeting_id: int) -> Timeline | None:
    """A visit's "timeline": its goal, purpose and result note (no events are recorded)."""
    found = session.exec(
        sqlmodel.select(Meeting, Company.name, Consultant.initials)
        .join(Company, col(Company.id) == Meeting.company_id)
        .join(Consultant, col(Consultant.id) == Meeting.consultant_id)
        .where(Meeting.id == meeting_id)
    ).first()
    if found is None:
        return None
    meeting, company, initials = found
    assert meeting.id is not None
    return Timeline(
        kind="visit",
        id=meeting.id,
        caller_id=meeting.consultant_id,
        caller=initials,
        company=company,
        at=meeting.starts_at,
        ended_at=None,
        script_id=None,
        goal=_goal(meeting.goal, meeting.goal_tools, meeting.goal_effect),
        phases=(),
        bala=(),
        stopped_before=None,
        objections=(),
        moments=(),
        outcome=None,
        outcome_comment="",
        purpose=meeting.purpose,
        result_note=meeting.result_note,
    )


def subject(
    session: Session, *, call_id: int | None, meeting_id: int | None
) -> tuple[int, datetime, str | None] | None:
    """The reviewed subject's caller, time and (a visit's) status, or None if missing."""
    if call_id is not None:
        call = session.get(Call, call_id)
        return None if call is None else (call.consultant_id, call.started_at, None)
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    if meeting is None:
        return None
    return meeting.consultant_id, meeting.starts_at, meeting.status
