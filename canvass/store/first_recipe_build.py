"""Building the first page's recipe (:mod:`canvass.store.first_recipe`) where the page is
read, and checking it before it is kept.

The recipe's statements are the store's own: each is run through the session with the
driver's statements recorded (``before_cursor_execute``), so what is kept is exactly what
SQLAlchemy gave the driver. Every walk of the prioritised order's groups is recorded (the
page itself may have needed only the first), each asked for a whole page; every moment
among the parameters must be one the clock gives (now, the quiet period or a claim's
lifetime before it, the end of the Copenhagen day), or there is no recipe. Last, the
recipe is run on the same connection: only if it reads exactly the counts and rows the
store read is it kept. Only the plain view has one: no search, in priority order,
without the skipped ones, a list long enough to be walked (what the app shows first).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session

from canvass.store import priority
from canvass.store.calls import CLAIM_TTL
from canvass.store.first_recipe import (
    Clock,
    Recipe,
    Statement,
    clock_value,
    code_stamp,
    driver_time,
    read,
)
from canvass.store.priority_details import with_details
from canvass.store.priority_rows import Priority, PriorityCounts, PriorityQuery, PriorityRow
from canvass.store.recording import recording

_MOMENT = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
_PAGED = " LIMIT ? OFFSET ?"


#: The recipes built in this process, by database and view (the statements do not change
#: while the code and the schema do not: built and checked once per view).
_built: dict[tuple[object, ...], Recipe | None] = {}
_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def build(
    session: Session,
    q: PriorityQuery,
    consultant: str,
    limit: int,
    counts: PriorityCounts,
    rows: list[PriorityRow],
) -> Recipe | None:
    """The recipe of ``q``'s first page for ``consultant`` (initials), checked against
    the ``counts`` and ``rows`` just read in this transaction; None when there is none.
    Built once per database and view in a process."""
    key = (str(session.connection().engine.url), replace(q, now=_ANY_TIME), consultant, limit)
    if key not in _built:
        recipe = _build(session, q, consultant, limit, counts, rows)
        if recipe is None and not rows:
            return None  # an empty list: perhaps one with rows later
        _built[key] = recipe
    return _built[key]


def _build(
    session: Session,
    q: PriorityQuery,
    consultant: str,
    limit: int,
    counts: PriorityCounts,
    rows: list[PriorityRow],
) -> Recipe | None:
    if q.search or q.by_name or q.include_skipped or not rows:
        return None
    connection = session.connection()
    if connection.dialect.name != "sqlite" or not priority._walks(session, q):
        return None
    clocks = _clocks(q)
    with recording(connection.engine) as log:
        priority.count_prioritised(session, replace(q, include_skipped=False, by_name=False))
        count = _statement(log[-1], clocks) if log else None
        walks = []
        for rank in range(len(Priority)):
            part = priority.walk_group(q, False, rank, None, limit)
            if part is None:
                continue
            before = len(log)
            session.execute(part).all()
            if len(log) != before + 1 or not log[-1][0].endswith(_PAGED):
                return None
            walk = _statement(log[-1], clocks)
            if walk is None or walk.params[-2:] != (limit, 0):
                return None
            walks.append((rank, walk))
        before = len(log)
        with_details(session, q, [_Id(row.id) for row in rows])
        details = _details(log[before:], [row.id for row in rows], clocks)
    if count is None or details is None:
        return None
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(revision) != 1:
        return None
    recipe = Recipe(
        code_stamp(), str(revision[0][0]), consultant, q.consultant_id, limit,
        count, tuple(walks), *details,
    )  # fmt: skip
    if read(recipe, _driver(connection), q.now) != (counts, rows):
        return None
    return recipe


def _clocks(q: PriorityQuery) -> dict[str, Clock]:
    """The moments the clock gives the first page's statements, as the driver sees them."""
    forms: list[Clock] = [
        ("now", 0.0),
        ("now", -timedelta(days=q.recent_days).total_seconds()),
        ("now", -CLAIM_TTL.total_seconds()),
        ("end", 0.0),
    ]
    return {driver_time(clock_value(q.now, *form)): form for form in forms}


def _statement(entry: tuple[str, tuple[Any, ...]], clocks: dict[str, Clock]) -> Statement | None:
    """A recorded statement with its clock parameters marked; None when a moment among
    its parameters is not one the clock gives (it would not move with the clock)."""
    sql, params = entry
    clock = []
    for position, value in enumerate(params):
        if isinstance(value, datetime):
            return None
        if isinstance(value, str) and _MOMENT.match(value):
            if value not in clocks:
                return None
            clock.append((position, clocks[value]))
    return Statement(sql, params, tuple(clock))


def _details(
    log: Sequence[tuple[str, tuple[Any, ...]]], ids: list[int], clocks: dict[str, Clock]
) -> tuple[Statement, int] | None:
    """The details statement and where its ids are (one parameter: a JSON array)."""
    if len(log) != 1:
        return None
    sql, params = log[0]
    listed = [i for i, value in enumerate(params) if value == json.dumps(ids)]
    statement = _statement((sql, params), clocks)
    if len(listed) != 1 or statement is None:
        return None
    return statement, listed[0]


class _Id:
    """A page row as :func:`with_details` reads it (only its id matters here)."""

    rank = 0
    skip = None
    reached = None

    def __init__(self, id_: int) -> None:
        self.id = id_


def _driver(connection: Any) -> Any:
    def execute(sql: str, params: Sequence[Any]) -> Sequence[Sequence[Any]]:
        return connection.exec_driver_sql(sql, tuple(params)).all()

    return execute
