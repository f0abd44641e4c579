"""Keep each company's derived call state right in the transaction that changes it.

:func:`watch` (called by :func:`canvass.store.unit_of_work.session_scope`, the one door
every session comes through) hooks two kinds of write:

- **ORM writes** (``session.add`` / ``session.delete`` of a ``Call``, ``CallOutcome``,
  ``Callback``, ``Meeting`` or ``SkipOverride``): ``after_flush`` notes the companies whose
  rows changed in a way the state depends on, and ``after_flush_postexec`` recomputes them
  (:func:`canvass.store.call_state.refresh_call_state`) on the flush's connection — so a
  query later in the same transaction already sees the new state;
- **Core statements** run through the session (``session.execute(update(...))``,
  ``delete``, ``insert`` on those tables): ``do_orm_execute`` finds the companies the
  statement touches (a SELECT with its WHERE clause, before it runs), runs it, and
  recomputes them. An UPDATE that sets none of the columns the state is made of (the
  text a purge or ``forget`` empties) is left alone.

Writes on a bare :class:`~sqlalchemy.Connection` (``Store.connection``: import, export)
are not seen: import writes only companies, contacts and lists, which leave every
company's state as it was; anything else there calls ``refresh_call_state`` itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, SQLModel

from canvass.store.call_state import COLUMNS, refresh_call_state
from canvass.store.models import Call, Callback, CallOutcome, Company, Meeting, SkipOverride

_T = SQLModel.metadata.tables
_CALL, _OUTCOME, _COMPANY = _T["call"], _T["call_outcome"], _T["company"]

#: Per table, the columns the derived state is computed from (and the row's link to a
#: company or call): a change of any other column cannot change it.
RELEVANT: dict[str, frozenset[str]] = {
    "call": frozenset({"company_id", "started_at"}),
    "call_outcome": frozenset({"call_id", "reached"}),
    "callback": frozenset({"company_id", "consultant_id", "due_at", "done_at"}),
    "meeting": frozenset({"company_id", "starts_at", "status"}),
    "skip_override": frozenset({"company_id", "kind", "created_at"}),
}
_MODELS = (Call, CallOutcome, Callback, Meeting, SkipOverride)
_KEY = "canvass_call_state"
_UNKNOWN = object()  # a link whose value could not be read


class _Touched:
    """Companies (and calls, for outcomes) whose state must be recomputed; ``everything``
    when a write's reach could not be told."""

    def __init__(self) -> None:
        self.companies: set[int] = set()
        self.calls: set[int] = set()
        self.everything = False

    def __bool__(self) -> bool:
        return bool(self.companies or self.calls or self.everything)

    def add(self, link: str, values: Iterable[object]) -> None:
        """Note ids of ``link`` (``company_id`` or ``call_id``); a value that is not an id
        (an SQL expression) means the write's reach is unknown: recompute everything."""
        target = self.calls if link == "call_id" else self.companies
        for value in values:
            if isinstance(value, int):
                target.add(value)
            elif value is not None:
                self.everything = True


def watch(session: Session) -> None:
    """Keep the derived call state right for every write made through ``session``."""
    event.listen(session, "after_flush", _after_flush)
    event.listen(session, "after_flush_postexec", _after_flush_postexec)
    event.listen(session, "do_orm_execute", _do_orm_execute)


def _link(table: str) -> str:
    return "call_id" if table == "call_outcome" else "company_id"


# -- ORM writes --------------------------------------------------------------------------


def _after_flush(session: Session, _context: Any) -> None:
    touched = _Touched()
    for obj in (*session.new, *session.deleted):
        if isinstance(obj, _MODELS):
            link = _link(obj.__tablename__)
            touched.add(link, _values(obj, link))
    for obj in session.dirty:
        if isinstance(obj, _MODELS):
            table = obj.__tablename__
            state = inspect(obj)
            if any(state.attrs[name].history.has_changes() for name in RELEVANT[table]):
                touched.add(_link(table), _values(obj, _link(table)))
    session.info[_KEY] = touched


def _values(obj: object, attribute: str) -> list[object]:
    """The attribute's value before and after this flush (both, when it moved)."""
    history = inspect(obj).attrs[attribute].history
    values = [*history.added, *history.unchanged, *history.deleted]
    return values or [_UNKNOWN]  # never loaded: recompute everything


