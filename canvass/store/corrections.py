"""Correcting a saved call: the consultant's own calls of the same Copenhagen day.

A correction changes the outcome, the notes and the meeting, callback or job order the
call made, in one transaction, and keeps what it was before and what it became in
``call_revision`` — never a silent overwrite. A meeting that is changed or no longer
wanted gets the next calendar ``SEQUENCE`` (cancelled, never deleted, so the next .ics
export removes it from the calendar); a callback or job order no longer wanted is
removed (its values stay in the revision).

Functions take an open :class:`Session`; the services (:mod:`canvass.services`) call them.
Plain Python: no Textual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlmodel
from sqlmodel import Session, col

from canvass.domain.outcomes import Outcome
from canvass.domain.when import copenhagen_day
from canvass.domain.wrapup import CallbackDraft, JobOrderDraft, MeetingDraft, WrapUp
from canvass.i18n import t
from canvass.store import audit
from canvass.store.audit_model import AuditAction
from canvass.store.followup import touch_meeting
from canvass.store.history import HistoryCall, finished_calls, history_rows
from canvass.store.models import (
    Call,
    Callback,
    CallOutcome,
    CallRevision,
    Company,
    JobOrder,
    Meeting,
    MeetingStatus,
)

#: The meeting fields a calendar shows: a change to one of them bumps the SEQUENCE.
_MEETING_FIELDS = ("starts_at", "duration_min", "location_kind", "location", "attendees", "purpose")
_JOB_FIELDS = tuple(JobOrderDraft.__dataclass_fields__)
_JOB_NULLABLE = frozenset(
    {
        "workplace_address", "contact_name", "contact_phone", "contact_email", "p_number",
        "employment", "sharing",
    }
)  # fmt: skip


@dataclass(frozen=True)
class CallState:
    """A saved call as the wrap-up dialog shows it for correcting."""

    call_id: int
    company_id: int
    company_name: str
    company_address: str  # the place a meeting chosen now would default to
    consultant_id: int
    started_at: datetime
    notes: str
    wrapup: WrapUp | None  # None when the outcome is unknown to this canvass


def todays_calls(session: Session, consultant_id: int, now: datetime) -> list[HistoryCall]:
    """The consultant's finished calls of today (Copenhagen), newest first."""
    start, end = copenhagen_day(now)
    query = finished_calls().where(
        Call.consultant_id == consultant_id,
        col(Call.started_at) >= start,
        col(Call.started_at) < end,
    )
    return history_rows(session, session.exec(query).all())


def may_correct(call: Call, consultant_id: int, now: datetime) -> bool:
    """Only one's own finished call, and only on the (Copenhagen) day it was made."""
    start, end = copenhagen_day(now)
    return (
        call.consultant_id == consultant_id
        and call.ended_at is not None
        and start <= call.started_at.astimezone(UTC) < end
    )


def _meeting(session: Session, call_id: int) -> Meeting | None:
    """The call's meeting that still stands (not cancelled), if any."""
    return session.exec(
        sqlmodel.select(Meeting)
        .where(Meeting.call_id == call_id, Meeting.status != MeetingStatus.CANCELLED.value)
        .order_by(col(Meeting.id).desc())
    ).first()


def _callback(session: Session, call_id: int) -> Callback | None:
    return session.exec(
        sqlmodel.select(Callback).where(Callback.call_id == call_id).order_by(col(Callback.id))
    ).first()


def _job_order(session: Session, call_id: int) -> JobOrder | None:
    return session.exec(
        sqlmodel.select(JobOrder).where(JobOrder.call_id == call_id).order_by(col(JobOrder.id))
    ).first()


def _outcome(session: Session, call_id: int) -> CallOutcome | None:
    return session.exec(sqlmodel.select(CallOutcome).where(CallOutcome.call_id == call_id)).first()


def call_state(session: Session, call_id: int) -> CallState | None:
    """The call with its outcome, meeting, callback and job order as a :class:`WrapUp`."""
    call = session.get(Call, call_id)
    if call is None or call.id is None:
        return None
    company = session.get(Company, call.company_id)
    outcome = _outcome(session, call_id)
    wrapup = None
    if outcome is not None and outcome.outcome in {o.value for o in Outcome}:
        meeting, callback, order = (
            _meeting(session, call_id),
            _callback(session, call_id),
            _job_order(session, call_id),
        )
        wrapup = WrapUp(
            Outcome(outcome.outcome),
            outcome.comment,
            MeetingDraft(*(getattr(meeting, name) for name in _MEETING_FIELDS))
            if meeting
            else None,
            CallbackDraft(callback.due_at, callback.reason) if callback else None,
            JobOrderDraft(*(_job_value(order, name) for name in _JOB_FIELDS)) if order else None,
        )
    return CallState(
        call_id=call.id,
        company_id=call.company_id,
        company_name=company.name if company else "",
        company_address=_address(company) if company else "",
        consultant_id=call.consultant_id,
        started_at=call.started_at,
        notes=call.notes,
        wrapup=wrapup,
    )


def _address(company: Company) -> str:
    town = " ".join(part for part in (company.zip, company.city) if part)
    return ", ".join(part for part in (company.address, town) if part)


def _job_value(order: JobOrder, name: str) -> Any:
    value = getattr(order, name)
    if name == "hours_per_week" and value is not None:
        return float(value)
    keeps_none = ("start_date", "deadline", "hours_per_week", "employment", "sharing")
    return "" if value is None and name not in keeps_none else value


