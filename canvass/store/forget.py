"""``canvass forget``: erase a contact person's (or a company's) personal data for real.

What goes (README, "Privacy and the audit log"):

- the contact person's row (name, role, phone, e-mail) is deleted; calls with them keep
  their outcome and times (``call.contact_id`` becomes empty);
- the free text of the calls *with* that person — notes, the wrap-up comment, the note
  events, the dialled number, the text of their corrections, the sparring notes, the
  reason of the callback and the attendees, purpose and result of the meeting the call
  booked — is emptied, and a job order made on such a call loses its contact fields;
- every other free text of the company (its notes, other calls' notes, meetings,
  callbacks, job orders, skip reasons, sparring) keeps its words but each mention of
  the person's name (whole or any name word), phone or e-mail becomes ``[slettet]``;
- the words of logged searches that contain one of those words are erased (the line
  stays: who searched, when).

``--cvr`` does that for every contact person of the company, empties *all* its free
text, and clears every job order's contact fields. With ``sole_proprietorship`` (an
enkeltmandsvirksomhed: its name, phone and address are the owner's) the company's name
becomes ``[slettet]``, its CVR, P-number, phone and address go, and it is marked *ring
ikke*; segment, trade, size and every count stay.

Statistics stay: calls, outcomes, reached, meetings, callbacks and job orders keep their
rows, times and states. Nothing here commits: the caller's transaction does, so a dry
run is the same work rolled back (:func:`canvass.store.erasure.run_erasure`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlmodel
from sqlalchemy import or_, select, update
from sqlmodel import Session, SQLModel, col

from canvass.domain.call_session import EventKind
from canvass.store.audit import Actor, record
from canvass.store.audit_model import AuditAction, AuditLine
from canvass.store.forget_sparring import SPARRING_TEXTS, erase_sparring
from canvass.store.models import (
    Call,
    Callback,
    CallEvent,
    CallOutcome,
    CallRevision,
    Company,
    ContactPerson,
    JobOrder,
    Meeting,
    SkipOverride,
)
from canvass.store.scrub import ERASED, Mentions


@dataclass(frozen=True)
class Erasure:
    """What an erasure changed (or, in a dry run, would change)."""

    contacts: int = 0  # contact persons deleted
    calls: int = 0  # calls whose free text was emptied
    texts: int = 0  # other text fields where a mention was erased
    job_orders: int = 0  # job orders whose contact fields were cleared
    searches: int = 0  # logged searches whose words were erased
    company_erased: bool = False  # name, CVR, phone and address of a sole proprietorship

    def __add__(self, other: Erasure) -> Erasure:
        return Erasure(
            self.contacts + other.contacts,
            self.calls + other.calls,
            self.texts + other.texts,
            self.job_orders + other.job_orders,
            self.searches + other.searches,
            self.company_erased or other.company_erased,
        )

    @property
    def detail(self) -> str:
        """The audit line's detail: counts only."""
        return (
            f"contacts={self.contacts} calls={self.calls} texts={self.texts} "
            f"job_orders={self.job_orders} searches={self.searches}"
            + (" company=erased" if self.company_erased else "")
        )


class _Counter:
    def __init__(self) -> None:
        self.texts = 0

    def set(self, row: object, field: str, value: str | None) -> None:
        """Set ``row.field`` to ``value``, counting a change."""
        if getattr(row, field) != value:
            setattr(row, field, value)
            self.texts += 1


def _company_calls(session: Session, company_id: int) -> list[Call]:
    return list(session.exec(sqlmodel.select(Call).where(Call.company_id == company_id)))


def _by_call(session: Session, model: Any, call_ids: Iterable[int]) -> list[Any]:
    ids = list(call_ids)
    if not ids:
        return []
    return list(session.exec(sqlmodel.select(model).where(col(model.call_id).in_(ids))))


def _by_company(session: Session, model: Any, company_id: int) -> list[Any]:
    return list(session.exec(sqlmodel.select(model).where(model.company_id == company_id)))


def _erase_calls(
    session: Session, calls: list[Call], mentions: Mentions, emptied: set[int]
) -> _Counter:
    """Empty the free text of the ``emptied`` calls; scrub mentions in the others."""
    count = _Counter()
    ids = [c.id for c in calls if c.id is not None]
    for call in calls:
        blank = call.id in emptied
        count.set(call, "notes", "" if blank else mentions.scrub(call.notes))
        session.add(call)
    for outcome in _by_call(session, CallOutcome, ids):
        count.set(
            outcome,
            "comment",
            "" if outcome.call_id in emptied else mentions.scrub(outcome.comment),
        )
        session.add(outcome)
    for event in _by_call(session, CallEvent, ids):
        if event.kind in (EventKind.NOTE.value, EventKind.DIAL.value):
            blank = event.call_id in emptied
            count.set(event, "detail", "" if blank else mentions.scrub(event.detail))
            session.add(event)
    for revision in _by_call(session, CallRevision, ids):
        blank = revision.call_id in emptied
        count.set(revision, "before_json", mentions.scrub_json(revision.before_json, blank=blank))
        count.set(revision, "after_json", mentions.scrub_json(revision.after_json, blank=blank))
        session.add(revision)
    return count


