"""Follow-up after the calls: callbacks to make, meetings to hold, job orders to fill.

Functions take an open :class:`Session`; the services (:mod:`canvass.services`) call them.
Results are frozen dataclasses, never ORM objects. Bad input raises ``ValueError`` with a
translated message. Plain Python: no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

import sqlmodel
from sqlalchemy.orm import aliased
from sqlmodel import Session, SQLModel, col

from canvass.domain.goal import NO_GOAL, Goal
from canvass.domain.job_order import CHOICES
from canvass.domain.phone import normalise_phone
from canvass.domain.wrapup import JOB_TITLE_MAX
from canvass.i18n import t
from canvass.store.models import (
    Call,
    Callback,
    Company,
    Consultant,
    ContactPerson,
    JobOrder,
    JobOrderStatus,
    Meeting,
    MeetingStatus,
    utcnow,
)

#: The order ``s`` cycles a job order through (and the filter cycles after "all").
JOB_ORDER_STATUSES: tuple[str, ...] = tuple(status.value for status in JobOrderStatus)

#: Fields :func:`update_job_order` may change.
JOB_ORDER_FIELDS: frozenset[str] = frozenset(
    {
        "title",
        "description",
        "positions",
        "hours_per_week",
        "start_date",
        "deadline",
        "requirements",
        "workplace_address",
        "contact_name",
        "contact_phone",
        "contact_email",
        "p_number",
        "salary",
        "employment",
        "how_to_apply",
        "nice_to_have",
        "sharing",
        "status",
    }
)

_JOB_ORDER = SQLModel.metadata.tables["job_order"]
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CallbackRow:
    """A promised callback; overdue is for the UI to decide from its clock."""

    id: int
    company_id: int
    company_name: str
    company_phone: str | None
    consultant_id: int
    consultant_initials: str
    due_at: datetime
    reason: str
    done_at: datetime | None
    attempts: int = 0  # calls by the owner that reached nobody since it was promised
    last_attempt_at: datetime | None = None


@dataclass(frozen=True)
class MeetingRow:
    """A booked, held or cancelled meeting with what the consultant needs to go there."""

    id: int
    company_id: int
    company_name: str
    company_phone: str | None
    company_address: str
    contact_name: str | None
    consultant_initials: str
    starts_at: datetime
    duration_min: int
    location_kind: str
    location: str
    purpose: str
    status: str
    result_note: str
    goal: Goal = NO_GOAL  # the goal of the visit (sparring), set with ``g``


@dataclass(frozen=True)
class JobOrderRow:
    """A job order with every field and its company's name."""

    id: int
    company_id: int
    company_name: str
    consultant_initials: str
    title: str
    description: str
    positions: int
    hours_per_week: float | None
    start_date: date | None
    deadline: date | None
    requirements: str
    workplace_address: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    p_number: str | None
    status: str
    updated_at: datetime
    salary: str = ""
    employment: str | None = None
    how_to_apply: str = ""
    nice_to_have: str = ""
    sharing: str | None = None


# Callbacks -----------------------------------------------------------------------------


def callback_rows(
    session: Session, *, consultant_id: int | None, include_done: bool = False
) -> list[CallbackRow]:
    """Callbacks, earliest due first; ``consultant_id=None`` means everyone's."""
    query = (
        sqlmodel.select(Callback, Company.name, Company.phone, Consultant.initials)
        .join(Company, col(Company.id) == Callback.company_id)
        .join(Consultant, col(Consultant.id) == Callback.consultant_id)
        .order_by(col(Callback.due_at), col(Callback.id))
    )
    if consultant_id is not None:
        query = query.where(Callback.consultant_id == consultant_id)
    if not include_done:
        query = query.where(col(Callback.done_at).is_(None))
    return [
        CallbackRow(
            id=cb.id or 0,
            company_id=cb.company_id,
            company_name=name,
            company_phone=phone,
            consultant_id=cb.consultant_id,
            consultant_initials=initials,
            due_at=cb.due_at,
            reason=cb.reason,
            done_at=cb.done_at,
            attempts=cb.attempts,
            last_attempt_at=cb.last_attempt_at,
        )
        for cb, name, phone, initials in session.exec(query)
    ]


def _callback(session: Session, callback_id: int) -> Callback:
    found = session.get(Callback, callback_id)
    if found is None:
        raise ValueError(t("followup.error.no_callback", id=callback_id))
    return found


