"""Recompute :class:`canvass.store.fact_models.CallFact` rows from the calls, outcomes and
events — for some calls (a write touched them) or for all (the revision's backfill, a
check that the kept facts are right). One DELETE and one INSERT … SELECT per chunk of
ids, the same SQL on SQLite and PostgreSQL; then the Copenhagen week and day of each UTC
hour the rows start in, named in Python (:func:`fill_weeks`), one UPDATE per day. The
tallies summed from the facts follow by themselves (:mod:`canvass.store.fact_tallies`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlmodel import SQLModel

from canvass.domain.call_session import EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BALA_ORDER, Phase
from canvass.domain.stats import iso_week
from canvass.domain.when import COPENHAGEN
from canvass.store import (
    fact_models,  # noqa: F401  (defines call_fact)
    fact_tallies,
)

_T = SQLModel.metadata.tables
_CALL, _OUTCOME, _EVENT, _FACT = _T["call"], _T["call_outcome"], _T["call_event"], _T["call_fact"]
_COMPANY, _VFACT, _OFACT = _T["company"], _T["variant_fact"], _T["objection_fact"]

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
            _COMPANY.c.segment,
        )
        .select_from(_CALL)
        .join(_OUTCOME, o.call_id == c.id)
        .join(_COMPANY, _COMPANY.c.id == c.company_id)
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
    "segment",
)


def hour_start(bucket: str) -> datetime:
    """The UTC moment an hour "YYYY-MM-DD HH" names."""
    # Sliced, not strptime: a year is 8,760 hours, strptime a tenth of the time.
    year, month, day, hour = (
        int(bucket[:4]),
        int(bucket[5:7]),
        int(bucket[8:10]),
        int(bucket[11:13]),
    )
    return datetime(year, month, day, hour, tzinfo=UTC)


def week_of_hour(bucket: str) -> str:
    """The Copenhagen ISO week ("2026-W48") of a UTC hour: a whole UTC hour lies in one
    Copenhagen hour (the offsets are whole hours), so in one week."""
    return iso_week(hour_start(bucket))


def day_of_hour(bucket: str) -> str:
    """The Copenhagen date ("2026-11-20") of a UTC hour, likewise whole."""
    return hour_start(bucket).astimezone(COPENHAGEN).date().isoformat()


_HOUR_WEEK = Table(
    "canvass_hour_week",
    MetaData(),
    Column("hour", String(13), primary_key=True),
    Column("week", String(8), nullable=False),
    Column("day", String(10), nullable=False),
    prefixes=["TEMPORARY"],
)


def fill_weeks(conn: Connection, call_ids: list[int] | None) -> None:
    """Name the week and day of the facts of ``call_ids`` (None: every fact) from their
    hours.

    Some calls: one UPDATE per day among their hours. Every fact: the hours' weeks and days
    go into a temporary table and one UPDATE looks each fact's hour up there."""
    f = _FACT.c
    hours = select(f.hour).distinct()
    if call_ids is not None:
        hours = hours.where(f.call_id.in_(call_ids))
    found = [str(hour) for (hour,) in conn.execute(hours)]
    if not found:
        return
    if call_ids is not None:
        days: dict[tuple[str, str], list[str]] = defaultdict(list)
        for hour in found:
            days[(week_of_hour(hour), day_of_hour(hour))].append(hour)
        for (week, day), in_day in days.items():
            conn.execute(
                update(_FACT)
                .where(f.call_id.in_(call_ids), f.hour.in_(in_day))
                .values(week=week, day=day)
            )
        return
    _HOUR_WEEK.create(conn)
    try:
        rows = [{"hour": h, "week": week_of_hour(h), "day": day_of_hour(h)} for h in found]
        conn.execute(insert(_HOUR_WEEK), rows)
        lookup = select(_HOUR_WEEK.c.week, _HOUR_WEEK.c.day).where(_HOUR_WEEK.c.hour == f.hour)
        conn.execute(
            update(_FACT).values(
                week=lookup.with_only_columns(_HOUR_WEEK.c.week).scalar_subquery(),
                day=lookup.with_only_columns(_HOUR_WEEK.c.day).scalar_subquery(),
            )
        )
    finally:
        _HOUR_WEEK.drop(conn)


_VARIANT_COLUMNS = (
    "call_id",
    "objection_id",
    "detail",
    "script_id",
    "script_version",
    "consultant_id",
    "started_at",
    "reached",
    "outcome",
    "bala1",
    "bala2",
    "bala3",
    "bala4",
    "day",
)