def _erase_company_rows(
    session: Session,
    company: Company,
    mentions: Mentions,
    emptied: set[int],
    names: set[str],
    *,
    everything: bool,
) -> tuple[_Counter, int]:
    """Meetings, callbacks, job orders, skip reasons and notes of the company."""
    assert company.id is not None
    count = _Counter()
    count.set(company, "notes", "" if everything else mentions.scrub(company.notes))
    session.add(company)
    for meeting in _by_company(session, Meeting, company.id):
        blank = everything or meeting.call_id in emptied
        for field in ("attendees", "purpose", "result_note"):
            count.set(meeting, field, "" if blank else mentions.scrub(getattr(meeting, field)))
        count.set(meeting, "location", mentions.scrub(meeting.location))
        session.add(meeting)
    for callback in _by_company(session, Callback, company.id):
        blank = everything or callback.call_id in emptied
        count.set(callback, "reason", "" if blank else mentions.scrub(callback.reason))
        session.add(callback)
    cleared = 0
    folded = {name.casefold() for name in names}
    for order in _by_company(session, JobOrder, company.id):
        theirs = (order.contact_name or "").casefold() in folded
        if everything or order.call_id in emptied or theirs:
            if (order.contact_name, order.contact_phone, order.contact_email) != (None,) * 3:
                cleared += 1
            order.contact_name = order.contact_phone = order.contact_email = None
        for field in ("description", "requirements", "nice_to_have", "how_to_apply"):
            count.set(order, field, mentions.scrub(getattr(order, field)))
        session.add(order)
    for skip in _by_company(session, SkipOverride, company.id):
        count.set(skip, "reason", mentions.scrub(skip.reason) or ERASED)
        session.add(skip)
    return count, cleared


def _erase_searches(session: Session, whose: list[tuple[Mentions, int, int | None]]) -> int:
    """Empty the words of logged searches that contain one of the erased words; the line
    then names the person (or company) instead, so ``canvass audit --person`` finds it.
    ``whose``: each erased person's words with their company id and contact id."""
    erased = 0
    query = sqlmodel.select(AuditLine).where(
        AuditLine.action == AuditAction.SEARCH.value, AuditLine.detail != ""
    )
    for line in session.exec(query):
        for mentions, company_id, contact_id in whose:
            if mentions.shares_word(line.detail):
                line.detail = ""
                line.company_id, line.contact_id = company_id, contact_id
                session.add(line)
                erased += 1
                break
    return erased


#: Free text anywhere in the database, searched for the person's full name, phone and
#: e-mail (their single name words are erased only inside their own company).
_ELSEWHERE: tuple[tuple[str, str], ...] = (
    ("company", "notes"),
    ("call", "notes"),
    ("call_outcome", "comment"),
    ("call_event", "detail"),
    ("meeting", "attendees"),
    ("meeting", "purpose"),
    ("meeting", "result_note"),
    ("callback", "reason"),
    ("job_order", "description"),
    ("job_order", "requirements"),
    ("job_order", "nice_to_have"),
    ("job_order", "how_to_apply"),  # "ring til Ole på 20 30 40 50"
    ("job_order", "contact_name"),
    ("skip_override", "reason"),
    ("call_revision", "before_json"),
    ("call_revision", "after_json"),
    *SPARRING_TEXTS,
)


@dataclass
class _People:
    """Whole names, phones and e-mails to erase from every company's text, gathered so a
    purge of many contact persons scans each text column once."""

    names: list[str]
    phones: list[str]
    emails: list[str]

    def add(self, people: list[ContactPerson], extra: list[str]) -> None:
        self.names += [p.name.strip() for p in people if p.name.strip()] + extra
        self.phones += [p.phone for p in people if p.phone]
        self.emails += [p.email for p in people if p.email]


def _scrub_elsewhere(session: Session, people: _People) -> int:
    """Erase the people's full names, phones and e-mails in every other text (all
    companies); returns how many fields changed."""
    full = Mentions([], people.phones, people.emails)
    whole = people.names
    needles = whole + people.phones + people.emails
    if not needles:
        return 0
    tables = SQLModel.metadata.tables
    changed = 0
    for table_name, column_name in _ELSEWHERE:
        table = tables[table_name]
        column = table.c[column_name]
        found = session.execute(
            select(table.c.id, column).where(or_(*(column.ilike(f"%{n}%") for n in needles)))
        ).all()
        for row_id, value in found:
            new = full.scrub(_replace_whole(value or "", whole))
            if new != value:
                session.execute(update(table).where(table.c.id == row_id).values({column: new}))
                changed += 1
    return changed


