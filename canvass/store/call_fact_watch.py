"""Keep ``call_fact`` (:mod:`canvass.store.fact_models`) right in the transaction that
changes what it is derived from, as :mod:`canvass.store.call_state_watch` does for the
companies' derived call state (same hooks, same door: :mod:`canvass.store.unit_of_work`):

- **ORM writes** of a ``Call``, ``CallOutcome`` or ``CallEvent``: ``after_flush`` notes
  the calls whose facts may change, ``after_flush_postexec`` recomputes them
  (:func:`canvass.store.call_facts.refresh_facts`) on the flush's connection;
- **Core statements** on ``call``, ``call_outcome`` or ``call_event`` through the session
  (``do_orm_execute``) or on a bare connection (``before_execute``/``after_execute``):
  the calls are found before the statement runs (its WHERE as a SELECT, an INSERT's
  values) and recomputed after it; when that cannot be told, every call is.

Writes that cannot change a fact are left alone: a new call (no outcome yet), an event
of a kind the facts do not read (a note, a dial), an UPDATE of other columns (the text a
purge or ``forget`` empties).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Insert, Table, Update, event, inspect, select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session

from canvass.store.call_facts import refresh_facts
from canvass.store.call_state_watch import _MANY, _literal, _parameters, _set_columns
from canvass.store.models import Call, CallEvent, CallOutcome

#: Per table, the columns the facts are computed from (and the row's link to its call).
RELEVANT: dict[str, frozenset[str]] = {
    "call": frozenset(
        {
            "id",
            "consultant_id",
            "company_id",
            "started_at",
            "script_id",
            "script_version",
            "goal",
            "current_phase",
        }
    ),
    "call_outcome": frozenset({"call_id", "reached", "outcome"}),
    "call_event": frozenset(
        {"call_id", "kind", "phase", "bala_step", "objection_id", "answer_id", "detail"}
    ),
}
_KINDS = frozenset({"bala_reached", "bala_undone", "phase_entered", "objection", "variant_shown"})
_KEY = "canvass_call_fact"


class _Touched:
    """Calls whose facts must be recomputed; ``everything`` when that could not be told."""

    def __init__(self) -> None:
        self.calls: set[int] = set()
        self.everything = False

    def __bool__(self) -> bool:
        return bool(self.calls or self.everything)

    def add(self, values: Iterable[object]) -> None:
        for value in values:
            if isinstance(value, int):
                self.calls.add(value)
            elif value is not None:
                self.everything = True


def _link(table: str) -> str:
    return "id" if table == "call" else "call_id"


def watch_facts(session: Session) -> None:
    """Keep the call facts right for every write made through ``session``."""
    event.listen(session, "after_flush", _after_flush)
    event.listen(session, "after_flush_postexec", _after_flush_postexec)
    event.listen(session, "do_orm_execute", _do_orm_execute)


def watch_facts_connection(conn: Connection) -> None:
    """Keep the call facts right for Core writes on ``conn``."""
    event.listen(conn, "before_execute", _before_execute)
    event.listen(conn, "after_execute", _after_execute)


# -- ORM writes --------------------------------------------------------------------------


def _matters(obj: object, *, new: bool) -> bool:
    if isinstance(obj, Call):
        return not new  # a new call has no outcome yet (its outcome's insert is noted)
    if isinstance(obj, CallEvent):
        return obj.kind in _KINDS
    return isinstance(obj, CallOutcome)


def _values(obj: object, attribute: str) -> list[object]:
    """The link's value before and after this flush (both, when it moved)."""
    history = inspect(obj).attrs[attribute].history
    values = [*history.added, *history.unchanged, *history.deleted]
    return values or [getattr(obj, attribute, None) or object()]


def _after_flush(session: Session, _context: Any) -> None:
    touched = _Touched()
    for obj in session.new:
        if _matters(obj, new=True):
            touched.add(_values(obj, "call_id"))
    for obj in session.deleted:
        if _matters(obj, new=False):
            touched.add(_values(obj, _link(obj.__tablename__)))
    for obj in session.dirty:
        if isinstance(obj, Call | CallOutcome | CallEvent):
            table = obj.__tablename__
            state = inspect(obj)
            if any(state.attrs[name].history.has_changes() for name in RELEVANT[table]):
                touched.add(_values(obj, _link(table)))
    session.info[_KEY] = touched


def _after_flush_postexec(session: Session, _context: Any) -> None:
    touched = session.info.pop(_KEY, None)
    if touched:
        refresh_facts(session.connection(), None if touched.everything else touched.calls)


# -- Core statements ---------------------------------------------------------------------


def _tracked(statement: Any) -> Table | None:
    table = getattr(statement, "table", None)
    return table if isinstance(table, Table) and table.name in RELEVANT else None


def _needed(statement: Any, params: list[Mapping[str, object]]) -> bool:
    table = _tracked(statement)
    if table is None:
        return False
    if isinstance(statement, Insert):
        return table.name != "call"
    if isinstance(statement, Update):
        return bool(_set_columns(statement, params) & (RELEVANT[table.name] | {"call_id"}))
    return True


def _do_orm_execute(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    statement: Any = state.statement
    params = _parameters(state.parameters)
    if not _needed(statement, params):
        return None
    session = state.session
    if session.autoflush:
        session.flush()
    conn = session.connection()
    touched = _reach(conn, statement, params)
    result = state.invoke_statement()
    refresh_facts(conn, None if touched.everything else touched.calls)
    return result


def _before_execute(
    conn: Connection, element: Any, multiparams: Any, params: Any, _options: Any
) -> None:
    if not isinstance(element, UpdateBase):
        return
    rows = _parameters(multiparams) or _parameters(params)
    if _needed(element, rows):
        conn.info[_KEY] = (element, _reach(conn, element, rows))


def _after_execute(
    conn: Connection, element: Any, _multiparams: Any, _params: Any, _options: Any, _result: Any
) -> None:
    pending = conn.info.get(_KEY)
    if pending is not None and pending[0] is element:
        del conn.info[_KEY]
        touched = pending[1]
        refresh_facts(conn, None if touched.everything else touched.calls)


def _reach(conn: Connection, statement: Any, params: list[Mapping[str, object]]) -> _Touched:
    """The calls an INSERT, UPDATE or DELETE will change, read before it runs."""
    table = _tracked(statement)
    assert table is not None
    touched = _Touched()
    link = _link(table.name)
    if isinstance(statement, Insert):
        if getattr(statement, "select", None) is not None:  # INSERT … SELECT
            touched.everything = True
        else:
            values = [row.get(link) for row in params] + _literal(statement, link)
            touched.add(values or [object()])
        return touched
    where = getattr(statement, "whereclause", None)
    if where is None or len(params) > _MANY:
        touched.everything = True
        return touched
    query = select(table.c[link]).where(where).distinct()
    for row in params or [{}]:
        touched.add(conn.execute(query, dict(row)).scalars())
    if isinstance(statement, Update):
        touched.add([row[link] for row in params if link in row])
        touched.add(_literal(statement, link))
    return touched
