"""The :class:`~canvass.store.store.Store` methods for the audit log.

A mixin, so the facade keeps one short session per call without growing store.py. The
UI calls the ``audit_*`` writers through its writer thread, never on the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, select

from canvass.domain.retention import Retention
from canvass.store import audit, forget, purge
from canvass.store.audit import Actor, AuditRow
from canvass.store.audit_model import AuditAction
from canvass.store.erasure import run_erasure, wipe_free_space
from canvass.store.models import Company, ContactPerson


class AuditMethods:
    """Writing the lines for reads and searches, reading the log, forget and purge."""

    engine: Engine

    def session(self, *, write: bool = False) -> AbstractContextManager[Session]:
        raise NotImplementedError  # provided by Store

    def audit_read_card(
        self, consultant_id: int, company_id: int, contact_id: int | None = None
    ) -> None:
        """Log that the consultant was shown the company's card (all its contacts)."""
        with self.session(write=True) as session:
            actor = audit.consultant_actor(session, consultant_id)
            audit.record(
                session,
                actor,
                AuditAction.READ_CARD,
                company_id=company_id,
                contact_id=contact_id,
            )

    def audit_search(self, consultant_id: int, term: str) -> None:
        """Log a search the consultant used (the words are the line's detail)."""
        with self.session(write=True) as session:
            actor = audit.consultant_actor(session, consultant_id)
            audit.record(session, actor, AuditAction.SEARCH, detail=term)

    def audit_export(self, who: Actor | int, company_ids: Iterable[int], detail: str) -> int:
        """Log an export (by an actor or a consultant's id): one line per company it
        carried (at least one line, also for an empty file); returns how many."""
        with self.session(write=True) as session:
            actor = who if isinstance(who, Actor) else audit.consultant_actor(session, who)
            ids = list(company_ids)
            if not ids:
                audit.record(session, actor, AuditAction.EXPORT, detail=detail)
                return 1
            return audit.record_companies(session, actor, AuditAction.EXPORT, company_ids, detail)

    def audit_rows(
        self,
        *,
        contact_id: int | None = None,
        company_id: int | None = None,
        since: datetime | None = None,
    ) -> list[AuditRow]:
        """The audit log, oldest first, or what concerns one person or company."""
        with self.session() as session:
            return audit.audit_rows(
                session, contact_id=contact_id, company_id=company_id, since=since
            )

    def company_id_by_cvr(self, cvr: str) -> int | None:
        """The id of the company with this CVR number, or None."""
        with self.session() as session:
            return session.exec(select(Company.id).where(Company.cvr == cvr)).first()

    def contact_label(self, contact_id: int) -> tuple[str, str] | None:
        """The contact person's name and their company's name, or None."""
        with self.session() as session:
            person = session.get(ContactPerson, contact_id)
            company = session.get(Company, person.company_id) if person else None
            return (person.name, company.name) if person and company else None

    def forget(
        self,
        actor: Actor,
        *,
        contact_id: int | None = None,
        company_id: int | None = None,
        sole_proprietorship: bool = False,
        dry_run: bool = False,
    ) -> tuple[forget.Erasure | None, bool]:
        """Erase a contact person, or every contact and the free text of a company (see
        :mod:`canvass.store.forget`); returns what went (None: no such person or
        company) and whether the files were cleaned too (always True for a dry run)."""

        def work(session: Session) -> forget.Erasure | None:
            if contact_id is not None:
                return forget.forget_contact(session, actor, contact_id)
            assert company_id is not None
            return forget.forget_company(
                session, actor, company_id, sole_proprietorship=sole_proprietorship
            )

        result = run_erasure(self, work, dry_run=dry_run)  # type: ignore[arg-type]
        if result is None or dry_run:
            return result, True
        return result, wipe_free_space(self.engine)

    def purge(
        self, actor: Actor, now: datetime, retention: Retention, *, dry_run: bool = False
    ) -> tuple[purge.Purged, bool]:
        """Erase what is older than the retention periods (see :mod:`canvass.store.purge`)."""
        result = run_erasure(
            self,  # type: ignore[arg-type]
            lambda session: purge.purge(session, actor, now, retention),
            dry_run=dry_run,
        )
        return result, dry_run or wipe_free_space(self.engine)
