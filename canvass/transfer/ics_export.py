"""Booked meetings as an iCalendar file (RFC 5545) for Outlook, Google or Apple Calendar.

Built with the icalendar library: it writes the VTIMEZONE, escapes text and folds long
lines. Each meeting keeps the ``UID`` made when it was booked (unique across databases
and rebuilds), so importing a newer export updates the events instead of adding copies;
``SEQUENCE`` and ``LAST-MODIFIED`` grow with every change, and a cancelled meeting is
exported as ``STATUS:CANCELLED`` so the calendar removes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import sqlmodel

from canvass import __version__
from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.store.audit import Actor
from canvass.store.models import (
    Company,
    Consultant,
    ContactPerson,
    LocationKind,
    Meeting,
    MeetingStatus,
    utcnow,
)
from canvass.store.store import Store
from canvass.transfer.export_audit import log_export

if TYPE_CHECKING:  # icalendar is imported when a file is written, not at start-up
    from icalendar import Event

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
PRODID = f"-//canvass//canvass {__version__}//DA"


@dataclass(frozen=True)
class MeetingExport:
    """One meeting with what the calendar event shows."""

    id: int
    uid: str
    sequence: int
    updated_at: datetime
    status: str
    starts_at: datetime
    duration_min: int
    company: str
    address: str
    phone: str | None
    location_kind: str
    location: str
    contact: str
    purpose: str
    consultant: str
    company_id: int | None = None  # for the audit log's export lines


def day_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """The UTC moments from ``start`` 00:00 to after ``end`` (both Copenhagen days, inclusive).

    A day so far off that the moment cannot be computed (``--to 9999-12-31``,
    ``--from 0001-01-01``) bounds nothing: every stored call lies between them.
    """
    low = high = None
    if start is not None and start.year > 1:
        low = datetime.combine(start, time(), COPENHAGEN).astimezone(UTC)
    if end is not None and end < date.max - timedelta(days=2):
        high = datetime.combine(end + timedelta(days=1), time(), COPENHAGEN).astimezone(UTC)
    return low, high


def load_meetings(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    consultant_id: int | None = None,
) -> list[MeetingExport]:
    """Meetings (cancelled ones too), from ``start`` to ``end`` (inclusive), in time order."""
    low, high = day_bounds(start, end)
    query = (
        sqlmodel.select(Meeting, Company, Consultant)
        .join(Company, sqlmodel.col(Company.id) == Meeting.company_id)
        .join(Consultant, sqlmodel.col(Consultant.id) == Meeting.consultant_id)
        .order_by(sqlmodel.col(Meeting.starts_at), sqlmodel.col(Meeting.id))
    )
    if low is not None:
        query = query.where(Meeting.starts_at >= low)
    if high is not None:
        query = query.where(Meeting.starts_at < high)
    if consultant_id is not None:
        query = query.where(Meeting.consultant_id == consultant_id)
    with store.session() as session:
        found = session.exec(query).all()
        contacts = _first_contacts(session, {company.id for _, company, _ in found})
    return [
        MeetingExport(
            id=meeting.id or 0,
            uid=meeting.uid,
            sequence=meeting.sequence,
            updated_at=meeting.updated_at,
            status=meeting.status,
            starts_at=meeting.starts_at,
            duration_min=meeting.duration_min,
            company=company.name,
            address=_address(company),
            phone=company.phone,
            location_kind=meeting.location_kind,
            location=meeting.location,
            contact=meeting.attendees.strip() or contacts.get(company.id or 0, ""),
            purpose=meeting.purpose,
            consultant=consultant.name,
            company_id=company.id,
        )
        for meeting, company, consultant in found
    ]


def _first_contacts(session: sqlmodel.Session, company_ids: set[int | None]) -> dict[int, str]:
    if not company_ids:
        return {}
    query = (
        sqlmodel.select(ContactPerson)
        .where(sqlmodel.col(ContactPerson.company_id).in_(company_ids))
        .order_by(sqlmodel.col(ContactPerson.id))
    )
    first: dict[int, str] = {}
    for contact in session.exec(query):
        first.setdefault(contact.company_id, contact.name)
    return first


def _address(company: Company) -> str:
    town = " ".join(part for part in (company.zip, company.city) if part)
    return ", ".join(part for part in (company.address, town) if part)


def calendar_bytes(meetings: list[MeetingExport], *, now: datetime | None = None) -> bytes:
    """The meetings as an .ics file (CRLF line ends, folded, with a VTIMEZONE)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # Outlook imports a published calendar without asking
    stamp = (now or utcnow()).astimezone(UTC)
    for meeting in meetings:
        calendar.add_component(_event(meeting, stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(meeting: MeetingExport, stamp: datetime) -> Event:
    from icalendar import Event

    starts = meeting.starts_at.astimezone(COPENHAGEN)
    event = Event()
    cancelled = meeting.status == MeetingStatus.CANCELLED.value
    event.add("uid", meeting.uid)
    event.add("dtstamp", stamp)
    # A cancellation must outrank the booking a calendar already has (SEQUENCE 0), also
    # for a meeting cancelled before canvass counted changes.
    event.add("sequence", max(meeting.sequence, 1) if cancelled else meeting.sequence)
    event.add("last-modified", meeting.updated_at.astimezone(UTC))
    event.add("dtstart", starts)
    event.add("dtend", starts + timedelta(minutes=meeting.duration_min))
    event.add("summary", t("transfer.ics.summary", company=meeting.company))
    event.add("location", _location(meeting))
    event.add("description", _description(meeting))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def _location(meeting: MeetingExport) -> str:
    if meeting.location_kind == LocationKind.PHONE.value:
        return t("transfer.ics.by_phone")
    if meeting.location_kind == LocationKind.VIDEO.value:
        return t("transfer.ics.by_video")
    return meeting.location.strip() or meeting.address


def _description(meeting: MeetingExport) -> str:
    lines = [
        (t("transfer.ics.contact"), meeting.contact),
        (t("transfer.ics.phone"), format_phone(meeting.phone) if meeting.phone else ""),
        (t("transfer.ics.purpose"), meeting.purpose.strip()),
        (t("transfer.ics.consultant"), meeting.consultant),
    ]
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def meetings_calendar(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    consultant_id: int | None = None,
    now: datetime | None = None,
    audit_as: Actor | int | None = None,
) -> bytes:
    """The .ics file of the meetings from ``start`` to ``end`` (of one consultant, if
    given); ``audit_as`` (an actor or a consultant's id) writes it to the audit log."""
    meetings = load_meetings(store, start=start, end=end, consultant_id=consultant_id)
    if audit_as is not None:
        log_export(store, audit_as, "meetings", meetings, start, end)
    return calendar_bytes(meetings, now=now)
