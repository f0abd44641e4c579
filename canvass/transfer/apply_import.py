"""Writing an :class:`ImportPlan` to the database: one transaction, bulk and chunked.

Companies are matched by CVR; rows without one (or whose CVR is new) by normalised phone
and name. A blank cell never erases what the database has. Fast enough for a million
rows: the checked records are streamed in chunks (:meth:`ImportPlan.iter_records`), each written
with multi-row Core statements, existing companies looked up with one query per chunk —
all in one transaction, so an import is whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any, NamedTuple

from sqlalchemy import Connection, Row, bindparam, insert, select, update
from sqlmodel import SQLModel

from canvass.store.audit import Actor, record_on
from canvass.store.audit_model import AuditAction
from canvass.store.models import company_search_key, danish_sort_key, utcnow
from canvass.store.store import Store
from canvass.transfer.bulk import insert_rows
from canvass.transfer.csv_import import CompanyRecord, ImportPlan, Progress

_COMPANY = SQLModel.metadata.tables["company"]
_CONTACT = SQLModel.metadata.tables["contact_person"]
_LIST = SQLModel.metadata.tables["call_list"]
_MEMBER = SQLModel.metadata.tables["call_list_member"]

#: Rows per chunk; keeps every IN (...) list below SQLite's old 999-variable limit.
CHUNK_SIZE = 900

#: Company columns an import may set.
FIELDS: tuple[str, ...] = (
    "name", "phone", "cvr", "address", "zip", "city", "industry", "employees", "segment",
    "ad_protected", "key_account", "do_not_call",
)  # fmt: skip


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, in a dry run, would do)."""

    new: int
    updated: int
    unchanged: int
    contacts_added: int
    contacts_updated: int
    list_name: str | None
    list_created: bool
    list_added: int
    dry_run: bool

    @property
    def total(self) -> int:
        """Every company in the file."""
        return self.new + self.updated + self.unchanged


@dataclass
class _Run:
    """State of one import across its chunks."""

    now: datetime
    dry_run: bool
    list_id: int | None
    claimed: set[int] = field(default_factory=set)  # each existing company matches one row
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    contacts_added: int = 0
    contacts_updated: int = 0
    list_added: int = 0


def apply_import(
    store: Store,
    plan: ImportPlan,
    list_name: str | None = None,
    *,
    dry_run: bool = False,
    audit_as: Actor | int | None = None,
    source: str = "",
    progress: Progress | None = None,
) -> ImportSummary:
    """Import the plan's companies in one transaction and say what changed.

    ``list_name`` adds every company of the file to that call list (created if missing).
    ``dry_run`` reads the database to count what would happen but writes nothing.
    ``audit_as`` (an actor or a consultant's id) writes an import line to the audit log in
    the same transaction, with the counts and ``source`` (the file's name, no folder).
    ``progress`` is told how far the file has been written ("write" phase).
    Raises ``ValueError`` for a plan with problems, :class:`StoreError` on database errors.
    """
    if not plan.ok:
        raise ValueError("an import plan with problems cannot be applied")
    # One write transaction through the store's door (a dry run is rolled back).
    with store.connection(write=not dry_run, commit=not dry_run) as conn:
        list_id, created = _call_list(conn, list_name, dry_run)
        run = _Run(now=utcnow(), dry_run=dry_run, list_id=list_id)
        with _page_cache(conn, plan.rows):
            for chunk in _chunks(plan.iter_records(progress), CHUNK_SIZE):
                _import_chunk(conn, run, chunk, list_name is not None)
        if audit_as is not None and not dry_run:
            detail = (
                f"{source} new={run.new} updated={run.updated} "
                f"contacts_added={run.contacts_added} "
                f"contacts_updated={run.contacts_updated}"
            ).strip()
            record_on(conn, audit_as, AuditAction.IMPORT, detail)
    return ImportSummary(
        new=run.new,
        updated=run.updated,
        unchanged=run.unchanged,
        contacts_added=run.contacts_added,
        contacts_updated=run.contacts_updated,
        list_name=list_name,
        list_created=created,
        list_added=run.list_added,
        dry_run=dry_run,
    )


#: SQLite's page cache (KiB) while a large import runs; the default 2 MB makes every
#: insert into the company table's five indexes (random keys) read pages back from disk.
IMPORT_CACHE_KIB = 96 * 1024


