"""Live claims: who is on a call with a company right now, read for a few companies.

The call list re-reads these for its loaded rows, so an "i gang (AB)" mark never
outlives the colleague's call. Plain Python: no Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from canvass.store.calls import CLAIM_TTL

_COMPANY, _CONSULTANT = SQLModel.metadata.tables["company"], SQLModel.metadata.tables["consultant"]


def live_claims(
    session: Session, company_ids: Iterable[int], now: datetime, consultant_id: int | None
) -> dict[int, str | None]:
    """For each company: the initials of a colleague on a call with it now, or None.

    A claim of the consultant's own, or one older than :data:`CLAIM_TTL`, counts as free
    (the same rule the call list and :func:`canvass.store.calls.claim_company` use).
    """
    ids = list(dict.fromkeys(company_ids))
    found: dict[int, str | None] = dict.fromkeys(ids)
    c = _COMPANY.c
    for start in range(0, len(ids), 500):  # stay below SQLite's bound-parameter limit
        query = (
            select(c.id, _CONSULTANT.c.initials)
            .join(_CONSULTANT, _CONSULTANT.c.id == c.claimed_by)
            .where(c.id.in_(ids[start : start + 500]))
            .where(c.claimed_at >= now - CLAIM_TTL)
            .where(c.claimed_by.is_distinct_from(consultant_id))
        )
        found.update({company_id: initials for company_id, initials in session.execute(query)})
    return found
