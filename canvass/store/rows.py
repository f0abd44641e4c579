"""Plain, frozen results the store hands to the UI — never ORM objects bound to a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ConsultantInfo:
    """A consultant, as the UI needs it."""

    id: int
    initials: str
    name: str
    phone: str | None
    email: str | None
    buddy_id: int | None
    role: str = "consultant"  # a Role value (canvass.domain.sparring)


@dataclass(frozen=True, slots=True)  # 100,000 of them in the list: no __dict__ each
class CompanyRow:
    """One line of the company list, with the latest and next contact."""

    id: int
    name: str
    cvr: str | None
    phone: str | None
    industry: str | None
    employees: int | None
    city: str | None
    segment: str | None
    key_account: bool
    ad_protected: bool
    do_not_call: bool
    last_contact_at: datetime | None
    last_outcome: str | None
    next_callback_at: datetime | None
    next_meeting_at: datetime | None


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`canvass.store.demo.fill_demo` inserted."""

    companies: int
    contacts: int
    consultants: int
    calls: int
    meetings: int
    callbacks: int
    job_orders: int
    reviews: int = 0  # sparring reviews (the demo's practice)


@dataclass(frozen=True)
class SessionStats:
    """A consultant's calls since a moment (the session bar)."""

    calls: int
    reached: int
    meetings: int

    @property
    def hit_rate(self) -> float | None:
        """Meetings per reached company, or None before anyone was reached."""
        return self.meetings / self.reached if self.reached else None