@contextmanager
def _page_cache(conn: Connection, rows: int) -> Iterator[None]:
    """A larger SQLite page cache for this connection while a large import runs."""
    if conn.dialect.name != "sqlite" or rows < 10 * CHUNK_SIZE or not IMPORT_CACHE_KIB:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(IMPORT_CACHE_KIB)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _chunks(records: Iterable[CompanyRecord], size: int) -> Iterator[list[CompanyRecord]]:
    stream = iter(records)
    while chunk := list(islice(stream, size)):
        yield chunk


def _call_list(conn: Connection, name: str | None, dry_run: bool) -> tuple[int | None, bool]:
    """The list's id (None in a dry run of a new list) and whether it is new."""
    if name is None:
        return None, False
    found = conn.execute(select(_LIST.c.id).where(_LIST.c.name == name)).scalar()
    if found is not None:
        return int(found), False
    if dry_run:
        return None, True
    values = {"name": name, "script_id": None, "created_at": utcnow()}
    new_id = conn.execute(insert(_LIST).returning(_LIST.c.id), values).scalar_one()
    return int(new_id), True


def _import_chunk(
    conn: Connection, run: _Run, records: Sequence[CompanyRecord], to_list: bool
) -> None:
    matches = _match(conn, run, records)
    contacts = _first_contacts(conn, [m[0] for m in matches.values()])
    new_rows: list[dict[str, Any]] = []
    new_records: list[CompanyRecord] = []
    updates: list[dict[str, Any]] = []
    contact_inserts: list[dict[str, Any]] = []
    contact_updates: list[dict[str, Any]] = []
    company_ids: list[int] = []
    for record in records:
        match = matches.get(record.line)
        if match is None:
            new_rows.append(_new_company(record, run.now))
            new_records.append(record)
            continue
        company_id, existing = match
        company_ids.append(company_id)
        merged = {name: _pick(getattr(record, name), existing[name]) for name in FIELDS}
        changed = any(merged[name] != existing[name] for name in FIELDS)
        if changed:
            updates.append({f"b_{k}": v for k, v in _with_derived(merged).items()} | {
                "b_id": company_id, "b_updated_at": run.now,
            })  # fmt: skip
        contact_changed = _contact_change(
            record, company_id, contacts.get(company_id), run.now, contact_inserts,
            contact_updates,
        )  # fmt: skip
        if changed or contact_changed:
            run.updated += 1
        else:
            run.unchanged += 1
    run.new += len(new_rows)
    run.contacts_added += len(contact_inserts) + sum(1 for r in new_records if r.contact)
    run.contacts_updated += len(contact_updates)
    if run.dry_run:
        if to_list:
            run.list_added += len(new_rows) + len(_not_members(conn, run.list_id, company_ids))
        return
    if new_rows:
        new_ids = _insert_companies(conn, new_rows)
        for record, row in zip(new_records, new_rows, strict=True):
            company_id = new_ids[_identity(record.cvr, record.phone, row["sort_name"])]
            company_ids.append(company_id)
            if record.contact:
                contact_inserts.append(_contact_row(company_id, record, run.now))
    if updates:
        names = (*FIELDS, "search_key", "sort_name", "updated_at")
        values: dict[str, Any] = {name: bindparam(f"b_{name}") for name in names}
        statement = update(_COMPANY).where(_COMPANY.c.id == bindparam("b_id")).values(values)
        conn.execute(statement, updates)
    if contact_inserts:
        insert_rows(conn, _CONTACT, contact_inserts)
    if contact_updates:
        statement = (
            update(_CONTACT)
            .where(_CONTACT.c.id == bindparam("b_id"))
            .values(
                name=bindparam("b_name"),
                email=bindparam("b_email"),
                role=bindparam("b_role"),
                phone=bindparam("b_phone"),
            )
        )
        conn.execute(statement, contact_updates)
    if to_list and run.list_id is not None:
        missing = _not_members(conn, run.list_id, company_ids)
        if missing:
            rows = [{"list_id": run.list_id, "company_id": i} for i in missing]
            insert_rows(conn, _MEMBER, rows)
        run.list_added += len(missing)


def _identity(cvr: str | None, phone: str, sort_name: str) -> tuple[str, ...]:
    # Unique among a chunk's new rows: the file has no CVR twice, nor the same phone and
    # name twice without a CVR.
    return (cvr,) if cvr else (phone, sort_name)


