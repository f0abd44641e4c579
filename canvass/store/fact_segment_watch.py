"""Keep ``call_fact.segment`` (:mod:`canvass.store.fact_models`) equal to its company's
segment in the transaction that changes a company's segment — an edit through the ORM, a
Core UPDATE through a session, or the bulk import's UPDATE on a bare connection — as
:mod:`canvass.store.call_fact_watch` does for the calls, outcomes and events.

The facts of the companies changed are set from ``company`` in SQL, and only those whose
segment differs are written (an import that sets every column of 100,000 companies to
what they were rewrites no fact). A call moved to another company gets that company's
segment from :func:`canvass.store.call_facts.refresh_facts`, which the call's write runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import BindParameter, Connection, Table, Update, event, inspect, select, update
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlmodel import Session, SQLModel

from canvass.store.call_facts import CHUNK
from canvass.store.call_state_watch import _MANY, _parameters, _set_columns
from canvass.store.models import Company

_T = SQLModel.metadata.tables
_COMPANY, _FACT = _T["company"], _T["call_fact"]
_KEY = "canvass_fact_segment"


def refresh_segments(conn: Connection, company_ids: Iterable[int] | None) -> None:
    """Set the facts' segment of ``company_ids`` (None: every company) from ``company``."""
    segment = (
        select(_COMPANY.c.segment).where(_COMPANY.c.id == _FACT.c.company_id).scalar_subquery()
    )
    statement = (
        update(_FACT).where(_FACT.c.segment.is_distinct_from(segment)).values(segment=segment)
    )
    if company_ids is None:
        conn.execute(statement)
        return
    ids = sorted(set(company_ids))
    for at in range(0, len(ids), CHUNK):
        conn.execute(statement.where(_FACT.c.company_id.in_(ids[at : at + CHUNK])))


def watch_segments(session: Session) -> None:
    """Keep the facts' segments right for every write made through ``session``."""
    event.listen(session, "after_flush", _after_flush)
    event.listen(session, "after_flush_postexec", _after_flush_postexec)
    event.listen(session, "do_orm_execute", _do_orm_execute)


def watch_segments_connection(conn: Connection) -> None:
    """Keep the facts' segments right for Core writes on ``conn`` (the import)."""
    event.listen(conn, "before_execute", _before_execute)
    event.listen(conn, "after_execute", _after_execute)


def _after_flush(session: Session, _context: Any) -> None:
    changed = {
        obj.id
        for obj in session.dirty
        if isinstance(obj, Company)
        and obj.id is not None
        and inspect(obj).attrs["segment"].history.has_changes()
    }
    if changed:
        session.info[_KEY] = changed


def _after_flush_postexec(session: Session, _context: Any) -> None:
    changed = session.info.pop(_KEY, None)
    if changed:
        refresh_segments(session.connection(), changed)


def _segment_update(statement: Any, params: list[Mapping[str, object]]) -> bool:
    table = getattr(statement, "table", None)
    return (
        isinstance(statement, Update)
        and isinstance(table, Table)
        and table.name == "company"
        and "segment" in _set_columns(statement, params)
    )


def _companies(
    conn: Connection, statement: Any, params: list[Mapping[str, object]]
) -> list[int] | None:
    """The companies an UPDATE of ``company`` changes, read before it runs (None: all, or
    not to be told). ``WHERE id = :b_id`` with many parameter sets (the import) is read
    from the parameters."""
    where = getattr(statement, "whereclause", None)
    if where is None:
        return None
    if (
        isinstance(where, BinaryExpression)
        and where.operator is operators.eq
        and where.left.compare(_COMPANY.c.id)
        and isinstance(where.right, BindParameter)
    ):
        name, value = where.right.key, where.right.value
        found = [row.get(name, value) for row in params] if params else [value]
        if all(isinstance(v, int) for v in found):
            return [int(v) for v in found if isinstance(v, int)]
        return None
    if len(params) > _MANY:
        return None
    query = select(_COMPANY.c.id).where(where)
    ids: list[int] = []
    for row in params or [{}]:
        ids += [int(i) for i in conn.execute(query, dict(row)).scalars()]
    return ids


def _do_orm_execute(state: ORMExecuteState) -> Any:
    if not state.is_update:
        return None
    statement: Any = state.statement
    params = _parameters(state.parameters)
    if not _segment_update(statement, params):
        return None
    session = state.session
    if session.autoflush:
        session.flush()
    conn = session.connection()
    companies = _companies(conn, statement, params)
    result = state.invoke_statement()
    refresh_segments(conn, companies)
    return result


def _before_execute(
    conn: Connection, element: Any, multiparams: Any, params: Any, _options: Any
) -> None:
    rows = _parameters(multiparams) or _parameters(params)
    if _segment_update(element, rows):
        conn.info[_KEY] = (element, _companies(conn, element, rows))


def _after_execute(
    conn: Connection, element: Any, _multiparams: Any, _params: Any, _options: Any, _result: Any
) -> None:
    pending = conn.info.get(_KEY)
    if pending is not None and pending[0] is element:
        del conn.info[_KEY]
        refresh_segments(conn, pending[1])
