"""The company rows an import writes: a new company's values, an existing one's changes.

Plain values, not ``Company`` objects: building a million ORM objects would triple the
time. The derived columns the models' listeners keep otherwise (``search_key``,
``sort_name``) are computed here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from canvass.store.models import company_search_key, danish_sort_key
from canvass.transfer.csv_import import CompanyRecord

#: Company columns an import may set.
FIELDS: tuple[str, ...] = (
    "name", "phone", "cvr", "address", "zip", "city", "industry", "employees", "segment",
    "ad_protected", "key_account", "do_not_call",
)  # fmt: skip
#: The columns derived from them.
DERIVED: tuple[str, ...] = ("search_key", "sort_name")
_FLAGS = ("ad_protected", "key_account", "do_not_call")


class _KeyParts(NamedTuple):
    name: str
    city: str | None
    cvr: str | None
    phone: str | None
    zip: str | None


def derived(values: dict[str, Any]) -> dict[str, Any]:
    """``search_key`` and ``sort_name`` of a company with these column values."""
    parts = _KeyParts(values["name"], values["city"], values["cvr"], values["phone"], values["zip"])
    return {"search_key": company_search_key(parts), "sort_name": danish_sort_key(values["name"])}


def new_company(record: CompanyRecord, now: datetime) -> dict[str, Any]:
    """Every column of the company a record adds (without ``id``)."""
    values = {name: getattr(record, name) for name in FIELDS}
    for flag in _FLAGS:
        values[flag] = bool(values[flag])
    return values | derived(values) | {
        "industry_code": None,
        "p_number": None,
        "notes": "",
        "created_at": now,
        "updated_at": now,
        "claimed_by": None,
        "claimed_at": None,
    }  # fmt: skip


def changes(record: CompanyRecord, existing: dict[str, Any]) -> dict[str, Any]:
    """The columns of an existing company (its ``FIELDS`` and ``DERIVED`` values) that
    the record changes, with their new values; empty when it changes nothing.

    A blank cell (None) keeps what the database has. Only what differs is written, so
    an UPDATE leaves the indexes of unchanged columns (and the search index, unless the
    key changed) alone.
    """
    merged = {
        name: existing[name] if (value := getattr(record, name)) is None else value
        for name in FIELDS
    }
    changed = {name: value for name, value in merged.items() if value != existing[name]}
    if changed:
        changed |= {k: v for k, v in derived(merged).items() if v != existing[k]}
    return changed


def contact_row(company_id: int, record: CompanyRecord, now: datetime) -> dict[str, Any]:
    """The contact person a record adds to a company."""
    return {
        "company_id": company_id,
        "name": record.contact,
        "role": None,
        "phone": None,
        "email": record.email,
        "created_at": now,
    }
