"""The details a page of the prioritised list shows for its companies (one query for the
page's ids), in the page's order, with the initials of a colleague who holds a claim."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    any_,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session, SQLModel

from canvass.store.call_lists import Priority, PriorityQuery, PriorityRow
from canvass.store.calls import CLAIM_TTL
from canvass.store.companies import detail_columns
from canvass.store.rows import CompanyRow

_T = SQLModel.metadata.tables
_COMPANY, _CONSULTANT = _T["company"], _T["consultant"]
_RANKS = tuple(Priority)
_ROW_FIELDS = tuple(f.name for f in fields(CompanyRow))
#: Columns whose texts repeat from row to row (a list that has loaded 100,000 rows keeps
#: one string per distinct value instead of one per row: about 20 MB less).
_SHARED = ("industry", "city", "segment", "last_outcome")


def with_details(session: Session, q: PriorityQuery, page: Sequence[Any]) -> list[PriorityRow]:
    """The company-list details of the page's rows, in the page's order."""
    if not page:
        return []
    c = _COMPANY.c
    claimer = (
        select(_CONSULTANT.c.initials)
        .where(
            _CONSULTANT.c.id == c.claimed_by,
            c.claimed_at >= q.now - CLAIM_TTL,
            c.claimed_by.is_distinct_from(q.consultant_id),
        )
        .scalar_subquery()
    )
    ids = [row.id for row in page]
    details = session.execute(
        select(*detail_columns(q.now), claimer).where(_one_of(session, c.id, ids))
    ).all()
    by_id = {row[0]: row for row in details}
    return [
        _priority_row(tuple(by_id[row.id]), _RANKS[row.rank].value, row.skip, row.reached)
        for row in page
        if row.id in by_id
    ]


def _one_of(session: Session, column: ColumnElement[int], ids: list[int]) -> ColumnElement[bool]:
    """``column IN ids`` with the ids as one parameter (a JSON array on SQLite, an array on
    PostgreSQL): the same statement for every page, where ``IN (?, ?, …)`` is written out
    again with a placeholder per id on each execution (about 1 ms for a page of 200)."""
    if session.get_bind().dialect.name == "sqlite":
        listed: Select[Any] = select(literal_column("value")).select_from(
            func.json_each(bindparam("page_ids", json.dumps(ids)))
        )
        return column.in_(listed)
    return column == any_(bindparam("page_ids", ids, type_=ARRAY(Integer)))


def _priority_row(
    details: tuple[object, ...], priority: str, skip: str | None, reached: datetime | None
) -> PriorityRow:
    """A row from the detail columns followed by the claimer's initials."""
    values = dict(zip(_ROW_FIELDS, details[:-1], strict=True))
    for name in _SHARED:  # a few hundred distinct values across 100,000 rows: one copy each
        if isinstance(text := values[name], str):
            values[name] = sys.intern(text)
    claimed_by = details[-1]
    return PriorityRow(
        **values,  # type: ignore[arg-type]
        priority=sys.intern(priority),
        skip_reason=sys.intern(skip) if skip else None,
        claimed_by=claimed_by if isinstance(claimed_by, str) else None,
        last_reached_at=reached,
    )
