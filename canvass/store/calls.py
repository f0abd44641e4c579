"""Calls in the database: start (with a claim on the company), events as they happen,
notes, the unfinished call to resume, and the wrap-up saved in one transaction.

Functions take an open :class:`Session`; :mod:`canvass.services.calls` calls
them. Results are frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlmodel
from sqlalchemy import or_, update
from sqlmodel import Session, SQLModel, col

from canvass.domain.call_session import Event, EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BalaStep, Phase
from canvass.domain.wrapup import WrapUp
from canvass.store import contacts
from canvass.store.commitments import settle_callbacks
from canvass.store.models import (
    Call,
    Callback,
    CallEvent,
    CallOutcome,
    Company,
    Consultant,
    JobOrder,
    Meeting,
)
from canvass.store.rows import SessionStats as SessionStats  # re-exported: it was defined here

# Core tables for the conditional UPDATEs (plain SQL, no ORM objects).
_COMPANY = SQLModel.metadata.tables["company"]

#: A claim older than this is considered left behind by a crashed process.
CLAIM_TTL = timedelta(minutes=30)


class CompanyClaimed(Exception):
    """Another consultant is on a call with this company right now."""

    def __init__(self, initials: str) -> None:
        super().__init__(initials)
        self.initials = initials


@dataclass(frozen=True)
class OpenCall:
    """An unfinished call, with everything needed to rebuild its session."""

    call_id: int
    company_id: int
    company_name: str
    script_id: str
    started_at: datetime
    events: tuple[Event, ...]
    notes: str
    contact_id: int | None = None
    #: The script version and file hash the call started with (a resumed call keeps them).
    script_version: int = 0
    script_hash: str = ""


def claim_company(session: Session, company_id: int, consultant_id: int, at: datetime) -> None:
    """Claim the company for ``consultant_id`` or raise :class:`CompanyClaimed`.

    One conditional UPDATE, so two processes on one database cannot both win; a claim
    older than :data:`CLAIM_TTL` (a crashed process) may be taken over.
    """
    c = _COMPANY.c
    result = session.execute(
        update(_COMPANY)
        .where(c.id == company_id)
        .where(
            or_(
                c.claimed_by.is_(None),
                c.claimed_by == consultant_id,
                c.claimed_at < at - CLAIM_TTL,
            )
        )
        .values(claimed_by=consultant_id, claimed_at=at)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        holder = session.exec(
            sqlmodel.select(Consultant.initials)
            .join(Company, col(Company.claimed_by) == Consultant.id)
            .where(Company.id == company_id)
        ).first()
        raise CompanyClaimed(holder or "?")


def release_company(session: Session, company_id: int, consultant_id: int) -> None:
    """Drop the consultant's claim on the company (someone else's claim is left alone)."""
    c = _COMPANY.c
    session.execute(
        update(_COMPANY)
        .where(c.id == company_id, c.claimed_by == consultant_id)
        .values(claimed_by=None, claimed_at=None)
    )


def start_call(
    session: Session,
    *,
    company_id: int,
    consultant_id: int,
    script_id: str,
    script_version: int,
    script_hash: str,
    first_event: Event,
    contact_id: int | None = None,
) -> int:
    """Claim the company, create the call and store its first event; returns the call id."""
    claim_company(session, company_id, consultant_id, first_event.at)
    call = Call(
        company_id=company_id,
        consultant_id=consultant_id,
        contact_id=contact_id,
        script_id=script_id,
        script_version=script_version,
        script_hash=script_hash,
        started_at=first_event.at,
        current_phase=first_event.phase.value if first_event.phase else None,
    )
    session.add(call)
    session.flush()
    assert call.id is not None
    record_events(session, call.id, [first_event])
    return call.id


def record_events(session: Session, call_id: int, events: Iterable[Event]) -> None:
    """Store events as they happen; keeps the call's current phase and notes in step."""
    call = session.get(Call, call_id)
    if call is None:
        raise LookupError(call_id)
    for event in events:
        session.add(
            CallEvent(
                call_id=call_id,
                at=event.at,
                kind=event.kind.value,
                phase=event.phase.value if event.phase else None,
                bala_step=event.bala_step.value if event.bala_step else None,
                objection_id=event.objection_id,
                answer_id=event.answer_id,
                detail=event.detail,
            )
        )
        if event.kind is EventKind.PHASE_ENTERED and event.phase is not None:
            call.current_phase = event.phase.value
        elif event.kind is EventKind.NOTE:
            call.notes, call.notes_updated_at = event.detail, event.at
        elif event.kind is EventKind.CONTACT_SWITCHED and event.detail.isdigit():
            call.contact_id = int(event.detail)
        # Every write refreshes the claim, so a live call never looks abandoned.
        claim_company(session, call.company_id, call.consultant_id, event.at)
    session.add(call)


def open_call(
    session: Session, consultant_id: int, company_id: int | None = None
) -> OpenCall | None:
    """The consultant's latest call without an outcome (on ``company_id``, when given),
    with its events, or None."""
    query = (
        sqlmodel.select(Call, Company.name)
        .join(Company, col(Company.id) == Call.company_id)
        .where(Call.consultant_id == consultant_id, col(Call.ended_at).is_(None))
        .order_by(col(Call.started_at).desc(), col(Call.id).desc())
    )
    if company_id is not None:
        query = query.where(Call.company_id == company_id)
    # One row, found through ix_call_consultant_open (consultant, ended_at, started_at)
    # without reading the consultant's finished calls.
    found = session.exec(query.limit(1)).first()
    if found is None:
        return None
    call, company_name = found
    assert call.id is not None
    rows = session.exec(
        sqlmodel.select(CallEvent)
        .where(CallEvent.call_id == call.id)
        .order_by(col(CallEvent.at), col(CallEvent.id))
    ).all()
    return OpenCall(
        call_id=call.id,
        company_id=call.company_id,
        company_name=company_name,
        script_id=call.script_id,
        started_at=call.started_at,
        events=tuple(_event(row) for row in rows),
        notes=call.notes,
        contact_id=call.contact_id,
        script_version=call.script_version,
        script_hash=call.script_hash,
    )


