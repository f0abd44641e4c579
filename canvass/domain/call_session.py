"""The state of one call: phase, BALA steps, objections, notes and the time per phase.

Every change returns the :class:`Event` to persist at once, and the state can be
rebuilt from those events, which is how an unfinished call resumes after a crash.
Plain Python: no Textual, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from canvass.domain.phases import BALA_ORDER, PHASE_ORDER, BalaStep, Phase


class EventKind(StrEnum):
    """What an :class:`Event` records (the same values as the database's ``call_event.kind``)."""

    PHASE_ENTERED = "phase_entered"
    PHASE_LEFT = "phase_left"
    BALA_REACHED = "bala_reached"
    BALA_UNDONE = "bala_undone"
    OBJECTION = "objection"
    NOTE = "note"
    DIAL = "dial"  # the number was handed to the phone (detail: the number dialled)
    SCRIPT_SWITCHED = "script_switched"  # detail: the new script's id
    CONTACT_SWITCHED = "contact_switched"  # detail: the contact person's id
    #: An A/B variant was shown: detail "<line or answer id>:<variant id>"; an answer's
    #: event also names objection_id and answer_id, a line's its phase.
    VARIANT_SHOWN = "variant_shown"


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened during a call, ready to be stored."""

    kind: EventKind
    at: datetime
    phase: Phase | None = None
    bala_step: BalaStep | None = None
    objection_id: str | None = None
    answer_id: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ObjectionUse:
    """An objection raised during the call and the answer the consultant used."""

    objection_id: str
    answer_id: str
    phase: Phase
    at: datetime


@dataclass
class CallSession:
    """A call in progress. Methods change the state and return the events to persist."""

    started_at: datetime
    phase: Phase = Phase.AABNING
    phase_entered_at: datetime | None = None
    bala: list[BalaStep] = field(default_factory=list)
    objections: list[ObjectionUse] = field(default_factory=list)
    notes: str = ""
    _spent: dict[Phase, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.phase_entered_at is None:
            self.phase_entered_at = self.started_at

    @classmethod
    def begin(cls, at: datetime) -> tuple[CallSession, Event]:
        """A new call in the opening phase, and the event that records entering it."""
        session = cls(started_at=at)
        return session, Event(EventKind.PHASE_ENTERED, at, phase=Phase.AABNING)

    # -- phases -------------------------------------------------------------

    def go_to(self, phase: Phase, at: datetime) -> list[Event]:
        """Move to ``phase``; nothing happens (no events) when already there."""
        if phase == self.phase:
            return []
        self._spent[self.phase] = self.seconds_in(self.phase, at)
        left = Event(EventKind.PHASE_LEFT, at, phase=self.phase)
        self.phase, self.phase_entered_at = phase, at
        return [left, Event(EventKind.PHASE_ENTERED, at, phase=phase)]

    def step(self, delta: int, at: datetime) -> list[Event]:
        """Move ``delta`` phases forward (or back), stopping at the first and last."""
        index = PHASE_ORDER.index(self.phase) + delta
        return self.go_to(PHASE_ORDER[max(0, min(len(PHASE_ORDER) - 1, index))], at)

    def seconds_in(self, phase: Phase, now: datetime) -> float:
        """Time spent in ``phase`` so far, including the current stint."""
        spent = self._spent.get(phase, 0.0)
        if phase == self.phase and self.phase_entered_at is not None:
            spent += max(0.0, (now - self.phase_entered_at).total_seconds())
        return spent

    def elapsed(self, now: datetime) -> float:
        """Seconds since the call started."""
        return max(0.0, (now - self.started_at).total_seconds())

    # -- BALA ---------------------------------------------------------------

    @property
    def next_bala(self) -> BalaStep | None:
        """The BALA step to reach next, or None when all four are reached."""
        return BALA_ORDER[len(self.bala)] if len(self.bala) < len(BALA_ORDER) else None

    @property
    def closed(self) -> bool:
        """A call that reached the second Accept closed (DOMAIN.md)."""
        return len(self.bala) == len(BALA_ORDER)

    def reach_bala(self, at: datetime) -> Event | None:
        """Mark the next BALA step reached; None when all are reached already."""
        step = self.next_bala
        if step is None:
            return None
        self.bala.append(step)
        return Event(EventKind.BALA_REACHED, at, phase=self.phase, bala_step=step)

    def undo_bala(self, at: datetime) -> Event | None:
        """Take back the last BALA step; None when none is reached."""
        if not self.bala:
            return None
        step = self.bala.pop()
        return Event(EventKind.BALA_UNDONE, at, phase=self.phase, bala_step=step)

    # -- objections and notes -------------------------------------------------

    def use_objection(self, objection_id: str, answer_id: str, at: datetime) -> Event:
        """Record that an objection came up and which answer was used."""
        self.objections.append(ObjectionUse(objection_id, answer_id, self.phase, at))
        return Event(
            EventKind.OBJECTION,
            at,
            phase=self.phase,
            objection_id=objection_id,
            answer_id=answer_id,
        )

    def set_notes(self, text: str, at: datetime) -> Event | None:
        """Replace the notes; None when they did not change."""
        if text == self.notes:
            return None
        self.notes = text
        return Event(EventKind.NOTE, at, phase=self.phase, detail=text)

    # -- resume ---------------------------------------------------------------

    @classmethod
    def replay(cls, started_at: datetime, events: Iterable[Event]) -> CallSession:
        """Rebuild a call from its stored events (in time order)."""
        session = cls(started_at=started_at)
        for event in events:
            session._apply(event)
        return session

    def _apply(self, event: Event) -> None:
        if event.kind is EventKind.PHASE_ENTERED and event.phase is not None:
            if event.phase != self.phase:
                self._spent[self.phase] = self.seconds_in(self.phase, event.at)
                self.phase = event.phase
            self.phase_entered_at = event.at
        elif event.kind is EventKind.BALA_REACHED and event.bala_step is not None:
            if event.bala_step == self.next_bala:
                self.bala.append(event.bala_step)
        elif event.kind is EventKind.BALA_UNDONE and self.bala:
            self.bala.pop()
        elif event.kind is EventKind.OBJECTION and event.objection_id and event.answer_id:
            self.objections.append(
                ObjectionUse(
                    event.objection_id, event.answer_id, event.phase or self.phase, event.at
                )
            )
        elif event.kind is EventKind.NOTE:
            self.notes = event.detail
