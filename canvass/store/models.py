"""The database tables (SQLModel). Plain data, no behaviour beyond keeping derived columns.

All datetimes are timezone-aware and stored as UTC (sqlmodel rejects naive ones); the UI
converts to Europe/Copenhagen for display. The Alembic revisions (canvass/store/alembic)
build this schema; a unit test compares the two on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any
from uuid import uuid4

from sqlalchemy import CheckConstraint, Index, Text, event
from sqlmodel import Field, SQLModel

from canvass.domain.call_session import EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.sparring import Role
from canvass.store.derived import company_search_key, danish_sort_key
from canvass.store.priority_indexes import PRIORITY_INDEXES


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def _in(column: str, values: type[StrEnum]) -> str:
    """A CHECK expression allowing only the values of an enum."""
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class LocationKind(StrEnum):
    """Where a meeting takes place."""

    COMPANY = "company"
    PHONE = "phone"
    VIDEO = "video"


class MeetingStatus(StrEnum):
    """Life of a booked meeting."""

    BOOKED = "booked"
    HELD = "held"
    CANCELLED = "cancelled"


class JobOrderStatus(StrEnum):
    """Life of a job order (jobordre)."""

    OPEN = "open"
    ENOUGH_CANDIDATES = "enough_candidates"
    FILLED = "filled"
    EXPIRED = "expired"


class Consultant(SQLModel, table=True):
    """A virksomhedskonsulent, trainer or team lead; ``buddy_id`` is the current sparring
    partner (the open :class:`~canvass.store.sparring_models.BuddyPair`); ``team`` the
    name of their team (at most one)."""

    __tablename__ = "consultant"
    __table_args__ = (CheckConstraint(_in("role", Role), name="ck_consultant_role"),)

    id: int | None = Field(default=None, primary_key=True)
    initials: str = Field(max_length=8, unique=True)
    name: str = Field(max_length=120)
    phone: str | None = Field(default=None, max_length=8)
    email: str | None = Field(default=None, max_length=254)
    buddy_id: int | None = Field(default=None, foreign_key="consultant.id", ondelete="SET NULL")
    role: str = Field(default=Role.CONSULTANT.value, max_length=10)
    created_at: datetime = Field(default_factory=utcnow)
    #: The team this person belongs to (revision 0015), e.g. "Team Nord"; None: no team.
    team: str | None = Field(default=None, max_length=60, index=True)


class Company(SQLModel, table=True):
    """A company on the call list. ``cvr`` is unique when present."""

    __tablename__ = "company"
    __table_args__ = (
        Index("ix_company_sort_name", "sort_name", "id"),
        *PRIORITY_INDEXES,  # the prioritised order's keyset walks and count (revision 0009)
    )

    id: int | None = Field(default=None, primary_key=True)
    cvr: str | None = Field(default=None, max_length=8, unique=True)
    name: str = Field(max_length=200, index=True)
    phone: str | None = Field(default=None, max_length=8, index=True)
    address: str | None = Field(default=None, max_length=200)
    zip: str | None = Field(default=None, max_length=4)
    city: str | None = Field(default=None, max_length=100, index=True)
    industry: str | None = Field(default=None, max_length=200)
    industry_code: str | None = Field(default=None, max_length=8)
    employees: int | None = None
    segment: str | None = Field(default=None, max_length=60)
    key_account: bool = False
    ad_protected: bool = False  # reklamebeskyttet: no marketing calls without a legal basis
    do_not_call: bool = False
    p_number: str | None = Field(default=None, max_length=10)
    notes: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Issue-4 claims: a consultant takes a company so two people don't call it at once.
    claimed_by: int | None = Field(default=None, foreign_key="consultant.id", ondelete="SET NULL")
    claimed_at: datetime | None = None
    # Derived, kept by the listeners below: LIKE on one folded column is fast and
    # handles æ/ø/å (and aa/oe/ae typed for them), which SQLite's lower()/NOCASE do not.
    search_key: str = Field(default="", sa_type=Text)
    sort_name: str = Field(default="", max_length=200)
    # Derived call state (revision 0007), kept by canvass.store.call_state in the same
    # transaction as every write of a call, outcome, callback, meeting or skip override:
    # the prioritised list reads these instead of grouping four tables per page.
    next_callback_at: datetime | None = None  # earliest due_at of an open callback
    next_callback_by: int | None = Field(  # the consultant who owns that callback
        default=None, foreign_key="consultant.id", ondelete="SET NULL"
    )
    last_call_at: datetime | None = None  # latest call.started_at, any call
    last_reached_at: datetime | None = None  # latest started_at of a reached call
    meeting_until: datetime | None = None  # latest starts_at of a booked meeting
    ad_override: bool = False  # an ad_protected skip override exists
    recent_override_at: datetime | None = None  # latest created_at of a recent override
    last_outcome: str | None = Field(default=None, max_length=20)  # of the latest call with one


@event.listens_for(Company, "before_insert")
@event.listens_for(Company, "before_update")
def _keep_derived(_mapper: Any, _connection: Any, company: Company) -> None:
    company.search_key = company_search_key(company)
    company.sort_name = danish_sort_key(company.name)


class ContactPerson(SQLModel, table=True):
    """A person at a company. GDPR: only what the work needs — name, role, work phone,
    work e-mail, and when they were added (retention); no private or health notes.
    ``canvass forget`` deletes the row (:mod:`canvass.store.forget`)."""

    __tablename__ = "contact_person"

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=120)
    role: str | None = Field(default=None, max_length=80)
    phone: str | None = Field(default=None, max_length=8)
    email: str | None = Field(default=None, max_length=254)
    created_at: datetime = Field(default_factory=utcnow)


class Call(SQLModel, table=True):
    """One phone call. ``ended_at`` is null while the call is unfinished."""

    __tablename__ = "call"
    __table_args__ = (
        Index("ix_call_company_started", "company_id", "started_at"),
        Index("ix_call_consultant_started", "consultant_id", "started_at"),
        # open_call: a consultant's unfinished calls, newest first, without a scan.
        Index("ix_call_consultant_open", "consultant_id", "ended_at", "started_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    consultant_id: int = Field(foreign_key="consultant.id")
    contact_id: int | None = Field(
        default=None, foreign_key="contact_person.id", ondelete="SET NULL"
    )
    script_id: str = Field(max_length=80)
    script_version: int = 1
    script_hash: str = Field(default="", max_length=64)
    started_at: datetime = Field(default_factory=utcnow, index=True)
    ended_at: datetime | None = None
    current_phase: str | None = Field(default=None, max_length=20)
    notes: str = Field(default="", sa_type=Text)
    notes_updated_at: datetime | None = None
    goal: str | None = Field(default=None, max_length=200)
    goal_tools: str = Field(default="[]", sa_type=Text)  # JSON list of Tool values
    goal_effect: str = Field(default="", sa_type=Text)  # what those tools should achieve


class CallEvent(SQLModel, table=True):
    """Something that happened during a call: a phase, a BALA step, an objection, a note."""

    __tablename__ = "call_event"
    __table_args__ = (
        CheckConstraint(_in("kind", EventKind), name="ck_call_event_kind"),
        # The statistics' objections: one kind's events in call order (each call's facts
        # are then read in table order, not at random), what they group by beside.
        Index("ix_call_event_kind_call", "kind", "call_id", "objection_id", "phase", "answer_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", ondelete="CASCADE", index=True)
    at: datetime = Field(default_factory=utcnow)
    kind: str = Field(max_length=20)
    phase: str | None = Field(default=None, max_length=20)
    bala_step: str | None = Field(default=None, max_length=20)
    objection_id: str | None = Field(default=None, max_length=80)
    answer_id: str | None = Field(default=None, max_length=80)
    detail: str = Field(default="", sa_type=Text)


class CallOutcome(SQLModel, table=True):
    """How a call ended; one per call."""

    __tablename__ = "call_outcome"
    __table_args__ = (CheckConstraint(_in("outcome", Outcome), name="ck_call_outcome_outcome"),)

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", ondelete="CASCADE", unique=True)
    outcome: str = Field(max_length=20)
    reached: bool
    decided_at: datetime = Field(default_factory=utcnow)
    comment: str = Field(default="", sa_type=Text)


def new_uid() -> str:
    """A calendar UID that stays the meeting's own across databases and rebuilds."""
    return f"{uuid4()}@canvass"


