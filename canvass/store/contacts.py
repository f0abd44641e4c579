"""How to reach a company: its contact persons, its phone number, and whether it may be
called at all. Used by the wrap-up (``finish_call``) inside its transaction.

Functions take an open :class:`Session` and never commit; results are plain values.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, SQLModel

from canvass.domain.wrapup import ContactDraft
from canvass.store.models import ContactPerson

_COMPANY = SQLModel.metadata.tables["company"]


def add_contact(session: Session, company_id: int, contact: ContactDraft) -> int:
    """Add a contact person to the company; returns the new contact's id."""
    person = ContactPerson(
        company_id=company_id, name=contact.name, role=contact.role, phone=contact.phone
    )
    session.add(person)
    session.flush()
    assert person.id is not None
    return person.id


def set_company_phone(session: Session, company_id: int, phone: str) -> None:
    """Replace the company's phone number (8 digits, checked by the caller)."""
    session.execute(update(_COMPANY).where(_COMPANY.c.id == company_id).values(phone=phone))


def mark_do_not_call(session: Session, company_id: int) -> None:
    """The company asked not to be called: it leaves every call list."""
    session.execute(update(_COMPANY).where(_COMPANY.c.id == company_id).values(do_not_call=True))