def _variant_select(ids: list[int] | None) -> Any:
    """Each finished call's distinct variants shown, with its facts (read from call_fact,
    so refresh the facts first)."""
    e, f = _EVENT.c, _FACT.c
    query = (
        select(
            e.call_id,
            func.coalesce(e.objection_id, ""),
            e.detail,
            *(f[name] for name in _VARIANT_COLUMNS[3:]),
        )
        .distinct()
        .select_from(_EVENT)
        .join(_FACT, f.call_id == e.call_id)
        .where(e.kind == EventKind.VARIANT_SHOWN.value)
    )
    if ids is not None:
        query = query.where(e.call_id.in_(ids))
    return query


_OBJECTION_COLUMNS = (
    "objection_id",
    "phase",
    "answer_id",
    "event_id",
    "call_id",
    "consultant_id",
    "started_at",
    "day",
    "meeting",
)


def _objection_select(ids: list[int] | None) -> Any:
    """Each finished call's objection events, with its facts (read from call_fact)."""
    e, f = _EVENT.c, _FACT.c
    query = (
        select(
            e.objection_id,
            func.coalesce(e.phase, ""),
            func.coalesce(e.answer_id, ""),
            e.id,
            e.call_id,
            f.consultant_id,
            f.started_at,
            f.day,
            f.outcome == Outcome.MEETING.value,
        )
        .select_from(_EVENT)
        .join(_FACT, f.call_id == e.call_id)
        .where(e.kind == EventKind.OBJECTION.value, e.objection_id.is_not(None))
    )
    if ids is not None:
        query = query.where(e.call_id.in_(ids))
    return query


def _refresh_event_facts(conn: Connection, ids: list[int] | None) -> None:
    """The variant and objection facts of ``ids`` (None: all) from their call facts."""
    for table, columns, made in (
        (_VFACT, _VARIANT_COLUMNS, _variant_select(ids)),
        (_OFACT, _OBJECTION_COLUMNS, _objection_select(ids)),
    ):
        gone = delete(table) if ids is None else delete(table).where(table.c.call_id.in_(ids))
        conn.execute(gone)
        conn.execute(insert(table).from_select(columns, made))


def refresh_facts(conn: Connection, call_ids: Iterable[int] | None) -> None:
    """Make the facts of ``call_ids`` (None: every call) match their calls: a call without
    an outcome (or gone) has none; then the variants they showed (``variant_fact``) and
    the objections they met (``objection_fact``)."""
    if call_ids is None:
        with fact_tallies.suspended(conn):
            conn.execute(delete(_FACT))
            conn.execute(insert(_FACT).from_select(_COLUMNS, _select(conn, None)))
            fill_weeks(conn, None)
            _refresh_event_facts(conn, None)
        return
    ids = sorted(set(call_ids))
    for at in range(0, len(ids), CHUNK):
        chunk = ids[at : at + CHUNK]
        conn.execute(delete(_FACT).where(_FACT.c.call_id.in_(chunk)))
        conn.execute(insert(_FACT).from_select(_COLUMNS, _select(conn, chunk)))
        fill_weeks(conn, chunk)
        _refresh_event_facts(conn, chunk)


def computed_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """Every call's facts as computed from scratch, by call id (to compare with the kept),
    the week and day last."""
    rows = conn.execute(_select(conn, None).order_by(_CALL.c.id))
    at = _COLUMNS.index("hour")
    return [(*row, week_of_hour(row[at]), day_of_hour(row[at])) for row in rows]


def computed_variant_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """Every variant fact as computed from the events and the kept facts, in key order."""
    order = _variant_select(None).subquery()
    rows = conn.execute(select(order).order_by(*order.c[:3]))
    return [tuple(row) for row in rows]


def computed_objection_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """Every objection fact as computed from the events and the kept facts, by event."""
    order = _objection_select(None).subquery()
    return [tuple(row) for row in conn.execute(select(order).order_by(order.c.id))]


def kept_objection_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """The objection facts as kept in ``objection_fact``, by event."""
    columns = [_OFACT.c[name] for name in _OBJECTION_COLUMNS]
    return [tuple(row) for row in conn.execute(select(*columns).order_by(_OFACT.c.event_id))]


def kept_variant_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """The variant facts as kept in ``variant_fact``, in key order."""
    columns = [_VFACT.c[name] for name in _VARIANT_COLUMNS]
    return [tuple(row) for row in conn.execute(select(*columns).order_by(*columns[:3]))]


def kept_facts(conn: Connection) -> list[tuple[Any, ...]]:
    """The facts as kept in ``call_fact``, by call id, the week and day last."""
    columns = [_FACT.c[name] for name in (*_COLUMNS, "week", "day")]
    return [tuple(row) for row in conn.execute(select(*columns).order_by(_FACT.c.call_id))]
