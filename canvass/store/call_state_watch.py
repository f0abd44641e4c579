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

:func:`watch_connection` does the same for Core statements on a bare connection
(``Store.connection``, :func:`canvass.store.unit_of_work.connection_scope`: import,
export), with ``before_execute`` / ``after_execute``. The import writes only companies,
contacts and lists, whose state needs nothing (a new company has no calls).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Insert, Table, Update, event, inspect, select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql.dml import UpdateBase
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
_MANY = 100  # parameter sets of one statement worth a SELECT each


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
    statement: Any = state.statement
    if _tracked(statement) is None:
        return None
    session = state.session
    params = _parameters(state.parameters)
    if state.is_update and not _sets_relevant(statement, params):
        return None
    if session.autoflush:  # pending ORM rows first, or the SELECT below would miss them
        session.flush()
    conn = session.connection()
    touched = _reach(conn, statement, params)
    result = state.invoke_statement()
    _refresh(session, conn, touched)
    return result


# -- Core statements on a bare connection (Store.connection) ------------------------------


def watch_connection(conn: Connection) -> None:
    """Keep the derived call state right for Core writes on ``conn``."""
    event.listen(conn, "before_execute", _before_execute)
    event.listen(conn, "after_execute", _after_execute)


def _before_execute(
    conn: Connection, element: Any, multiparams: Any, params: Any, _options: Any
) -> None:
    if not isinstance(element, UpdateBase) or _tracked(element) is None:
        return
    rows = _parameters(multiparams) or _parameters(params)
    if isinstance(element, Update) and not _sets_relevant(element, rows):
        return
    conn.info[_KEY] = (element, _reach(conn, element, rows))


def _after_execute(
    conn: Connection, element: Any, _multiparams: Any, _params: Any, _options: Any, _result: Any
) -> None:
    pending = conn.info.get(_KEY)
    if pending is not None and pending[0] is element:
        del conn.info[_KEY]
        _refresh(None, conn, pending[1])


# -- what a Core statement reaches -------------------------------------------------------


def _tracked(statement: Any) -> Table | None:
    table = getattr(statement, "table", None)
    return table if isinstance(table, Table) and table.name in RELEVANT else None


def _sets_relevant(statement: Any, params: list[Mapping[str, object]]) -> bool:
    table = _tracked(statement)
    return table is not None and bool(_set_columns(statement, params) & RELEVANT[table.name])


def _reach(conn: Connection, statement: Any, params: list[Mapping[str, object]]) -> _Touched:
    """The companies (or calls) an INSERT, UPDATE or DELETE will change, read before it
    runs (the WHERE clause as a SELECT; an INSERT's values)."""
    table = _tracked(statement)
    assert table is not None
    touched = _Touched()
    link = _link(table.name)
    if isinstance(statement, Insert):
        if getattr(statement, "select", None) is not None:  # INSERT … SELECT
            touched.everything = True
        else:
            values = [row.get(link) for row in params] + _literal(statement, link)
            touched.add(link, values or [_UNKNOWN])
        return touched
    _reached_by(conn, table, statement, params, touched)
    if isinstance(statement, Update):
        touched.add(link, [row[link] for row in params if link in row])
        touched.add(link, _literal(statement, link))
    return touched


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
    conn: Connection,
    table: Table,
    statement: Any,
    params: list[Mapping[str, object]],
    touched: _Touched,
) -> None:
    """The links of the rows an UPDATE/DELETE's WHERE matches (per parameter set, for an
    executemany; too many sets: everything)."""
    where = getattr(statement, "whereclause", None)
    if where is None or len(params) > _MANY:
        touched.everything = True
        return
    link = _link(table.name)
    query = select(table.c[link]).where(where).distinct()
    for row in params or [{}]:
        touched.add(link, conn.execute(query, dict(row)).scalars())


# -- recomputing -------------------------------------------------------------------------


def _refresh(session: OrmSession | None, conn: Connection, touched: _Touched) -> None:
    if touched.everything:
        refresh_call_state(conn, None)
        if session is not None:
            _update_loaded(session, conn, None)
        return
    companies = set(touched.companies)
    if touched.calls:
        calls = sorted(touched.calls)
        query = select(_CALL.c.company_id).where(_CALL.c.id.in_(calls)).distinct()
        companies.update(conn.execute(query).scalars())
    if companies:
        refresh_call_state(conn, companies)
        if session is not None:
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
