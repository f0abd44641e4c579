"""``canvass purge``: erase by age what the retention periods no longer allow.

Three kinds, each with its own period (config ``retention_notes``,
``retention_contacts``, ``retention_audit``; ``--older-than`` sets all three):

- **notes**: the free text of calls started before the cutoff — notes, wrap-up
  comment, note events, dialled numbers, the text of their corrections, sparring notes —
  and of meetings held before it (attendees, purpose, result), of callbacks settled
  before it, skip reasons given before it, and company notes not changed since;
- **contacts**: contact persons added before the cutoff and not called since are
  forgotten as by ``canvass forget --contact`` (mentions erased too); job orders not
  changed since lose their contact fields;
- **audit**: audit lines older than the cutoff are deleted.

Counts, outcomes and times stay. One purge line is written to the audit log after the
old lines are gone, so it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlmodel
from sqlalchemy import delete, exists, func, select, update
from sqlmodel import Session, SQLModel, col

from canvass.domain.call_session import EventKind
from canvass.domain.retention import Retention
from canvass.store.audit import Actor, record
from canvass.store.audit_model import AuditAction, AuditLine
from canvass.store.forget import forget_contacts
from canvass.store.models import Call, ContactPerson
from canvass.store.scrub import ERASED, blank_json

_T = SQLModel.metadata.tables


@dataclass(frozen=True)
class Purged:
    """What a purge erased (or, in a dry run, would erase)."""

    calls: int = 0  # calls whose free text was emptied
    texts: int = 0  # other text fields emptied (meetings, callbacks, skips, companies)
    contacts: int = 0  # contact persons forgotten
    job_orders: int = 0  # job orders whose contact fields were cleared
    audit_lines: int = 0  # audit lines deleted

    @property
    def detail(self) -> str:
        return (
            f"calls={self.calls} texts={self.texts} contacts={self.contacts} "
            f"job_orders={self.job_orders} audit_lines={self.audit_lines}"
        )


def _blank(session: Session, table: str, column: str, *where: object, to: str = "") -> int:
    t = _T[table]
    statement = update(t).where(t.c[column] != to, *where).values({column: to})  # type: ignore[arg-type]
    return int(session.execute(statement).rowcount or 0)  # type: ignore[attr-defined]


def _purge_notes(session: Session, cutoff: datetime) -> tuple[int, int]:
    call, old_calls = _T["call"], select(_T["call"].c.id).where(_T["call"].c.started_at < cutoff)
    calls = int(
        session.execute(
            select(func.count()).where(
                call.c.started_at < cutoff,
                (call.c.notes != "")
                | exists().where(
                    _T["call_outcome"].c.call_id == call.c.id, _T["call_outcome"].c.comment != ""
                ),
            )
        ).scalar_one()
    )
    _blank(session, "call", "notes", call.c.started_at < cutoff)
    _blank(session, "call_outcome", "comment", _T["call_outcome"].c.call_id.in_(old_calls))
    event = _T["call_event"]
    kinds = (EventKind.NOTE.value, EventKind.DIAL.value)
    _blank(session, "call_event", "detail", event.c.call_id.in_(old_calls), event.c.kind.in_(kinds))
    # The observer's live notes go with the call's notes; a review (about the consultant's
    # calling, not the company) stays, and forget scrubs a person out of it.
    _blank(session, "observer_note", "text", _T["observer_note"].c.call_id.in_(old_calls))
    revision = _T["call_revision"]
    for row in session.execute(
        select(revision.c.id, revision.c.before_json, revision.c.after_json).where(
            revision.c.call_id.in_(old_calls)
        )
    ):
        before, after = blank_json(row.before_json), blank_json(row.after_json)
        if (before, after) != (row.before_json, row.after_json):
            session.execute(
                update(revision)
                .where(revision.c.id == row.id)
                .values(before_json=before, after_json=after)
            )
    texts = 0
    meeting = _T["meeting"]
    for column in ("attendees", "purpose", "result_note"):
        texts += _blank(session, "meeting", column, meeting.c.starts_at < cutoff)
    callback = _T["callback"]
    texts += _blank(session, "callback", "reason", callback.c.done_at < cutoff)
    skip = _T["skip_override"]
    texts += _blank(session, "skip_override", "reason", skip.c.created_at < cutoff, to=ERASED)
    texts += _blank(session, "company", "notes", _T["company"].c.updated_at < cutoff)
    return calls, texts


def _purge_contacts(session: Session, actor: Actor, cutoff: datetime) -> tuple[int, int]:
    called_since = exists().where(
        col(Call.contact_id) == col(ContactPerson.id), col(Call.started_at) >= cutoff
    )
    old = session.exec(
        sqlmodel.select(ContactPerson.id).where(
            col(ContactPerson.created_at) < cutoff, ~called_since
        )
    ).all()
    forget_contacts(session, actor, [i for i in old if i is not None])
    order = _T["job_order"]
    cleared = session.execute(
        update(order)
        .where(
            order.c.updated_at < cutoff,
            order.c.contact_name.is_not(None)
            | order.c.contact_phone.is_not(None)
            | order.c.contact_email.is_not(None),
        )
        .values(contact_name=None, contact_phone=None, contact_email=None)
    ).rowcount  # type: ignore[attr-defined]
    return len(old), int(cleared or 0)


def purge(session: Session, actor: Actor, now: datetime, retention: Retention) -> Purged:
    """Erase what is older than each kind's period, and log it (inside ``session``)."""
    calls = texts = contacts = orders = lines = 0
    if retention.notes is not None:
        calls, texts = _purge_notes(session, retention.notes.cutoff(now))
    if retention.contacts is not None:
        contacts, orders = _purge_contacts(session, actor, retention.contacts.cutoff(now))
    if retention.audit is not None:
        session.flush()
        cutoff = retention.audit.cutoff(now)
        lines = int(
            session.execute(delete(AuditLine).where(col(AuditLine.at) < cutoff)).rowcount  # type: ignore[attr-defined]
            or 0
        )
    result = Purged(calls, texts, contacts, orders, lines)
    record(session, actor, AuditAction.PURGE, detail=result.detail, at=now)
    return result