def mark_callback_done(session: Session, callback_id: int, at: datetime) -> None:
    """Settle a callback (a second time keeps the first moment)."""
    callback = _callback(session, callback_id)
    if callback.done_at is None:
        callback.done_at = at
        session.add(callback)


def reassign_callback(session: Session, callback_id: int, consultant_id: int) -> None:
    """Hand a callback to a colleague."""
    callback = _callback(session, callback_id)
    if session.get(Consultant, consultant_id) is None:
        raise ValueError(t("followup.error.no_consultant", id=consultant_id))
    callback.consultant_id = consultant_id
    session.add(callback)


# Meetings ------------------------------------------------------------------------------


def meeting_rows(
    session: Session, *, consultant_id: int | None, upcoming: bool, now: datetime
) -> list[MeetingRow]:
    """Meetings from ``now`` on (soonest first), or before it (latest first)."""
    contact = aliased(ContactPerson)
    query = (
        sqlmodel.select(Meeting, Company, Consultant.initials, contact.name)
        .join(Company, col(Company.id) == Meeting.company_id)
        .join(Consultant, col(Consultant.id) == Meeting.consultant_id)
        .join(Call, col(Call.id) == Meeting.call_id, isouter=True)
        .join(contact, col(contact.id) == Call.contact_id, isouter=True)
    )
    if upcoming:
        query = query.where(col(Meeting.starts_at) >= now).order_by(col(Meeting.starts_at))
    else:
        query = query.where(col(Meeting.starts_at) < now).order_by(col(Meeting.starts_at).desc())
    if consultant_id is not None:
        query = query.where(Meeting.consultant_id == consultant_id)
    found = session.exec(query.order_by(col(Meeting.id))).all()
    # A meeting booked without a named contact: show the company's first contact person.
    missing = {company.id for _, company, _, name in found if name is None}
    first: dict[int, str] = {}
    if missing:
        people = session.exec(
            sqlmodel.select(ContactPerson.company_id, ContactPerson.name)
            .where(col(ContactPerson.company_id).in_(missing))
            .order_by(col(ContactPerson.id))
        )
        for company_id, name in people:
            first.setdefault(company_id, name)
    return [
        MeetingRow(
            id=meeting.id or 0,
            company_id=meeting.company_id,
            company_name=company.name,
            company_phone=company.phone,
            company_address=_address(company),
            contact_name=name or first.get(meeting.company_id),
            consultant_initials=initials,
            starts_at=meeting.starts_at,
            duration_min=meeting.duration_min,
            location_kind=meeting.location_kind,
            location=meeting.location,
            purpose=meeting.purpose,
            status=meeting.status,
            result_note=meeting.result_note,
            goal=Goal.stored(meeting.goal, meeting.goal_tools, meeting.goal_effect),
        )
        for meeting, company, initials, name in found
    ]


def _address(company: Company) -> str:
    town = " ".join(part for part in (company.zip, company.city) if part)
    return ", ".join(part for part in (company.address, town) if part)


def touch_meeting(meeting: Meeting, at: datetime) -> None:
    """A change a calendar must see: the next SEQUENCE and a new LAST-MODIFIED."""
    meeting.sequence += 1
    meeting.updated_at = at


def set_meeting_status(
    session: Session,
    meeting_id: int,
    status: str,
    result_note: str | None = None,
    at: datetime | None = None,
) -> None:
    """Mark a meeting booked, held or cancelled; a note given replaces the old one.

    A new status is a change the calendar must see (``touch_meeting``, at ``at``).
    """
    if status not in {s.value for s in MeetingStatus}:
        raise ValueError(t("followup.error.meeting_status", status=status))
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ValueError(t("followup.error.no_meeting", id=meeting_id))
    if meeting.status != status:
        touch_meeting(meeting, at or utcnow())
    meeting.status = status
    if result_note is not None:
        meeting.result_note = result_note.strip()
    session.add(meeting)


# Job orders ----------------------------------------------------------------------------