class Meeting(SQLModel, table=True):
    """A booked visit or meeting with a company.

    ``uid`` is made once, when the meeting is booked; ``sequence`` and ``updated_at``
    grow with every change a calendar must see (time, place, cancellation).
    """

    __tablename__ = "meeting"
    __table_args__ = (
        Index("ix_meeting_company_starts", "company_id", "starts_at"),
        Index("ux_meeting_uid", "uid", unique=True),
        CheckConstraint(_in("location_kind", LocationKind), name="ck_meeting_location_kind"),
        CheckConstraint(_in("status", MeetingStatus), name="ck_meeting_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    call_id: int | None = Field(default=None, foreign_key="call.id", ondelete="SET NULL")
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    consultant_id: int = Field(foreign_key="consultant.id")
    starts_at: datetime = Field(index=True)
    duration_min: int = 60
    location_kind: str = Field(default=LocationKind.COMPANY.value, max_length=10)
    location: str = Field(default="", max_length=200)
    attendees: str = Field(default="", sa_type=Text)
    purpose: str = Field(default="", sa_type=Text)
    status: str = Field(default=MeetingStatus.BOOKED.value, max_length=10)
    result_note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    uid: str = Field(default_factory=new_uid, max_length=64)
    sequence: int = 0
    updated_at: datetime = Field(default_factory=utcnow)
    # The goal of a planned visit (sparring): as on a call.
    goal: str | None = Field(default=None, max_length=200)
    goal_tools: str = Field(default="[]", sa_type=Text)
    goal_effect: str = Field(default="", sa_type=Text)


class Callback(SQLModel, table=True):
    """A promise by one consultant to call a company again; open while ``done_at`` is null.

    Settled only by a reached call of its own consultant on the company
    (``settled_by_call_id``) or by hand (done, reassigned); a not-reached attempt only
    counts up ``attempts`` and leaves it open and due.
    """

    __tablename__ = "callback"
    __table_args__ = (Index("ix_callback_company_due", "company_id", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    consultant_id: int = Field(foreign_key="consultant.id")
    call_id: int | None = Field(default=None, foreign_key="call.id", ondelete="SET NULL")
    due_at: datetime = Field(index=True)
    reason: str = Field(default="", sa_type=Text)
    done_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    attempts: int = 0
    last_attempt_at: datetime | None = None
    settled_by_call_id: int | None = Field(default=None, foreign_key="call.id", ondelete="SET NULL")


class JobOrder(SQLModel, table=True):
    """A job order (jobordre): a vacancy the job centre helps fill."""

    __tablename__ = "job_order"
    __table_args__ = (
        CheckConstraint(_in("status", JobOrderStatus), name="ck_job_order_status"),
        CheckConstraint(
            "employment IS NULL OR employment IN ('permanent', 'temporary')",
            name="ck_job_order_employment",
        ),
        CheckConstraint(
            "sharing IS NULL OR sharing IN ('colleagues', 'jobcentres', 'jobnet')",
            name="ck_job_order_sharing",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE", index=True)
    call_id: int | None = Field(default=None, foreign_key="call.id", ondelete="SET NULL")
    consultant_id: int = Field(foreign_key="consultant.id")
    title: str = Field(max_length=100)
    description: str = Field(default="", sa_type=Text)
    positions: int = 1
    hours_per_week: float | None = None
    start_date: date | None = None
    deadline: date | None = None
    requirements: str = Field(default="", sa_type=Text)
    workplace_address: str | None = Field(default=None, max_length=200)
    contact_name: str | None = Field(default=None, max_length=120)
    contact_phone: str | None = Field(default=None, max_length=8)
    contact_email: str | None = Field(default=None, max_length=254)
    p_number: str | None = Field(default=None, max_length=10)
    # Den gode jobordre (revision 0010): pay, permanent/temporary, how to apply,
    # nice-to-have beside the must-haves (requirements), and how widely it may be shared.
    salary: str = Field(default="", sa_type=Text)
    employment: str | None = Field(default=None, max_length=20)
    how_to_apply: str = Field(default="", sa_type=Text)
    nice_to_have: str = Field(default="", sa_type=Text)
    sharing: str | None = Field(default=None, max_length=20)
    status: str = Field(default=JobOrderStatus.OPEN.value, max_length=20)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CallRevision(SQLModel, table=True):
    """A correction of a saved call: who changed it, when, and what it was before.

    ``before_json`` and ``after_json`` hold the outcome, notes, meeting, callback and
    job order as they were and became; a correction never overwrites silently.
    """

    __tablename__ = "call_revision"

    id: int | None = Field(default=None, primary_key=True)
    call_id: int = Field(foreign_key="call.id", ondelete="CASCADE", index=True)
    consultant_id: int = Field(foreign_key="consultant.id")
    changed_at: datetime = Field(default_factory=utcnow)
    before_json: str = Field(default="{}", sa_type=Text)
    after_json: str = Field(default="{}", sa_type=Text)


@event.listens_for(JobOrder, "before_update")
def _touch_job_order(_mapper: Any, _connection: Any, order: JobOrder) -> None:
    order.updated_at = utcnow()


@event.listens_for(Company, "before_update")
def _touch_company(_mapper: Any, _connection: Any, company: Company) -> None:
    company.updated_at = utcnow()


# The audit table and the call lists live in modules of their own; imported here so every
# table is registered (and the names stay importable from here).
from canvass.store.audit_model import AuditLine  # noqa: E402
from canvass.store.fact_models import CallFact, ObjectionFact  # noqa: E402
from canvass.store.list_models import CallList, CallListMember, SkipOverride  # noqa: E402
from canvass.store.sparring_models import (  # noqa: E402
    BuddyPair,
    Observation,
    ObserverNote,
    Review,
    ReviewComment,
    ReviewVersion,
    SparringCommitment,
)
from canvass.store.tally_models import CallTally, StopTally, VariantTally  # noqa: E402

#: Every table, in dependency order.
TABLES: tuple[type[SQLModel], ...] = (
    Consultant,
    Company,
    ContactPerson,
    Call,
    CallEvent,
    CallOutcome,
    Meeting,
    Callback,
    JobOrder,
    CallList,
    CallListMember,
    SkipOverride,
    CallRevision,
    AuditLine,
    BuddyPair,
    Observation,
    ObserverNote,
    Review,
    ReviewVersion,
    ReviewComment,
    SparringCommitment,
    CallFact,
    ObjectionFact,
    CallTally,
    StopTally,
    VariantTally,
)
