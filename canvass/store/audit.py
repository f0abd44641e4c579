"""The audit log: one line per read, search, export, change or erasure of personal data.

:func:`record` writes a line inside the caller's session, so an action and its line
commit together (or neither does). Reads have no transaction of their own: the UI hands
their lines to the app's writer, off the UI thread.

What a line holds (README, "Privacy and the audit log"): when (aware UTC), who (the
consultant's id and initials, or the login name for a command run by someone who is
not a consultant), the action, the subject as ids (company, contact person, call) and a
short ``detail`` without personal data — counts, a period, a file name — except for a
search: its ``detail`` is the words searched for, because a person's right of access
must find the searches in their data and Datatilsynet asks for searches to be logged.
Those words are erased with the person (:mod:`canvass.store.forget`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlalchemy import ColumnElement, Connection, and_, insert, or_, select
from sqlmodel import Session, col
from sqlmodel.sql.expression import SelectOfScalar

from canvass.domain.folding import fold
from canvass.store.audit_model import AuditAction, AuditLine
from canvass.store.companies import search_terms
from canvass.store.models import Company, Consultant, ContactPerson, JobOrder, utcnow

#: Actions that show or touch every contact person of the company they name: the card
#: lists them all, an export and an import carry them.
COMPANY_WIDE = frozenset(
    {
        AuditAction.READ_CARD,
        AuditAction.EXPORT,
        AuditAction.CHANGE,
        AuditAction.DELETE,
        AuditAction.FORGET,
        AuditAction.IMPORT,
    }
)


@dataclass(frozen=True)
class Actor:
    """Who acts: a consultant (id and initials) or a person by login name only."""

    name: str
    consultant_id: int | None = None


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    *,
    company_id: int | None = None,
    contact_id: int | None = None,
    call_id: int | None = None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add one audit line to ``session`` (committed with the caller's transaction)."""
    session.add(
        AuditLine(
            at=at or utcnow(),
            consultant_id=actor.consultant_id,
            actor=actor.name[:64],
            action=action.value,
            company_id=company_id,
            contact_id=contact_id,
            call_id=call_id,
            detail=detail,
        )
    )


def record_companies(
    session: Session,
    actor: Actor,
    action: AuditAction,
    company_ids: Iterable[int],
    detail: str = "",
) -> int:
    """One line per company (an export names each company it carried); returns how many."""
    now = utcnow()
    rows = [
        {
            "at": now,
            "consultant_id": actor.consultant_id,
            "actor": actor.name[:64],
            "action": action.value,
            "company_id": company_id,
            "detail": detail,
        }
        for company_id in dict.fromkeys(company_ids)
    ]
    if rows:
        session.execute(insert(AuditLine), rows)
    return len(rows)


def record_on(conn: Connection, who: Actor | int, action: AuditAction, detail: str = "") -> None:
    """:func:`record` on a Core connection (the bulk import's transaction)."""
    if isinstance(who, int):
        table = Consultant.__table__  # type: ignore[attr-defined]
        initials = conn.execute(select(table.c.initials).where(table.c.id == who)).scalar()
        who = Actor(initials or str(who), who)
    conn.execute(
        insert(AuditLine).values(
            at=utcnow(),
            consultant_id=who.consultant_id,
            actor=who.name[:64],
            action=action.value,
            detail=detail,
        )
    )


def record_export(
    session: Session, who: Actor | int, company_ids: Iterable[int], detail: str
) -> int:
    """Log an export (by an actor or a consultant's id): one line per company it
    carried (at least one line, also for an empty file); returns how many."""
    actor = who if isinstance(who, Actor) else consultant_actor(session, who)
    ids = list(company_ids)
    if not ids:
        record(session, actor, AuditAction.EXPORT, detail=detail)
        return 1
    return record_companies(session, actor, AuditAction.EXPORT, ids, detail)


def consultant_actor(session: Session, consultant_id: int) -> Actor:
    """The actor for a consultant, with their initials."""
    found = session.get(Consultant, consultant_id)
    return Actor(found.initials if found else str(consultant_id), consultant_id)


