"""The company card on the call screen: the company, its contacts and its last calls."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

import sqlmodel
from sqlmodel import Session, col

from canvass.store.commitments import ColleagueCallback, colleague_callbacks
from canvass.store.history import company_history
from canvass.store.models import Company, ContactPerson


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
    """One earlier call to the company, in full."""

    started_at: datetime
    consultant: str
    outcome: str | None
    notes: str
    comment: str = ""
    objection_ids: tuple[str, ...] = ()  # the objections met, in order
    corrected: bool = False


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
    industry_code: str | None = None  # DB07/DB25, e.g. "25.62.00"; gives the spoken {fag}
    #: Open callbacks colleagues promised the company (not the caller's own).
    colleague_callbacks: tuple[ColleagueCallback, ...] = ()

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


def company_card(
    session: Session, company_id: int, calls: int | None = None, consultant_id: int | None = None
) -> CompanyCard | None:
    """The card for ``company_id`` with its finished calls (the latest ``calls``; default
    all), or None. ``consultant_id`` is the caller: open callbacks of everyone else are on
    the card."""
    company = session.get(Company, company_id)
    if company is None or company.id is None:
        return None
    contacts = session.exec(
        sqlmodel.select(ContactPerson)
        .where(ContactPerson.company_id == company_id)
        .order_by(col(ContactPerson.id))
    ).all()
    history = company_history(session, company_id, limit=calls)
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
        past_calls=tuple(
            PastCall(
                c.started_at,
                c.consultant,
                c.outcome,
                c.notes,
                c.comment,
                c.objection_ids,
                corrected=c.revisions > 0,
            )
            for c in history
        ),
        industry_code=company.industry_code,
        colleague_callbacks=colleague_callbacks(session, company.id, consultant_id),
    )
