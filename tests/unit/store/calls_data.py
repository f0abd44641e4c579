"""Finished calls for the history and correction tests, made through the real store path."""

from __future__ import annotations

from datetime import UTC, datetime

from canvass.domain.call_session import CallSession
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store.models import Company, Consultant
from canvass.store.store import Store

#: Monday 23 November 2026, 10:00 in Copenhagen.
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def people(store: Store) -> None:
    """Consultants AB (1) and MK (2); companies Hansen & Søn (1) and Østergaard (2)."""
    with store.session() as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.add(Consultant(initials="MK", name="Mads Kristensen"))
        session.add(Company(name="Hansen & Søn ApS", phone="75821140"))
        session.add(Company(name="Østergaard Byg", phone="22334455"))


def finished_call(
    store: Store,
    wrapup: WrapUp,
    *,
    company_id: int = 1,
    consultant_id: int = 1,
    at: datetime = T0,
    notes: str = "",
    objection: str | None = None,
) -> int:
    """A call started at ``at``, with notes and an objection, wrapped up a minute later."""
    state, first = CallSession.begin(at)
    call_id = Services.of(store).calls.start_call(
        company_id=company_id,
        consultant_id=consultant_id,
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    events = [state.set_notes(notes, at)]
    if objection:
        events.append(state.use_objection(objection, f"{objection}-svar", at))
    Services.of(store).calls.record_events(call_id, [e for e in events if e is not None])
    Services.of(store).calls.finish_call(call_id, wrapup, at.replace(minute=at.minute + 1))
    return call_id