def record_job_order_change(
    session: Session, consultant_id: int, job_order_id: int, fields: list[str]
) -> None:
    """Log an edit of a job order (it holds a contact person's name, phone and e-mail)."""
    order = session.get(JobOrder, job_order_id)
    record(
        session,
        consultant_actor(session, consultant_id),
        AuditAction.CHANGE,
        company_id=order.company_id if order else None,
        call_id=order.call_id if order else None,
        detail=f"job_order {job_order_id}: " + ",".join(fields),
    )


@dataclass(frozen=True)
class AuditRow:
    """One line as ``canvass audit`` shows it; names are today's (None once erased)."""

    id: int
    at: datetime
    actor: str
    action: str
    company_id: int | None
    company_name: str | None
    cvr: str | None
    contact_id: int | None
    contact_name: str | None
    call_id: int | None
    detail: str


def _rows(session: Session, query: SelectOfScalar[AuditLine]) -> list[AuditRow]:
    lines = list(session.exec(query))
    companies = {
        c.id: c
        for c in session.exec(
            sqlmodel.select(Company).where(
                col(Company.id).in_({line.company_id for line in lines if line.company_id})
            )
        )
    }
    contacts = {
        c.id: c
        for c in session.exec(
            sqlmodel.select(ContactPerson).where(
                col(ContactPerson.id).in_({line.contact_id for line in lines if line.contact_id})
            )
        )
    }
    result = []
    for line in lines:
        company = companies.get(line.company_id) if line.company_id else None
        contact = contacts.get(line.contact_id) if line.contact_id else None
        assert line.id is not None
        result.append(
            AuditRow(
                id=line.id,
                at=line.at,
                actor=line.actor,
                action=line.action,
                company_id=line.company_id,
                company_name=company.name if company else None,
                cvr=company.cvr if company else None,
                contact_id=line.contact_id,
                contact_name=contact.name if contact else None,
                call_id=line.call_id,
                detail=line.detail,
            )
        )
    return result


def search_concerns(term: str, names: Sequence[str], search_key: str | None) -> bool:
    """Did a search for ``term`` look into these data? True when the list search would
    find the company (every folded word in its search key) or the words are in one of
    the person's ``names`` (folded), e.g. a search of the call notes for their name."""
    words = search_terms(term)
    if not words:
        return False
    if search_key is not None and all(word in search_key for word in words):
        return True
    folded = [fold(name) for name in names if name]
    return any(all(word in name for word in words) for name in folded)


def audit_rows(
    session: Session,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    since: datetime | None = None,
) -> list[AuditRow]:
    """The log, oldest first: everything, or what concerns one contact person or company.

    For a contact person: the lines naming them, the company-wide lines of their company
    (the card shows every contact of it) and the searches that found them (see
    :func:`search_concerns`). For a company: its lines and the searches that found it.
    """
    query = sqlmodel.select(AuditLine).order_by(col(AuditLine.at), col(AuditLine.id))
    if since is not None:
        query = query.where(AuditLine.at >= since)
    if contact_id is None and company_id is None:
        return _rows(session, query)
    person = session.get(ContactPerson, contact_id) if contact_id is not None else None
    if person is not None:
        company_id = person.company_id
    company = session.get(Company, company_id) if company_id is not None else None
    wanted: list[ColumnElement[bool]] = []
    if contact_id is not None:
        wanted.append(col(AuditLine.contact_id) == contact_id)
    if company_id is not None:
        same = col(AuditLine.company_id) == company_id
        if contact_id is not None:
            same = and_(same, col(AuditLine.action).in_([a.value for a in COMPANY_WIDE]))
        wanted.append(same)
    named = _rows(session, query.where(or_(*wanted)))
    if company is None and person is None:
        return named
    searches = _rows(session, query.where(AuditLine.action == AuditAction.SEARCH.value))
    names = [person.name] if person is not None else []
    key = company.search_key if company is not None else None
    found = [row for row in searches if search_concerns(row.detail, names, key)]
    return sorted({row.id: row for row in named + found}.values(), key=lambda r: (r.at, r.id))