def _replace_whole(text: str, names: list[str]) -> str:
    for name in names:
        text = re.sub(re.escape(name), ERASED, text, flags=re.IGNORECASE)
    return text


def _erase(
    session: Session,
    company: Company,
    people: list[ContactPerson],
    *,
    everything: bool,
    sole_proprietorship: bool = False,
    later: tuple[_People, list[tuple[Mentions, int, int | None]]] | None = None,
) -> Erasure:
    """Erase ``people`` of ``company``; with ``later``, the work outside the company (other
    companies' texts, the logged searches) is gathered there for the caller to do once."""
    assert company.id is not None
    contact_id = people[0].id if len(people) == 1 and not everything else None
    names = {p.name for p in people}
    extra = [company.name] if sole_proprietorship else []
    phones = [p.phone for p in people] + ([company.phone] if sole_proprietorship else [])
    mentions = Mentions([*names, *extra], phones, [p.email for p in people])
    calls = _company_calls(session, company.id)
    ids = {p.id for p in people}
    emptied = {c.id for c in calls if c.id is not None and (everything or c.contact_id in ids)}
    call_count = _erase_calls(session, calls, mentions, emptied)
    erase_sparring(
        session,
        calls,
        _by_company(session, Meeting, company.id),
        mentions,
        emptied,
        call_count.set,
        everything=everything,
    )
    row_count, cleared = _erase_company_rows(
        session, company, mentions, emptied, names, everything=everything
    )
    session.flush()
    gathered = later or (_People([], [], []), [])
    gathered[0].add(people, extra)
    gathered[1].append((mentions, company.id, contact_id))
    elsewhere = searches = 0
    if later is None:
        elsewhere = _scrub_elsewhere(session, gathered[0])
        searches = _erase_searches(session, gathered[1])
    for person in people:
        session.delete(person)
    if sole_proprietorship:
        company.name = ERASED
        company.cvr = company.p_number = company.phone = None
        company.address = company.zip = company.city = None
        company.do_not_call = True
        session.add(company)
    session.flush()
    return Erasure(
        contacts=len(people),
        calls=sum(1 for c in calls if c.id in emptied),
        texts=call_count.texts + row_count.texts + elsewhere,
        job_orders=cleared,
        searches=searches,
        company_erased=sole_proprietorship,
    )


def forget_contact(session: Session, actor: Actor, contact_id: int) -> Erasure | None:
    """Erase one contact person (None when there is no such person) and log it."""
    person = session.get(ContactPerson, contact_id)
    if person is None:
        return None
    company = session.get(Company, person.company_id)
    assert company is not None  # the foreign key keeps it
    result = _erase(session, company, [person], everything=False)
    record(
        session,
        actor,
        AuditAction.FORGET,
        company_id=company.id,
        contact_id=contact_id,
        detail=result.detail,
    )
    return result


def forget_company(
    session: Session, actor: Actor, company_id: int, *, sole_proprietorship: bool = False
) -> Erasure | None:
    """Erase every contact person and all free text of a company, and log it."""
    company = session.get(Company, company_id)
    if company is None:
        return None
    people = list(
        session.exec(sqlmodel.select(ContactPerson).where(ContactPerson.company_id == company_id))
    )
    result = _erase(
        session, company, people, everything=True, sole_proprietorship=sole_proprietorship
    )
    record(session, actor, AuditAction.FORGET, company_id=company_id, detail=result.detail)
    return result


def forget_contacts(session: Session, actor: Actor, contact_ids: list[int]) -> int:
    """Forget many contact persons (``canvass purge``): each as :func:`forget_contact`
    with its own audit line, the texts of other companies and the searches scanned once.
    Returns how many were forgotten."""
    gathered: tuple[_People, list[tuple[Mentions, int, int | None]]] = (_People([], [], []), [])
    forgotten = 0
    for contact_id in contact_ids:
        person = session.get(ContactPerson, contact_id)
        company = session.get(Company, person.company_id) if person else None
        if person is None or company is None:
            continue
        result = _erase(session, company, [person], everything=False, later=gathered)
        record(
            session,
            actor,
            AuditAction.FORGET,
            company_id=company.id,
            contact_id=contact_id,
            detail=result.detail,
        )
        forgotten += 1
    _scrub_elsewhere(session, gathered[0])
    _erase_searches(session, gathered[1])
    return forgotten
