"""Live observation in the database: who follows whom (with a heartbeat), the followed
caller's open call as the observer sees it, a cheap token that changes with every key
the caller presses, and the observer's own notes.

Functions take an open :class:`Session`; :mod:`canvass.services.observe` calls them.
Results are frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlalchemy import func, select, update
from sqlmodel import Session, SQLModel, col

from canvass.domain.call_session import EventKind
from canvass.domain.phases import Phase
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant
from canvass.store.sparring_models import Observation, ObserverNote

_OBSERVATION = SQLModel.metadata.tables["observation"]
_CALL = SQLModel.metadata.tables["call"]
_EVENT = SQLModel.metadata.tables["call_event"]

#: What the observer sees of a call's events: everything but the caller's own notes.
SHOWN_KINDS = tuple(kind.value for kind in EventKind if kind is not EventKind.NOTE)


@dataclass(frozen=True)
class Watcher:
    """A colleague following a caller right now."""

    observer_id: int
    initials: str
    name: str


@dataclass(frozen=True)
class ObservedEvent:
    """One event of the followed call (never the caller's notes)."""

    id: int
    at: datetime
    kind: EventKind
    phase: Phase | None
    bala_step: str | None
    objection_id: str | None
    answer_id: str | None
    detail: str


@dataclass(frozen=True)
class ObserverNoteRow:
    """One of the observer's notes on a call."""

    id: int
    call_id: int
    observer_id: int
    at: datetime
    offset_s: int
    phase: Phase | None
    text: str


@dataclass(frozen=True)
class CallView:
    """A call as the observer sees it: the rows it is drawn from."""

    call_id: int
    consultant_id: int
    company_name: str
    company_phone: str | None
    script_id: str
    started_at: datetime
    ended_at: datetime | None
    current_phase: Phase | None
    goal: str | None
    goal_tools: tuple[str, ...]
    goal_effect: str
    outcome: str | None
    events: tuple[ObservedEvent, ...]
    notes: tuple[ObserverNoteRow, ...]


# -- observations ------------------------------------------------------------------------


def start_observation(session: Session, observer_id: int, observed_id: int, at: datetime) -> int:
    """Begin following ``observed_id`` (ending this observer's earlier open ones of them);
    returns the observation's id."""
    session.execute(
        update(_OBSERVATION)
        .where(
            _OBSERVATION.c.observer_id == observer_id,
            _OBSERVATION.c.observed_id == observed_id,
            _OBSERVATION.c.ended_at.is_(None),
        )
        .values(ended_at=at)
    )
    row = Observation(observer_id=observer_id, observed_id=observed_id, started_at=at, seen_at=at)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def heartbeat(session: Session, observation_id: int, at: datetime) -> bool:
    """The observer is still there; False when the observation has ended (or is gone)."""
    result = session.execute(
        update(_OBSERVATION)
        .where(_OBSERVATION.c.id == observation_id, _OBSERVATION.c.ended_at.is_(None))
        .values(seen_at=at)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def stop_observation(session: Session, observation_id: int, at: datetime) -> None:
    """The observer stopped following."""
    session.execute(
        update(_OBSERVATION)
        .where(_OBSERVATION.c.id == observation_id, _OBSERVATION.c.ended_at.is_(None))
        .values(ended_at=at, seen_at=at)
    )


def watchers(session: Session, observed_id: int, since: datetime) -> list[Watcher]:
    """Who follows ``observed_id`` with a heartbeat at or after ``since`` (by initials)."""
    rows = session.exec(
        sqlmodel.select(Consultant.id, Consultant.initials, Consultant.name)
        .join(Observation, col(Observation.observer_id) == Consultant.id)
        .where(
            Observation.observed_id == observed_id,
            col(Observation.ended_at).is_(None),
            col(Observation.seen_at) >= since,
        )
        .distinct()
        .order_by(col(Consultant.initials))
    ).all()
    return [Watcher(int(observer_id or 0), initials, name) for observer_id, initials, name in rows]


# -- the followed call -------------------------------------------------------------------


def change_token(session: Session, observed_id: int) -> tuple[object, ...]:
    """A value that changes whenever what the observer sees of ``observed_id`` changes:
    a call starts or ends, an event is stored, the phase or the goal changes.

    Two indexed reads: the open call (``ix_call_consultant_open``) and its newest event
    (``call_event.call_id``); cheap at a million calls."""
    c = _CALL.c
    row = session.execute(
        select(c.id, c.current_phase, c.goal, c.goal_tools, c.goal_effect)
        .where(c.consultant_id == observed_id, c.ended_at.is_(None))
        .order_by(c.started_at.desc(), c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return (None,)
    newest = session.execute(
        select(func.max(_EVENT.c.id)).where(_EVENT.c.call_id == row[0])
    ).scalar()
    return (*row, newest)


def open_call_id(session: Session, consultant_id: int) -> int | None:
    """The id of the consultant's latest unfinished call, or None."""
    # One row through ix_call_consultant_open (consultant, ended_at, started_at).
    c = _CALL.c
    found = session.execute(
        select(c.id)
        .where(c.consultant_id == consultant_id, c.ended_at.is_(None))
        .order_by(c.started_at.desc(), c.id.desc())
        .limit(1)
    ).scalar()
    return int(found) if found is not None else None


def call_view(session: Session, call_id: int, observer_id: int) -> CallView | None:
    """The call with its events and ``observer_id``'s notes on it, or None."""
    found = session.exec(
        sqlmodel.select(Call, Company.name, Company.phone)
        .join(Company, col(Company.id) == Call.company_id)
        .where(Call.id == call_id)
    ).first()
    if found is None:
        return None
    call, company_name, company_phone = found
    events = session.exec(
        sqlmodel.select(CallEvent)
        .where(CallEvent.call_id == call_id, col(CallEvent.kind).in_(SHOWN_KINDS))
        .order_by(col(CallEvent.at), col(CallEvent.id))
    ).all()
    outcome = session.exec(
        sqlmodel.select(CallOutcome.outcome).where(CallOutcome.call_id == call_id)
    ).first()
    return CallView(
        call_id=call_id,
        consultant_id=call.consultant_id,
        company_name=company_name,
        company_phone=company_phone,
        script_id=call.script_id,
        started_at=call.started_at,
        ended_at=call.ended_at,
        current_phase=Phase(call.current_phase) if call.current_phase else None,
        goal=call.goal,
        goal_tools=_tools(call.goal_tools),
        goal_effect=call.goal_effect or "",
        outcome=outcome,
        events=tuple(_observed(row) for row in events),
        notes=tuple(observer_notes(session, call_id, observer_id)),
    )


def _tools(stored: str | None) -> tuple[str, ...]:
    try:
        tools = json.loads(stored or "[]")
    except ValueError:
        return ()
    return tuple(str(tool) for tool in tools) if isinstance(tools, list) else ()


def _observed(row: CallEvent) -> ObservedEvent:
    assert row.id is not None
    return ObservedEvent(
        id=row.id,
        at=row.at,
        kind=EventKind(row.kind),
        phase=Phase(row.phase) if row.phase else None,
        bala_step=row.bala_step,
        objection_id=row.objection_id,
        answer_id=row.answer_id,
        detail=row.detail,
    )


# -- the observer's notes ----------------------------------------------------------------


def add_observer_note(
    session: Session,
    *,
    call_id: int,
    observer_id: int,
    text: str,
    offset_s: int,
    phase: Phase | None,
    at: datetime,
) -> ObserverNoteRow:
    """Store one of the observer's notes on a call."""
    note = ObserverNote(
        call_id=call_id,
        observer_id=observer_id,
        at=at,
        offset_s=max(0, offset_s),
        phase=phase.value if phase else None,
        text=text,
    )
    session.add(note)
    session.flush()
    return _note(note)


def observer_notes(session: Session, call_id: int, observer_id: int) -> list[ObserverNoteRow]:
    """``observer_id``'s notes on the call, in the order of the call."""
    rows = session.exec(
        sqlmodel.select(ObserverNote)
        .where(ObserverNote.call_id == call_id, ObserverNote.observer_id == observer_id)
        .order_by(col(ObserverNote.offset_s), col(ObserverNote.id))
    ).all()
    return [_note(row) for row in rows]


def _note(row: ObserverNote) -> ObserverNoteRow:
    assert row.id is not None
    return ObserverNoteRow(
        id=row.id,
        call_id=row.call_id,
        observer_id=row.observer_id,
        at=row.at,
        offset_s=row.offset_s,
        phase=Phase(row.phase) if row.phase else None,
        text=row.text,
    )
