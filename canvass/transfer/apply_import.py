"""Writing an :class:`ImportPlan` to the database: one transaction, bulk and chunked.

Companies are matched by CVR; rows without one (or whose CVR is new) by normalised phone
and name (:mod:`canvass.transfer.import_match`). A blank cell never erases what the
database has, and an update writes only the columns that change
(:mod:`canvass.transfer.import_rows`). Fast enough for a million rows: the checked
records are streamed in chunks (:meth:`ImportPlan.iter_records`), each written with
multi-row Core statements, existing companies looked up with one query per chunk — all
in one transaction, so an import is whole or not at all. On SQLite the new companies'
ids are counted and their indexes built in bulk (:mod:`canvass.store.bulk_load`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlmodel import SQLModel

from canvass.store.audit import Actor, record_on
from canvass.store.audit_model import AuditAction
from canvass.store.bulk_load import CompanyLoad, company_load
from canvass.store.models import utcnow
from canvass.store.store import Store
from canvass.transfer.bulk import insert_rows
from canvass.transfer.csv_import import CompanyRecord, ImportPlan, Progress
from canvass.transfer.import_match import contact_change, first_contacts, match, not_members
from canvass.transfer.import_rows import changes, contact_row, new_company

_COMPANY = SQLModel.metadata.tables["company"]
_CONTACT = SQLModel.metadata.tables["contact_person"]
_LIST = SQLModel.metadata.tables["call_list"]
_MEMBER = SQLModel.metadata.tables["call_list_member"]

#: Rows per chunk; keeps every IN (...) list below SQLite's old 999-variable limit.
CHUNK_SIZE = 900


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
    list_is_new: bool
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
        run = _Run(now=utcnow(), dry_run=dry_run, list_id=list_id, list_is_new=created)
        # A dry run reads: no ids to count, no index to pause.
        load = nullcontext(CompanyLoad(None)) if dry_run else company_load(conn, plan.rows)
        with _page_cache(conn, plan.rows), load as loading:
            for chunk in _chunks(plan.iter_records(progress), CHUNK_SIZE):
                _import_chunk(conn, run, chunk, list_name is not None, loading)
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
#: insert into the company table's indexes (random keys) read pages back from disk.
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
    conn: Connection,
    run: _Run,
    records: Sequence[CompanyRecord],
    to_list: bool,
    load: CompanyLoad,
) -> None:
    matches = match(conn, run.claimed, records)
    contacts = first_contacts(conn, [m[0] for m in matches.values()])
    new_rows: list[dict[str, Any]] = []
    new_records: list[CompanyRecord] = []
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}  # by the columns they set
    contact_inserts: list[dict[str, Any]] = []
    contact_updates: list[dict[str, Any]] = []
    company_ids: list[int] = []
    for record in records:
        found = matches.get(record.line)
        if found is None:
            new_rows.append(new_company(record, run.now))
            new_records.append(record)
            continue
        company_id, existing = found
        company_ids.append(company_id)
        changed = changes(record, existing)
        if changed:
            changed["updated_at"] = run.now
            row = {f"b_{k}": v for k, v in changed.items()} | {"b_id": company_id}
            updates.setdefault(tuple(changed), []).append(row)
        contact_changed = contact_change(
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
            run.list_added += len(new_rows) + len(_not_members(conn, run, company_ids))
        return
    if new_rows:
        new_ids = _insert_companies(conn, load, new_rows)
        for record, company_id in zip(new_records, new_ids, strict=True):
            company_ids.append(company_id)
            if record.contact:
                contact_inserts.append(contact_row(company_id, record, run.now))
    if updates:
        load.before_update(conn, (row["b_id"] for rows in updates.values() for row in rows))
    for names, rows in updates.items():
        values: dict[str, Any] = {name: bindparam(f"b_{name}") for name in names}
        statement = update(_COMPANY).where(_COMPANY.c.id == bindparam("b_id")).values(values)
        conn.execute(statement, rows)
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
        missing = _not_members(conn, run, company_ids)
        if missing:
            rows = [{"list_id": run.list_id, "company_id": i} for i in missing]
            insert_rows(conn, _MEMBER, rows)
        run.list_added += len(missing)


def _not_members(conn: Connection, run: _Run, company_ids: list[int]) -> list[int]:
    # A list this import made holds only what it added, and no company comes twice.
    return company_ids if run.list_is_new else not_members(conn, run.list_id, company_ids)


def _insert_companies(conn: Connection, load: CompanyLoad, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the rows; their new ids, in the rows' order.

    On SQLite the ids are counted (:meth:`CompanyLoad.new_ids`); elsewhere RETURNING
    gives them in no promised order, so rows are matched by :func:`_identity`.
    """
    ids = load.new_ids(len(rows))
    if ids is not None:
        for company_id, row in zip(ids, rows, strict=True):
            row["id"] = company_id
        insert_rows(conn, _COMPANY, rows)
        return list(ids)
    returned = insert_rows(conn, _COMPANY, rows, ("id", "cvr", "phone", "sort_name"))
    by_key = {_identity(row.cvr, row.phone, row.sort_name): int(row.id) for row in returned}
    return [by_key[_identity(row["cvr"], row["phone"], row["sort_name"])] for row in rows]


def _identity(cvr: str | None, phone: str, sort_name: str) -> tuple[str, ...]:
    # Unique among a chunk's new rows: the file has no CVR twice, nor the same phone and
    # name twice without a CVR.
    return (cvr,) if cvr else (phone, sort_name)
