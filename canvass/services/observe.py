"""Live observation: a buddy (or a trainer) follows a caller's calls from a second terminal.

Only the caller's current buddy or a trainer may follow them
(:func:`canvass.domain.sparring_access.may_observe`), and this service refuses everyone
else with :class:`AccessDenied` — the screens only show what it allows. The observer
polls :meth:`ObserveService.change_token` (cheap) and reads :meth:`ObserveService.snapshot`
when it changed; a heartbeat keeps the observation fresh, which the caller sees
("MH følger med", :meth:`ObserveService.watchers`). The observer's notes are theirs,
never part of the caller's call notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session

from canvass.domain.call_session import CallSession, Event, EventKind, ObjectionUse
from canvass.domain.phases import PHASE_ORDER, BalaStep, Phase
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor, may_observe
from canvass.i18n import t
from canvass.services.base import Service
from canvass.store import observe as repo
from canvass.store.models import Call, Consultant
from canvass.store.observe import CallView, ObservedEvent, ObserverNoteRow, Watcher

#: An observation whose heartbeat is older than this is no longer shown to the caller.
FRESH = timedelta(seconds=10)
#: The longest observer note kept (longer text is refused, never cut).
NOTE_MAX = 2000


@dataclass(frozen=True)
class CallSnapshot:
    """The followed call as the observer sees it, at the moment it was read."""

    view: CallView
    phase: Phase
    phase_since: datetime
    visited: tuple[Phase, ...]  # in the call's order of first entering them
    bala: tuple[BalaStep, ...]
    objections: tuple[ObjectionUse, ...]
    spent: dict[Phase, float] = field(default_factory=dict)  # excluding the current stint

    @property
    def call_id(self) -> int:
        return self.view.call_id

    @property
    def ended(self) -> bool:
        return self.view.ended_at is not None

    @property
    def events(self) -> tuple[ObservedEvent, ...]:
        return self.view.events

    @property
    def notes(self) -> tuple[ObserverNoteRow, ...]:
        return self.view.notes

    def _until(self, now: datetime) -> datetime:
        ended = self.view.ended_at
        return min(now, ended) if ended is not None else now

    def elapsed(self, now: datetime) -> float:
        """Seconds since the call started (until it ended)."""
        return max(0.0, (self._until(now) - self.view.started_at).total_seconds())

    def in_phase(self, now: datetime) -> float:
        """Seconds in the current phase's current stint."""
        return max(0.0, (self._until(now) - self.phase_since).total_seconds())

    def seconds_in(self, phase: Phase, now: datetime) -> float:
        """All the time spent in ``phase`` so far."""
        spent = self.spent.get(phase, 0.0)
        return spent + self.in_phase(now) if phase == self.phase else spent

    def offset(self, at: datetime) -> int:
        """Whole seconds from the call's start to ``at``."""
        return max(0, int((at - self.view.started_at).total_seconds()))


def snapshot_of(view: CallView) -> CallSnapshot:
    """Rebuild the call's state (phase, BALA, objections, time per phase) from its events."""
    events = [_event(e) for e in view.events]
    session = CallSession.replay(view.started_at, events)
    visited: list[Phase] = []
    for event in events:
        entered = event.kind is EventKind.PHASE_ENTERED
        if entered and event.phase is not None and event.phase not in visited:
            visited.append(event.phase)
    since = session.phase_entered_at or view.started_at
    spent = {p: session.seconds_in(p, since) for p in PHASE_ORDER if p in visited}
    return CallSnapshot(
        view=view,
        phase=session.phase,
        phase_since=since,
        visited=tuple(visited),
        bala=tuple(session.bala),
        objections=tuple(session.objections),
        spent=spent,
    )


def _event(observed: ObservedEvent) -> Event:
    return Event(
        kind=observed.kind,
        at=observed.at,
        phase=observed.phase,
        bala_step=BalaStep(observed.bala_step) if observed.bala_step else None,
        objection_id=observed.objection_id,
        answer_id=observed.answer_id,
        detail=observed.detail,
    )