def _event(row: CallEvent) -> Event:
    return Event(
        kind=EventKind(row.kind),
        at=row.at,
        phase=Phase(row.phase) if row.phase else None,
        bala_step=BalaStep(row.bala_step) if row.bala_step else None,
        objection_id=row.objection_id,
        answer_id=row.answer_id,
        detail=row.detail,
    )


def finish_call(
    session: Session, call_id: int, wrapup: WrapUp, at: datetime, notes: str | None = None
) -> int | None:
    """Store the outcome and its meeting, callback or job order; end the call; release
    the claim. The caller's session commits it all as one transaction. Returns the id of
    the contact person the wrap-up added ("forkert person"), or None.

    ``notes`` are the call's final notes, saved in the same transaction, so they are kept
    even when an earlier save of them had failed."""
    call = session.get(Call, call_id)
    if call is None:
        raise LookupError(call_id)
    call.ended_at = at
    if notes is not None and notes != call.notes:
        call.notes, call.notes_updated_at = notes, at
    session.add(call)
    session.add(
        CallOutcome(
            call_id=call_id,
            outcome=wrapup.outcome.value,
            reached=wrapup.outcome.reached,
            decided_at=at,
            comment=wrapup.comment,
        )
    )
    company_id, consultant_id = call.company_id, call.consultant_id
    if wrapup.meeting is not None:
        m = wrapup.meeting
        session.add(
            Meeting(
                call_id=call_id,
                starts_at=m.starts_at,
                duration_min=m.duration_min,
                location_kind=m.location_kind,
                location=m.location,
                attendees=m.attendees,
                purpose=m.purpose,
                company_id=company_id,
                consultant_id=consultant_id,
            )
        )
    if wrapup.callback is not None:
        session.add(
            Callback(
                call_id=call_id,
                due_at=wrapup.callback.due_at,
                reason=wrapup.callback.reason,
                company_id=company_id,
                consultant_id=consultant_id,
            )
        )
    if wrapup.job_order is not None:
        j = wrapup.job_order
        session.add(
            JobOrder(
                call_id=call_id,
                title=j.title,
                description=j.description,
                positions=j.positions,
                hours_per_week=j.hours_per_week,
                start_date=j.start_date,
                deadline=j.deadline,
                requirements=j.requirements,
                workplace_address=j.workplace_address or None,
                contact_name=j.contact_name or None,
                contact_phone=j.contact_phone or None,
                contact_email=j.contact_email or None,
                p_number=j.p_number or None,
                salary=j.salary,
                employment=j.employment,
                how_to_apply=j.how_to_apply,
                nice_to_have=j.nice_to_have,
                sharing=j.sharing,
                company_id=company_id,
                consultant_id=consultant_id,
            )
        )
    # Only a reached call settles the caller's own callbacks due today; a miss counts.
    settle_callbacks(
        session,
        call_id=call_id,
        company_id=company_id,
        consultant_id=consultant_id,
        reached=wrapup.outcome.reached,
        at=at,
    )
    new_contact_id = _store_company_changes(session, company_id, wrapup)
    release_company(session, call.company_id, call.consultant_id)
    return new_contact_id


def _store_company_changes(session: Session, company_id: int, wrapup: WrapUp) -> int | None:
    """What the wrap-up learnt about the company: the right person, the right number, or
    that it must not be called again. Returns the new contact's id, if one was added."""
    if wrapup.company_phone is not None:
        contacts.set_company_phone(session, company_id, wrapup.company_phone)
    if wrapup.do_not_call:
        contacts.mark_do_not_call(session, company_id)
    if wrapup.new_contact is not None:
        return contacts.add_contact(session, company_id, wrapup.new_contact)
    return None


def session_stats(session: Session, consultant_id: int, since: datetime) -> SessionStats:
    """Calls ended since ``since`` by the consultant: how many, reached, meetings."""
    rows = session.exec(
        sqlmodel.select(CallOutcome.outcome, CallOutcome.reached)
        .join(Call, col(Call.id) == CallOutcome.call_id)
        .where(Call.consultant_id == consultant_id, col(Call.started_at) >= since)
    ).all()
    return SessionStats(
        calls=len(rows),
        reached=sum(1 for _, reached in rows if reached),
        meetings=sum(1 for outcome, _ in rows if outcome == Outcome.MEETING.value),
    )


def last_script_id(session: Session, company_id: int) -> str | None:
    """The script used on the company's latest call."""
    return session.exec(
        sqlmodel.select(Call.script_id)
        .where(Call.company_id == company_id)
        .order_by(col(Call.started_at).desc())
    ).first()


def set_call_script(
    session: Session, call_id: int, script_id: str, version: int, content_hash: str
) -> None:
    """Record that the call switched to another script."""
    call = session.get(Call, call_id)
    if call is not None:
        call.script_id, call.script_version, call.script_hash = script_id, version, content_hash
        session.add(call)