def job_order_rows(session: Session, *, status: str | None) -> list[JobOrderRow]:
    """Job orders, newest first, all or those with one status."""
    query = (
        sqlmodel.select(JobOrder, Company.name, Consultant.initials)
        .join(Company, col(Company.id) == JobOrder.company_id)
        .join(Consultant, col(Consultant.id) == JobOrder.consultant_id)
        .order_by(col(JobOrder.created_at).desc(), col(JobOrder.id).desc())
    )
    if status is not None:
        query = query.where(JobOrder.status == status)
    return [
        JobOrderRow(
            id=order.id or 0,
            company_id=order.company_id,
            company_name=name,
            consultant_initials=initials,
            title=order.title,
            description=order.description,
            positions=order.positions,
            hours_per_week=order.hours_per_week,
            start_date=order.start_date,
            deadline=order.deadline,
            requirements=order.requirements,
            workplace_address=order.workplace_address,
            contact_name=order.contact_name,
            contact_phone=order.contact_phone,
            contact_email=order.contact_email,
            p_number=order.p_number,
            salary=order.salary,
            employment=order.employment,
            how_to_apply=order.how_to_apply,
            nice_to_have=order.nice_to_have,
            sharing=order.sharing,
            status=order.status,
            updated_at=order.updated_at,
        )
        for order, name, initials in session.exec(query)
    ]


def next_job_order_status(status: str) -> str:
    """The status after ``status`` in :data:`JOB_ORDER_STATUSES` (expired wraps to open)."""
    index = JOB_ORDER_STATUSES.index(status) if status in JOB_ORDER_STATUSES else -1
    return JOB_ORDER_STATUSES[(index + 1) % len(JOB_ORDER_STATUSES)]


def check_job_order(fields: Mapping[str, object]) -> dict[str, str]:
    """Errors per field name for typed job-order values (empty when all is well).

    Only the fields given are checked, so a partial update is checked too.
    """
    errors: dict[str, str] = {}
    for name in fields.keys() - JOB_ORDER_FIELDS:
        errors[name] = t("followup.error.unknown_field", field=name)
    if "title" in fields:
        title = str(fields["title"] or "").strip()
        if not title:
            errors["title"] = t("wrapup.required")
        elif len(title) > JOB_TITLE_MAX:
            errors["title"] = t("wrapup.too_long", maximum=JOB_TITLE_MAX)
    if "status" in fields and fields["status"] not in JOB_ORDER_STATUSES:
        errors["status"] = t("followup.error.job_status", status=fields["status"])
    positions = fields.get("positions", 1)
    if not isinstance(positions, int) or isinstance(positions, bool) or positions < 1:
        errors["positions"] = t("wrapup.whole_number", minimum=1)
    hours = fields.get("hours_per_week")
    if hours is not None and not (isinstance(hours, int | float) and 0 < hours <= 80):
        errors["hours_per_week"] = t("followup.error.hours")
    for kind, codes in CHOICES.items():
        if fields.get(kind) is not None and fields[kind] not in codes:
            errors[kind] = t("job_order.choose", choices=" / ".join(codes))
    for name in ("start_date", "deadline"):
        value = fields.get(name)
        if value is not None and not isinstance(value, date):
            errors[name] = t("followup.error.date")
    phone = fields.get("contact_phone")
    if phone:
        try:
            normalise_phone(str(phone))
        except ValueError:
            errors["contact_phone"] = t("followup.error.phone")
    email = fields.get("contact_email")
    if email and not _EMAIL.match(str(email)):
        errors["contact_email"] = t("followup.error.email")
    p_number = fields.get("p_number")
    # Never the checksum: one official series of P-numbers fails it (DOMAIN.md).
    if p_number and not (str(p_number).isdigit() and len(str(p_number)) == 10):
        errors["p_number"] = t("followup.error.p_number")
    return errors


def update_job_order(session: Session, job_order_id: int, **fields: object) -> None:
    """Change some fields of a job order; raises ``ValueError`` naming the first problem."""
    errors = check_job_order(fields)
    if errors:
        raise ValueError(next(iter(errors.values())))
    order = session.get(JobOrder, job_order_id)
    if order is None:
        raise ValueError(t("followup.error.no_job_order", id=job_order_id))
    for name, value in fields.items():
        if name == "contact_phone" and value:
            value = normalise_phone(str(value))
        elif isinstance(value, str):
            value = value.strip()
            # Optional short fields are NULL when empty, as the wrap-up stores them.
            if not value and _JOB_ORDER.c[name].nullable:
                value = None
        setattr(order, name, value)
    session.add(order)
