"""Recompute :class:`canvass.store.fact_models.CallFact` rows from the calls, outcomes and
events — for some calls (a write touched them) or for all (the revision's backfill, a
check that the kept facts are right). One DELETE and one INSERT … SELECT per chunk of
ids, the same SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, String, and_, case, cast, delete, func, insert, select
from sqlmodel import SQLModel

from canvass.domain.call_session import EventKind
from canvass.domain.phases import BALA_ORDER, Phase
from canvass.store import fact_models  # noqa: F401  (defines call_fact)

_T = SQLModel.metadata.tables
_CALL, _OUTCOME, _EVENT, _FACT = _T["call"], _T["call_outcome"], _T["call_event"], _T["call_fact"]

#: Ids per statement: well below SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 2000

_KINDS = (
    EventKind.BALA_REACHED.value,
    EventKind.BALA_UNDONE.value,
    EventKind.PHASE_ENTERED.value,
    EventKind.OBJECTION.value,
)


def hour_of(conn: Connection, started: Any) -> Any:
    """A moment as its UTC hour "YYYY-MM-DD HH"."""
    if conn.dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", started), "YYYY-MM-DD HH24")
    return func.substr(cast(started, String), 1, 13)


def _events(ids: list[int] | None) -> Any:
    e = _EVENT.c
    flags: list[Any] = []
    for number, step in enumerate(BALA_ORDER, start=1):
        net = case(
            (and_(e.kind == EventKind.BALA_REACHED.value, e.bala_step == step.value), 1),
            (and_(e.kind == EventKind.BALA_UNDONE.value, e.bala_step == step.value), -1),
            else_=0,
        )
        flags.append(func.sum(net).label(f"bala{number}"))
    beyond = and_(e.kind == EventKind.PHASE_ENTERED.value, e.phase != Phase.AABNING.value)
    flags += [
        func.max(case((beyond, 1), else_=0)).label("beyond"),
        func.max(case((e.kind == EventKind.BALA_REACHED.value, 1), else_=0)).label("bala_any"),
        func.max(case((e.kind == EventKind.OBJECTION.value, 1), else_=0)).label("objection_any"),
    ]
    query = select(e.call_id, *flags).where(e.kind.in_(_KINDS))
    if ids is not None:
        query = query.where(e.call_id.in_(ids))
    return query.group_by(e.call_id).subquery("events")


def _select(conn: Connection, ids: list[int] | None) -> Any:
    c, o = _CALL.c, _OUTCOME.c
    ev = _events(ids)
    goal = and_(c.goal.is_not(None), func.trim(c.goal) != "")
    query = (
        select(
            c.id,
            c.consultant_id,
            c.company_id,
            c.started_at,
            hour_of(conn, c.started_at),
            c.script_id,
            c.script_version,
            o.reached,
            o.outcome,
            goal,
            c.current_phase,
            *(func.coalesce(ev.c[f"bala{n}"], 0) for n in range(1, 5)),
            func.coalesce(ev.c.beyond, 0) == 1,
            func.coalesce(ev.c.bala_any, 0) == 1,
            func.coalesce(ev.c.objection_any, 0) == 1,
        )
        .select_from(_CALL)
        .join(_OUTCOME, o.call_id == c.id)
        .outerjoin(ev, ev.c.call_id == c.id)
    )
    if ids is not None:
        query = query.where(c.id.in_(ids))
    return query


_COLUMNS = (
    "call_id",
    "consultant_id",
    "company_id",
    "started_at",
    "hour",
    "script_id",
    "script_version",
    "reached",
    "outcome",
    "goal",
    "last_phase",
    "bala1",
    "bala2",
    "bala3",
    "bala4",
    "beyond",
    "bala_any",
    "objection_any",
)


def refresh_facts(conn: Connection, call_ids: Iterable[int] | None) -> None:
    """Make the facts of ``call_ids`` (None: every call) match their calls: a call without
    an outcome (or gone) has none."""
    if call_ids is None:
        conn.execute(delete(_FACT))
        conn.execute(insert(_FACT).from_select(_COLUMNS, _select(conn, None)))
        return
    ids = sorted(set(call_ids))
    for at in range(0, len(ids), CHUNK):
        chunk = ids[at : at + CHUNK]
        conn.execute(delete(_FACT).where(_FACT.c.call_id.in_(chunk)))
        conn.execute(insert(_FACT).from_select(_COLUMNS, _select(conn, chunk)))


def computed_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """Every call's facts as computed from scratch, by call id (to compare with the kept)."""
    return [tuple(row) for row in conn.execute(_select(conn, None).order_by(_CALL.c.id))]


def kept_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """The facts as kept in ``call_fact``, by call id."""
    columns = [_FACT.c[name] for name in _COLUMNS]
    return [tuple(row) for row in conn.execute(select(*columns).order_by(_FACT.c.call_id))]