def _insert_companies(conn: Connection, rows: list[dict[str, Any]]) -> dict[tuple[str, ...], int]:
    """Insert the rows; their new ids by :func:`_identity`.

    RETURNING gives the rows in no promised order, so rows are matched by key.
    """
    returned = insert_rows(conn, _COMPANY, rows, ("id", "cvr", "phone", "sort_name"))
    return {_identity(row.cvr, row.phone, row.sort_name): int(row.id) for row in returned}


def _pick(incoming: Any, existing: Any) -> Any:
    # A blank cell (None) keeps what the database has.
    return existing if incoming is None else incoming


def _match(
    conn: Connection, run: _Run, records: Sequence[CompanyRecord]
) -> dict[int, tuple[int, dict[str, Any]]]:
    """Existing company (id, current values) per record line, for records that have one."""
    columns = [_COMPANY.c.id, *(_COMPANY.c[name] for name in FIELDS), _COMPANY.c.sort_name]
    by_cvr: dict[str, Row[Any]] = {}
    cvrs = [r.cvr for r in records if r.cvr]
    if cvrs:
        for hit in conn.execute(select(*columns).where(_COMPANY.c.cvr.in_(cvrs))):
            by_cvr[hit.cvr] = hit
    # Phone + name for rows without a CVR, and for CVRs the database doesn't know yet
    # (the company may have been imported earlier from a list without CVRs).
    phones = sorted({r.phone for r in records if not r.cvr or r.cvr not in by_cvr})
    by_phone_name: dict[tuple[str, str], list[Row[Any]]] = {}
    if phones:
        query = select(*columns).where(_COMPANY.c.phone.in_(phones)).order_by(_COMPANY.c.id)
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
                    if c.id not in run.claimed and (record.cvr is None or c.cvr is None)
                ),
                None,
            )
        if row is not None and row.id not in run.claimed:
            run.claimed.add(row.id)
            found[record.line] = (row.id, {name: row._mapping[name] for name in FIELDS})
    return found


def _not_members(conn: Connection, list_id: int | None, company_ids: list[int]) -> list[int]:
    if list_id is None or not company_ids:
        return list(company_ids)
    query = select(_MEMBER.c.company_id).where(
        _MEMBER.c.list_id == list_id, _MEMBER.c.company_id.in_(company_ids)
    )
    present = set(conn.execute(query).scalars())
    return [i for i in company_ids if i not in present]


def _first_contacts(conn: Connection, company_ids: list[int]) -> dict[int, Row[Any]]:
    """Each company's first contact person (lowest id)."""
    if not company_ids:
        return {}
    query = select(_CONTACT).where(_CONTACT.c.company_id.in_(company_ids)).order_by(_CONTACT.c.id)
    first: dict[int, Row[Any]] = {}
    for row in conn.execute(query):
        first.setdefault(row.company_id, row)
    return first


def _contact_change(
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
        inserts.append(_contact_row(company_id, record, now))
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


def _contact_row(company_id: int, record: CompanyRecord, now: datetime) -> dict[str, Any]:
    return {
        "company_id": company_id,
        "name": record.contact,
        "role": None,
        "phone": None,
        "email": record.email,
        "created_at": now,
    }


class _KeyParts(NamedTuple):
    name: str
    city: str | None
    cvr: str | None
    phone: str | None
    zip: str | None


def _with_derived(values: dict[str, Any]) -> dict[str, Any]:
    """The values plus ``search_key``/``sort_name``, which the ORM events keep otherwise."""
    # Plain values, not a Company: building 100,000 ORM objects would triple the time.
    parts = _KeyParts(values["name"], values["city"], values["cvr"], values["phone"], values["zip"])
    return values | {
        "search_key": company_search_key(parts),
        "sort_name": danish_sort_key(values["name"]),
    }


def _new_company(record: CompanyRecord, now: datetime) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in FIELDS}
    for flag in ("ad_protected", "key_account", "do_not_call"):
        values[flag] = bool(values[flag])
    return _with_derived(values) | {
        "industry_code": None,
        "p_number": None,
        "notes": "",
        "created_at": now,
        "updated_at": now,
        "claimed_by": None,
        "claimed_at": None,
    }
