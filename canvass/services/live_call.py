"""One open call: its state, and what each thing the consultant does writes.

The call screen turns keys into these methods and draws the result; every change is
handed to the ordered :class:`~canvass.store.writer.Writer` at once (never waited
for), so the events are stored in the order they happened, off the UI thread.
Nothing here knows Textual, so the call's logic is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from canvass.domain.call_session import CallSession, Event, EventKind
from canvass.domain.goal import Goal
from canvass.domain.phases import PHASE_ORDER, Phase
from canvass.domain.variants import choose_variant, variant_detail

if TYPE_CHECKING:
    from canvass.content.models import Answer, CallScript
    from canvass.content.validate import Library
    from canvass.domain.wrapup import WrapUp
    from canvass.services.calls import CallService, OpenedCall
    from canvass.store.cards import CompanyCard, ContactInfo
    from canvass.store.writer import Writer


class LiveCall:
    """The call on the screen: phase, BALA, objections, notes, contact, script, outcome."""

    def __init__(
        self,
        calls: CallService,
        writer: Writer,
        library: Library,
        clock: Callable[[], datetime],
        opened: OpenedCall,
    ) -> None:
        self._calls, self._writer, self._library, self._clock = calls, writer, library, clock
        self.call_id: int = opened.call_id
        self.card: CompanyCard = opened.card
        self.script: CallScript | None = opened.script
        self.session: CallSession = opened.session
        self.resumed = opened.resumed is not None
        #: Phases the call has been in (the stepper marks them).
        self.visited: set[Phase] = {
            e.phase for e in (opened.resumed.events if opened.resumed else ()) if e.phase
        }
        self.ending = False  # the outcome is on its way to the database
        self.goal: Goal = opened.goal  # what the consultant set out to do (g)
        self.focus: str | None = opened.focus  # their open commitment from the last review
        #: Variant details ("<item id>:<variant id>") already recorded in this call.
        self._variants_recorded: set[str] = {
            e.detail
            for e in (opened.resumed.events if opened.resumed else ())
            if e.kind is EventKind.VARIANT_SHOWN
        }

    # -- what the consultant does ------------------------------------------------------

    def go_to(self, number: int) -> bool:
        """Jump to phase ``number`` (1–5); False when already there."""
        return self._move(lambda now: self.session.go_to(PHASE_ORDER[number - 1], now))

    def step(self, delta: int) -> bool:
        """Next (1) or previous (-1) phase; False at either end."""
        return self._move(lambda now: self.session.step(delta, now))

    def _move(self, move: Callable[[datetime], list[Event]]) -> bool:
        before = self.session.phase
        events = move(self._clock())
        if events:
            self.visited.add(before)
            self._save(events)
        return bool(events)

    def reach_bala(self) -> bool:
        """Mark the next BALA step reached; False when all four are (nothing written)."""
        event = self.session.reach_bala(self._clock())
        self._save([event])
        return event is not None

    def undo_bala(self) -> None:
        """Take back the last BALA step."""
        self._save([self.session.undo_bala(self._clock())])

    def use_objection(self, objection_id: str, answer_id: str) -> None:
        """The company raised an objection and the consultant used this answer (and, for
        an answer with A/B variants, the variant this company is shown)."""
        at = self._clock()
        events: list[Event] = [self.session.use_objection(objection_id, answer_id, at)]
        objection = self._library.objections.get(objection_id)
        answer = (
            next((a for a in objection.answers if a.id == answer_id), None) if objection else None
        )
        variant = self.answer_variant(answer) if answer is not None else None
        if variant is not None:
            detail = variant_detail(answer_id, variant)
            self._variants_recorded.add(detail)
            phase = self.session.phase
            events.append(
                Event(
                    EventKind.VARIANT_SHOWN,
                    at,
                    phase=phase,
                    objection_id=objection_id,
                    answer_id=answer_id,
                    detail=detail,
                )
            )
        self._save(events)

    # -- A/B variants --------------------------------------------------------------------

    def answer_variant(self, answer: Answer) -> str | None:
        """The variant of ``answer`` this company is shown (None: it has no variants)."""
        return choose_variant(self.card.id, answer.id, answer.variants)

    def show_variants(self, phase: Phase) -> dict[str, str]:
        """The variant of each line of ``phase`` that has variants (line id → variant id),
        for drawing; the first time a line is shown in this call, that is recorded."""
        if self.script is None:
            return {}
        chosen = self.script.phase(phase).chosen_variants(self.card.id)
        events: list[Event] = []
        for line_id, variant in chosen.items():
            detail = variant_detail(line_id, variant)
            if detail not in self._variants_recorded:
                self._variants_recorded.add(detail)
                events.append(
                    Event(EventKind.VARIANT_SHOWN, self._clock(), phase=phase, detail=detail)
                )
        self._save(events)
        return chosen

    def set_notes(self, text: str) -> None:
        """The notes as typed so far (written only when they changed)."""
        self._save([self.session.set_notes(text, self._clock())])

    def set_goal(self, goal: Goal) -> None:
        """The goal of the call, its tools and what they should achieve (stored in order
        with the events; an empty goal clears it)."""
        self.goal = goal
        call_id, calls = self.call_id, self._calls
        self._writer.submit(lambda: calls.set_goal(call_id, goal))

    def dialled(self, number: str) -> None:
        """The number was handed to the phone."""
        at = self._clock()
        self._save([Event(EventKind.DIAL, at, phase=self.session.phase, detail=number)])

    def switch_contact(self) -> ContactInfo | None:
        """Talk to the company's next contact person (in the order they were added);
        None when it has fewer than two."""
        if len(self.card.contacts) < 2:
            return None
        current = self.card.contact.id if self.card.contact else -1
        ordered = sorted(self.card.contacts, key=lambda c: c.id)
        chosen = next((c for c in ordered if c.id > current), ordered[0])
        self.card = self.card.with_contact(chosen.id)
        at, phase = self._clock(), self.session.phase
        self._save([Event(EventKind.CONTACT_SWITCHED, at, phase=phase, detail=str(chosen.id))])
        return chosen

    def switch_script(self, script_id: str) -> bool:
        """Go on with another script of the library; False for one it does not have."""
        if script_id not in self._library.scripts:
            return False
        script = self.script = self._library.scripts[script_id]
        call_id, content_hash = self.call_id, self._library.content_hash(script.id)
        calls = self._calls
        at, phase = self._clock(), self.session.phase
        self._save([Event(EventKind.SCRIPT_SWITCHED, at, phase=phase, detail=script.id)])
        self._writer.submit(
            lambda: calls.set_call_script(call_id, script.id, script.version, content_hash)
        )
        return True

    def finish(
        self,
        wrapup: WrapUp,
        notes: str,
        on_done: Callable[[int | None], None],
        on_failed: Callable[[], None],
    ) -> bool:
        """Store the outcome (with the final notes) after every earlier write.

        ``on_done`` hears the id of a contact person the wrap-up added (or None),
        ``on_failed`` that storing failed (the call stays open); both on the writer's
        thread. False (nothing queued) when the outcome is already on its way.
        """
        if self.ending:
            return False
        self.ending = True
        call_id, at, calls = self.call_id, self._clock(), self._calls

        def finish() -> None:
            try:
                new_contact_id = calls.finish_call(call_id, wrapup, at, notes)
            except Exception:
                self.ending = False
                on_failed()
                raise  # the writer reports it
            on_done(new_contact_id)

        self._writer.submit(finish)
        return True

    # -- what the screen shows ---------------------------------------------------------

    def objections_said(self) -> list[str]:
        """What the company said, for each objection raised so far (in order)."""
        known = self._library.objections
        return [
            known[u.objection_id].says for u in self.session.objections if u.objection_id in known
        ]

    @property
    def behind(self) -> bool:
        """A write failed and has not been stored since ("not saved yet")."""
        return self._writer.behind

    def flush(self) -> None:
        """Wait until everything handed to the writer so far is stored."""
        self._writer.flush()

    def _save(self, events: list[Event] | list[Event | None]) -> None:
        """Hand events to the writer at once; it stores them in order off the UI thread."""
        to_store = [e for e in events if e is not None]
        if to_store:
            call_id, calls = self.call_id, self._calls
            self._writer.submit(lambda: calls.record_events(call_id, to_store))