class ObserveService(Service):
    """Follow a caller live: start, heartbeat, stop, what the call looks like, notes."""

    # -- access ------------------------------------------------------------------------

    @staticmethod
    def _check(session: Session, observer_id: int, observed_id: int) -> None:
        """Raise :class:`AccessDenied` (or ``LookupError``) unless the observer may follow
        ``observed_id`` now."""
        observer = session.get(Consultant, observer_id)
        observed = session.get(Consultant, observed_id)
        if observer is None or observed is None:
            raise LookupError(observer_id if observer is None else observed_id)
        actor = Actor(observer_id, Role(observer.role))
        if may_observe(actor, observed_id, observed.buddy_id):
            return
        if observer_id == observed_id:
            raise AccessDenied(t("observe.denied.self"))
        raise AccessDenied(t("observe.denied", initials=observed.initials))

    def check(self, observer_id: int, observed_id: int) -> None:
        """Raise :class:`AccessDenied` unless ``observer_id`` may follow ``observed_id``."""
        self._store.read(lambda s: self._check(s, observer_id, observed_id))

    # -- the observation ---------------------------------------------------------------

    def start(self, observer_id: int, observed_id: int, at: datetime) -> int:
        """Begin following (refused with :class:`AccessDenied`); the observation's id."""

        def work(session: Session) -> int:
            self._check(session, observer_id, observed_id)
            return repo.start_observation(session, observer_id, observed_id, at)

        return self._store.write(work)

    def heartbeat(self, observation_id: int, at: datetime) -> bool:
        """The observer is still there; False when the observation has ended."""
        return self._store.write(lambda s: repo.heartbeat(s, observation_id, at))

    def stop(self, observation_id: int, at: datetime) -> None:
        """The observer stopped following."""
        self._store.write(lambda s: repo.stop_observation(s, observation_id, at))

    def watchers(self, consultant_id: int, now: datetime) -> list[Watcher]:
        """Who follows ``consultant_id`` right now (a heartbeat within :data:`FRESH`)."""
        return self._store.read(lambda s: repo.watchers(s, consultant_id, now - FRESH))

    # -- the followed call -------------------------------------------------------------

    def change_token(self, observed_id: int) -> tuple[object, ...]:
        """Changes with every event, phase, goal, start and end of ``observed_id``'s call."""
        return self._store.read(lambda s: repo.change_token(s, observed_id))

    def snapshot(self, observer_id: int, observed_id: int) -> CallSnapshot | None:
        """The observed consultant's open call now (None between calls)."""

        def work(session: Session) -> CallSnapshot | None:
            self._check(session, observer_id, observed_id)
            call_id = repo.open_call_id(session, observed_id)
            view = repo.call_view(session, call_id, observer_id) if call_id else None
            return snapshot_of(view) if view else None

        return self._store.read(work)

    def call_snapshot(self, observer_id: int, call_id: int) -> CallSnapshot | None:
        """One call (open or ended) of someone the observer may follow; None if gone."""

        def work(session: Session) -> CallSnapshot | None:
            call = session.get(Call, call_id)
            if call is None:
                return None
            self._check(session, observer_id, call.consultant_id)
            view = repo.call_view(session, call_id, observer_id)
            return snapshot_of(view) if view else None

        return self._store.read(work)

    # -- the observer's notes ----------------------------------------------------------

    def add_note(
        self,
        call_id: int,
        observer_id: int,
        text: str,
        offset_s: int,
        phase: Phase | None,
        at: datetime,
    ) -> ObserverNoteRow:
        """Keep one of the observer's notes; ``ValueError`` for an empty or too long one."""
        cleaned = text.strip()
        if not cleaned:
            raise ValueError(t("observe.note_empty"))
        if len(cleaned) > NOTE_MAX:
            raise ValueError(t("observe.note_too_long", limit=NOTE_MAX))

        def work(session: Session) -> ObserverNoteRow:
            call = session.get(Call, call_id)
            if call is None:
                raise LookupError(call_id)
            self._check(session, observer_id, call.consultant_id)
            return repo.add_observer_note(
                session,
                call_id=call_id,
                observer_id=observer_id,
                text=cleaned,
                offset_s=offset_s,
                phase=phase,
                at=at,
            )

        return self._store.write(work)

    def notes(self, call_id: int, observer_id: int) -> list[ObserverNoteRow]:
        """The observer's own notes on a call (nobody else's)."""
        return self._store.read(lambda s: repo.observer_notes(s, call_id, observer_id))


__all__ = [
    "FRESH",
    "AccessDenied",
    "CallSnapshot",
    "CallView",
    "ObserveService",
    "ObservedEvent",
    "ObserverNoteRow",
    "Watcher",
    "snapshot_of",
]
