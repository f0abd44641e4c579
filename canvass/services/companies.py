"""Companies: the plain company list, the marks on a company, who is on a call with it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from canvass.services.base import Service
from canvass.store import claims, companies
from canvass.store import company_flags as flags
from canvass.store.models import utcnow
from canvass.store.rows import CompanyRow


class CompanyService(Service):
    """Read companies; set key-account, do-not-call and reklamebeskyttet marks."""

    def is_empty(self) -> bool:
        """True when the database holds no companies."""
        return self._store.read(companies.is_empty)

    def count_companies(self, search: str = "") -> int:
        """How many companies match ``search`` (name, CVR, phone, city; case-insensitive)."""
        return self._store.read(lambda s: companies.count_companies(s, search))

    def company_rows(
        self, search: str = "", offset: int = 0, limit: int = 200, *, now: datetime | None = None
    ) -> list[CompanyRow]:
        """One page of the company list, ordered by name (``now`` decides which meetings
        are upcoming; default: the current time)."""
        at = now or utcnow()
        return self._store.read(lambda s: companies.company_rows(s, search, offset, limit, at))

    def company_flags(self, company_id: int) -> flags.CompanyFlags | None:
        """A company's key-account, do-not-call and reklamebeskyttet marks."""
        return self._store.read(lambda s: flags.company_flags(s, company_id))

    def set_company_flag(
        self, company_id: int, flag: str, value: bool, at: datetime
    ) -> flags.CompanyFlags:
        """Set one of the company's marks at once; returns all three as stored."""
        return self._store.write(lambda s: flags.set_company_flag(s, company_id, flag, value, at))

    def live_claims(
        self, company_ids: Iterable[int], now: datetime, consultant_id: int | None
    ) -> dict[int, str | None]:
        """Initials of a colleague on a call with each company now, or None when free."""
        ids = list(company_ids)
        return self._store.read(lambda s: claims.live_claims(s, ids, now, consultant_id))
