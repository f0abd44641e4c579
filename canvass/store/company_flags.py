"""The three marks a consultant sets on a company: key account (*nøglekunde*),
do-not-call (*ring ikke*) and reklamebeskyttet. The prioritised list reads them
(:mod:`canvass.store.call_lists`): key accounts come early, the other two are skipped.
Plain Python: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import Session, SQLModel

_COMPANY = SQLModel.metadata.tables["company"]

#: The flags, in the order the dialog shows them (their keys are 1, 2, 3).
FLAGS: tuple[str, ...] = ("key_account", "do_not_call", "ad_protected")


@dataclass(frozen=True)
class CompanyFlags:
    """A company's name and its three marks."""

    company_id: int
    name: str
    key_account: bool
    do_not_call: bool
    ad_protected: bool


def company_flags(session: Session, company_id: int) -> CompanyFlags | None:
    """The company's marks, or None when there is no such company."""
    c = _COMPANY.c
    query = select(c.id, c.name, c.key_account, c.do_not_call, c.ad_protected)
    row = session.execute(query.where(c.id == company_id)).first()
    return None if row is None else CompanyFlags(*row)


def set_company_flag(
    session: Session, company_id: int, flag: str, value: bool, at: datetime
) -> CompanyFlags:
    """Set one mark (``FLAGS``) and return all three as stored; ``LookupError`` if gone."""
    if flag not in FLAGS:
        raise ValueError(flag)
    statement = (
        update(_COMPANY)
        .where(_COMPANY.c.id == company_id)
        .values({flag: bool(value), "updated_at": at})
    )
    if not session.execute(statement).rowcount:  # type: ignore[attr-defined]
        raise LookupError(company_id)
    found = company_flags(session, company_id)
    assert found is not None
    return found
