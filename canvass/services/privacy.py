"""Privacy: the audit log's lines for reads, searches and exports, reading the log, and
erasure (forget a person or a company's contacts, purge by retention period).

The UI hands the read and search lines to its writer, never on the UI thread. Erasure
runs in one write transaction (rolled back for a dry run) and then cleans the files
(:mod:`canvass.store.erasure`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, select

from canvass.domain.retention import Retention
from canvass.services.base import Service
from canvass.store import audit, forget, purge
from canvass.store.audit import Actor, AuditRow
from canvass.store.audit_model import AuditAction
from canvass.store.erasure import run_erasure, wipe_free_space
from canvass.store.models import Company, ContactPerson


class PrivacyService(Service):
    """Writing the lines for reads and searches, reading the log, forget and purge."""

    def read_card(self, consultant_id: int, company_id: int, contact_id: int | None = None) -> None:
        """Log that the consultant was shown the company's card (all its contacts)."""

        def work(session: Session) -> None:
            actor = audit.consultant_actor(session, consultant_id)
            audit.record(
                session, actor, AuditAction.READ_CARD, company_id=company_id, contact_id=contact_id
            )

        self._store.write(work)

    def search(self, consultant_id: int, term: str) -> None:
        """Log a search the consultant used (the words are the line's detail)."""

        def work(session: Session) -> None:
            actor = audit.consultant_actor(session, consultant_id)
            audit.record(session, actor, AuditAction.SEARCH, detail=term)

        self._store.write(work)

    def export(self, who: Actor | int, company_ids: Iterable[int], detail: str) -> int:
        """Log an export: one line per company it carried (at least one); how many."""
        ids = list(company_ids)
        return self._store.write(lambda s: audit.record_export(s, who, ids, detail))

    def audit_rows(
        self,
        *,
        contact_id: int | None = None,
        company_id: int | None = None,
        since: datetime | None = None,
    ) -> list[AuditRow]:
        """The audit log, oldest first, or what concerns one person or company."""
        return self._store.read(
            lambda s: audit.audit_rows(s, contact_id=contact_id, company_id=company_id, since=since)
        )

    def company_id_by_cvr(self, cvr: str) -> int | None:
        """The id of the company with this CVR number, or None."""
        return self._store.read(
            lambda s: s.exec(select(Company.id).where(Company.cvr == cvr)).first()
        )

    def contact_label(self, contact_id: int) -> tuple[str, str] | None:
        """The contact person's name and their company's name, or None."""

        def work(session: Session) -> tuple[str, str] | None:
            person = session.get(ContactPerson, contact_id)
            company = session.get(Company, person.company_id) if person else None
            return (person.name, company.name) if person and company else None

        return self._store.read(work)

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

        result = run_erasure(self._store, work, dry_run=dry_run)
        if result is None or dry_run:
            return result, True
        return result, wipe_free_space(self._store.engine)

    def purge(
        self, actor: Actor, now: datetime, retention: Retention, *, dry_run: bool = False
    ) -> tuple[purge.Purged, bool]:
        """Erase what is older than the retention periods (see :mod:`canvass.store.purge`)."""
        result = run_erasure(
            self._store,
            lambda session: purge.purge(session, actor, now, retention),
            dry_run=dry_run,
        )
        return result, dry_run or wipe_free_space(self._store.engine)
