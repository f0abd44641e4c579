"""The details a page of the prioritised list shows for its companies (one query for the
page's ids), in the page's order, with the initials of a colleague who holds a claim."""

from __future__ import annotations

import json
from collections.abc import Sequence
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
from sqlmodel import Session, SQLModel

from canvass.store.call_lists import Priority, PriorityQuery, PriorityRow
from canvass.store.calls import CLAIM_TTL
from canvass.store.companies import detail_columns
from canvass.store.priority_rows import priority_row

_T = SQLModel.metadata.tables
_COMPANY, _CONSULTANT = _T["company"], _T["consultant"]
_RANKS = tuple(Priority)


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
        priority_row(tuple(by_id[row.id]), _RANKS[row.rank].value, row.skip, row.reached)
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
    # Imported here: the dialect's package imports every PostgreSQL driver's module (about
    # 0.1 s), which a SQLite start has no use for; on PostgreSQL it is loaded already.
    from sqlalchemy.dialects.postgresql import ARRAY

    return column == any_(bindparam("page_ids", ids, type_=ARRAY(Integer)))
