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
#: Up to this many companies are looked up by id (well below SQLite's parameter limit).
_BY_ID = 500


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
    query = (
        select(c.id, _CONSULTANT.c.initials)
        .join(_CONSULTANT, _CONSULTANT.c.id == c.claimed_by)
        .where(c.claimed_at >= now - CLAIM_TTL)
        .where(c.claimed_by.is_distinct_from(consultant_id))
    )
    if len(ids) <= _BY_ID:  # a page or a few: look them up by id
        query = query.where(c.id.in_(ids))
    # Else every live claim (a handful: one per consultant on the phone), kept if asked for.
    found.update({key: initials for key, initials in session.execute(query) if key in found})
    return found