def _after_flush_postexec(session: Session, _context: Any) -> None:
    touched = session.info.pop(_KEY, None)
    if touched:
        _refresh(session, session.connection(), touched)


# -- Core statements through the session -------------------------------------------------


def _do_orm_execute(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if not isinstance(table, Table) or name not in RELEVANT:
        return None
    statement: Any = state.statement
    params = _parameters(state.parameters)
    if state.is_update and not (_set_columns(statement, params) & RELEVANT[name]):
        return None
    conn = state.session.connection()
    touched = _Touched()
    link = _link(name)
    if state.is_insert:
        if getattr(statement, "select", None) is not None:  # INSERT … SELECT
            touched.everything = True
        else:
            values = [row.get(link) for row in params] + _literal(statement, link)
            touched.add(link, values or [_UNKNOWN])
    else:
        _reached_by(conn, table, statement, link, touched)
        if state.is_update:
            touched.add(link, [row[link] for row in params if link in row])
            touched.add(link, _literal(statement, link))
    result = state.invoke_statement()
    _refresh(state.session, conn, touched)
    return result


def _parameters(parameters: object) -> list[Mapping[str, object]]:
    if isinstance(parameters, Mapping):
        return [parameters]
    if isinstance(parameters, list | tuple):
        return [row for row in parameters if isinstance(row, Mapping)]
    return []


def _set_columns(statement: Any, params: list[Mapping[str, object]]) -> set[str]:
    """The columns an UPDATE sets; every relevant one when that cannot be told."""
    values = getattr(statement, "_values", None) or {}
    ordered = getattr(statement, "_ordered_values", None) or ()
    keys = [*values, *(key for key, _ in ordered)]
    names = {getattr(key, "key", key) for key in keys}
    names |= {key for row in params for key in row}
    if not names:
        return {"company_id", "call_id"}
    return {str(name) for name in names}


def _literal(statement: Any, link: str) -> list[object]:
    """The value an INSERT/UPDATE's ``.values()`` gives the link column, if any."""
    values = getattr(statement, "_values", None) or {}
    for key, value in values.items():
        if getattr(key, "key", key) == link:
            inner = getattr(value, "value", value)  # a bound literal
            return [inner]
    return []


def _reached_by(
    conn: Connection, table: Table, statement: Any, link: str, touched: _Touched
) -> None:
    """The companies (or calls) whose rows an UPDATE/DELETE will change, read before it runs."""
    where = getattr(statement, "whereclause", None)
    if where is None:
        touched.everything = True
        return
    query = select(table.c[link]).where(where).distinct()
    touched.add(link, conn.execute(query).scalars())


# -- recomputing -------------------------------------------------------------------------


def _refresh(session: OrmSession, conn: Connection, touched: _Touched) -> None:
    if touched.everything:
        refresh_call_state(conn, None)
        _update_loaded(session, conn, None)
        return
    companies = set(touched.companies)
    if touched.calls:
        calls = sorted(touched.calls)
        query = select(_CALL.c.company_id).where(_CALL.c.id.in_(calls)).distinct()
        companies.update(conn.execute(query).scalars())
    if companies:
        refresh_call_state(conn, companies)
        _update_loaded(session, conn, companies)


def _update_loaded(session: OrmSession, conn: Connection, companies: set[int] | None) -> None:
    """Give ``Company`` objects already loaded in the session their new state, so an
    object read before the write does not show (or later write back) the old one."""
    found: Iterable[object]
    if companies is None:
        found = list(session.identity_map.values())
    else:
        found = [session.identity_map.get(identity_key(Company, i)) for i in companies]
    loaded = {obj.id: obj for obj in found if isinstance(obj, Company) and obj.id is not None}
    if not loaded:
        return
    columns = [_COMPANY.c[name] for name in COLUMNS]
    query = select(_COMPANY.c.id, *columns).where(_COMPANY.c.id.in_(sorted(loaded)))
    for row in conn.execute(query):
        for name, value in zip(COLUMNS, row[1:], strict=True):
            set_committed_value(loaded[row[0]], name, value)
