"""The company card on the call screen: the company, its contacts and its last calls."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

import sqlmodel
from sqlmodel import Session, col

from canvass.store.models import Call, CallOutcome, Company, Consultant, ContactPerson


@dataclass(frozen=True)
class ContactInfo:
    """A contact person (work data only)."""

    id: int
    name: str
    role: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class PastCall:
    """One earlier call to the company."""

    started_at: datetime
    consultant: str
    outcome: str | None
    notes: str


@dataclass(frozen=True)
class CompanyCard:
    """Everything the call screen shows about a company."""

    id: int
    name: str
    cvr: str | None
    phone: str | None
    address: str | None
    zip: str | None
    city: str | None
    industry: str | None
    employees: int | None
    segment: str | None
    key_account: bool
    ad_protected: bool
    do_not_call: bool
    contacts: tuple[ContactInfo, ...]
    past_calls: tuple[PastCall, ...]

    @property
    def address_line(self) -> str:
        """``"Torvet 66, 7130 Juelsminde"``; the parts that are known."""
        place = f"{self.zip or ''} {self.city or ''}".strip()
        return ", ".join(part for part in (self.address, place) if part)

    @property
    def contact(self) -> ContactInfo | None:
        """The first contact person, the one the script addresses."""
        return self.contacts[0] if self.contacts else None

    def with_contact(self, contact_id: int | None) -> CompanyCard:
        """The card with ``contact_id`` first, so the call and the script address them;
        unchanged when the company has no such contact."""
        chosen = [c for c in self.contacts if c.id == contact_id]
        if not chosen:
            return self
        return replace(self, contacts=(*chosen, *(c for c in self.contacts if c.id != contact_id)))


def company_card(session: Session, company_id: int, calls: int = 5) -> CompanyCard | None:
    """The card for ``company_id`` with its latest ``calls`` finished calls, or None."""
    company = session.get(Company, company_id)
    if company is None or company.id is None:
        return None
    contacts = session.exec(
        sqlmodel.select(ContactPerson)
        .where(ContactPerson.company_id == company_id)
        .order_by(col(ContactPerson.id))
    ).all()
    history = session.exec(
        sqlmodel.select(Call.started_at, Consultant.initials, CallOutcome.outcome, Call.notes)
        .join(Consultant, col(Consultant.id) == Call.consultant_id)
        .join(CallOutcome, col(CallOutcome.call_id) == Call.id, isouter=True)
        .where(Call.company_id == company_id, col(Call.ended_at).is_not(None))
        .order_by(col(Call.started_at).desc())
        .limit(calls)
    ).all()
    return CompanyCard(
        id=company.id,
        name=company.name,
        cvr=company.cvr,
        phone=company.phone,
        address=company.address,
        zip=company.zip,
        city=company.city,
        industry=company.industry,
        employees=company.employees,
        segment=company.segment,
        key_account=company.key_account,
        ad_protected=company.ad_protected,
        do_not_call=company.do_not_call,
        contacts=tuple(
            ContactInfo(c.id, c.name, c.role, c.phone, c.email)  # type: ignore[arg-type]
            for c in contacts
        ),
        past_calls=tuple(PastCall(*row) for row in history),
    )
