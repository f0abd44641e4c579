"""What an import finds in the database for a chunk of records: the companies they
match, their first contact persons, and which are on the call list already.

Companies are matched by CVR; rows without one (or whose CVR is new) by normalised phone
and name. Each existing company matches one row of a file at most (``claimed``). One
query per kind per chunk, never one per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select
from sqlmodel import SQLModel

from canvass.store.models import danish_sort_key
from canvass.transfer.csv_import import CompanyRecord
from canvass.transfer.import_rows import DERIVED, FIELDS, contact_row

_COMPANY = SQLModel.metadata.tables["company"]
_CONTACT = SQLModel.metadata.tables["contact_person"]
_MEMBER = SQLModel.metadata.tables["call_list_member"]
_COLUMNS = [_COMPANY.c.id, *(_COMPANY.c[name] for name in (*FIELDS, *DERIVED))]


def match(
    conn: Connection, claimed: set[int], records: Sequence[CompanyRecord]
) -> dict[int, tuple[int, dict[str, Any]]]:
    """Existing company (id, its ``FIELDS`` and ``DERIVED`` values) per record line, for
    records that have one; the ids found are added to ``claimed``."""
    by_cvr: dict[str, Row[Any]] = {}
    cvrs = [r.cvr for r in records if r.cvr]
    if cvrs:
        for hit in conn.execute(select(*_COLUMNS).where(_COMPANY.c.cvr.in_(cvrs))):
            by_cvr[hit.cvr] = hit
    # Phone + name for rows without a CVR, and for CVRs the database doesn't know yet
    # (the company may have been imported earlier from a list without CVRs).
    phones = sorted({r.phone for r in records if not r.cvr or r.cvr not in by_cvr})
    by_phone_name: dict[tuple[str, str], list[Row[Any]]] = {}
    if phones:
        query = select(*_COLUMNS).where(_COMPANY.c.phone.in_(phones)).order_by(_COMPANY.c.id)
        for hit in conn.execute(query):
            by_phone_name.setdefault((hit.phone, hit.sort_name), []).append(hit)
    found: dict[int, tuple[int, dict[str, Any]]] = {}
    for record in records:
        row: Row[Any] | None = by_cvr.get(record.cvr) if record.cvr else None
        if row is None and by_phone_name:
            candidates = by_phone_name.get((record.phone, danish_sort_key(record.name)), [])
            row = next(
                (
                    c
                    for c in candidates
                    if c.id not in claimed and (record.cvr is None or c.cvr is None)
                ),
                None,
            )
        if row is not None and row.id not in claimed:
            claimed.add(row.id)
            found[record.line] = (row.id, dict(row._mapping))
    return found


def not_members(conn: Connection, list_id: int | None, company_ids: list[int]) -> list[int]:
    """The companies of ``company_ids`` that are not on the list (all, without a list)."""
    if list_id is None or not company_ids:
        return list(company_ids)
    query = select(_MEMBER.c.company_id).where(
        _MEMBER.c.list_id == list_id, _MEMBER.c.company_id.in_(company_ids)
    )
    present = set(conn.execute(query).scalars())
    return [i for i in company_ids if i not in present]


def first_contacts(conn: Connection, company_ids: list[int]) -> dict[int, Row[Any]]:
    """Each company's first contact person (lowest id)."""
    if not company_ids:
        return {}
    query = select(_CONTACT).where(_CONTACT.c.company_id.in_(company_ids)).order_by(_CONTACT.c.id)
    first: dict[int, Row[Any]] = {}
    for row in conn.execute(query):
        first.setdefault(row.company_id, row)
    return first


def contact_change(
    record: CompanyRecord,
    company_id: int,
    current: Row[Any] | None,
    now: datetime,
    inserts: list[dict[str, Any]],
    updates: list[dict[str, Any]],
) -> bool:
    """Queue the insert or update the record's contact person needs; True if any."""
    if not record.contact:
        return False
    if current is None:
        inserts.append(contact_row(company_id, record, now))
        return True
    if current.name.casefold() != record.contact.casefold():
        # Another person: don't hand them the previous contact's work data.
        name, email, role, phone = record.contact, record.email, None, None
    elif record.email and record.email != current.email:
        name, email, role, phone = current.name, record.email, current.role, current.phone
    else:
        return False
    updates.append({"b_id": current.id, "b_name": name, "b_email": email, "b_role": role,
                    "b_phone": phone})  # fmt: skip
    return True