def _plain(value: Any) -> Any:
    """A JSON-able copy: datetimes and dates as ISO text (UTC for moments)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def snapshot(session: Session, call: Call) -> dict[str, Any]:
    """What the call holds now, as plain JSON-able values."""
    assert call.id is not None
    outcome = _outcome(session, call.id)
    meeting, callback, order = (
        _meeting(session, call.id),
        _callback(session, call.id),
        _job_order(session, call.id),
    )
    return {
        "outcome": outcome.outcome if outcome else None,
        "comment": outcome.comment if outcome else "",
        "notes": call.notes,
        "meeting": {name: _plain(getattr(meeting, name)) for name in _MEETING_FIELDS}
        if meeting
        else None,
        "callback": {"due_at": _plain(callback.due_at), "reason": callback.reason}
        if callback
        else None,
        "job_order": {name: _plain(getattr(order, name)) for name in _JOB_FIELDS}
        if order
        else None,
    }


def correct_call(
    session: Session,
    call_id: int,
    consultant_id: int,
    at: datetime,
    *,
    wrapup: WrapUp | None = None,
    notes: str | None = None,
) -> bool:
    """Change the outcome and what it made (``wrapup``) and/or the ``notes`` of a call.

    Returns False when nothing changed (no revision is stored). Raises ``ValueError``
    (translated) for a call that is not the consultant's own from today.
    """
    call = session.get(Call, call_id)
    if call is None:
        raise ValueError(t("history.error.no_call", id=call_id))
    if not may_correct(call, consultant_id, at):
        raise ValueError(t("history.error.not_yours_today"))
    before = snapshot(session, call)
    if notes is not None:
        call.notes, call.notes_updated_at = notes, at
        session.add(call)
    if wrapup is not None:
        _apply(session, call, wrapup, at)
    session.flush()
    after = snapshot(session, call)
    if after == before:
        return False
    session.add(
        CallRevision(
            call_id=call_id,
            consultant_id=consultant_id,
            changed_at=at,
            before_json=json.dumps(before, ensure_ascii=False, sort_keys=True),
            after_json=json.dumps(after, ensure_ascii=False, sort_keys=True),
        )
    )
    actor = audit.consultant_actor(session, consultant_id)
    changed = sorted(k for k in after if after[k] != before.get(k))
    audit.record(
        session, actor, AuditAction.CHANGE, company_id=call.company_id, call_id=call_id,
        detail="corrected " + ",".join(changed), at=at,
    )  # fmt: skip
    for gone in (k for k in ("callback", "job_order") if before[k] and not after[k]):
        audit.record(
            session, actor, AuditAction.DELETE, company_id=call.company_id, call_id=call_id,
            detail=gone, at=at,
        )  # fmt: skip
    return True


def _apply(session: Session, call: Call, wrapup: WrapUp, at: datetime) -> None:
    assert call.id is not None
    outcome = _outcome(session, call.id)
    if outcome is None:
        outcome = CallOutcome(call_id=call.id, outcome=wrapup.outcome.value, reached=True)
    outcome.outcome, outcome.reached = wrapup.outcome.value, wrapup.outcome.reached
    outcome.comment = wrapup.comment
    session.add(outcome)
    _apply_meeting(session, call, wrapup.meeting, at)
    _apply_callback(session, call, wrapup.callback)
    _apply_job_order(session, call, wrapup.job_order)


def _apply_meeting(session: Session, call: Call, draft: MeetingDraft | None, at: datetime) -> None:
    assert call.id is not None
    meeting = _meeting(session, call.id)
    if meeting is None and draft is not None:
        session.add(
            Meeting(
                call_id=call.id,
                company_id=call.company_id,
                consultant_id=call.consultant_id,
                created_at=at,
                updated_at=at,
                **{name: getattr(draft, name) for name in _MEETING_FIELDS},
            )
        )
    elif meeting is not None and draft is None:
        # Cancelled, not deleted: the next export tells the calendar to remove it.
        meeting.status = MeetingStatus.CANCELLED.value
        touch_meeting(meeting, at)
        session.add(meeting)
    elif meeting is not None and draft is not None:
        changed = False
        for name in _MEETING_FIELDS:
            new = getattr(draft, name)
            if _plain(new) != _plain(getattr(meeting, name)):
                setattr(meeting, name, new)
                changed = True
        if changed:
            touch_meeting(meeting, at)
            session.add(meeting)


def _apply_callback(session: Session, call: Call, draft: CallbackDraft | None) -> None:
    assert call.id is not None
    callback = _callback(session, call.id)
    if callback is None and draft is not None:
        session.add(
            Callback(
                call_id=call.id,
                company_id=call.company_id,
                consultant_id=call.consultant_id,
                due_at=draft.due_at,
                reason=draft.reason,
            )
        )
    elif callback is not None and draft is None:
        session.delete(callback)  # never a real promise; the revision keeps what it was
    elif callback is not None and draft is not None:
        callback.due_at, callback.reason = draft.due_at, draft.reason
        session.add(callback)


def _apply_job_order(session: Session, call: Call, draft: JobOrderDraft | None) -> None:
    assert call.id is not None
    order = _job_order(session, call.id)
    if order is None and draft is None:
        return
    if order is not None and draft is None:
        session.delete(order)  # taken by mistake; the revision keeps what it was
        return
    assert draft is not None
    if order is None:
        order = JobOrder(
            call_id=call.id,
            company_id=call.company_id,
            consultant_id=call.consultant_id,
            title=draft.title,
        )
    for name in _JOB_FIELDS:
        value = getattr(draft, name)
        # Optional short fields are NULL when empty, as the wrap-up stores them.
        setattr(order, name, None if name in _JOB_NULLABLE and not value else value)
    session.add(order)
