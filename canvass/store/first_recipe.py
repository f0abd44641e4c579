"""The statements that read the call list's first page, kept to read it again at the next
start with the clock of that start — before SQLAlchemy is imported.

A kept page (:mod:`canvass.store.first_screen`) holds only while nothing it read has
changed and the clock has crossed nothing: in a department a colleague's call or a
callback coming due ends it within minutes, and every morning does. Then the app had to
wait about a second for its data layer before it could show a page. The *recipe* is what
that page is read with, as the driver was given it: the count, one index walk per group
of the prioritised order (each with its LIMIT as a parameter) and the page's details
(the ids as one parameter), with each parameter the clock gave marked as such (``now``, a
fixed distance before it, or the end of the Copenhagen day). :func:`read` runs it with
plain ``sqlite3`` for another moment and gives the counts and rows the list would read
then. It is built and checked by :mod:`canvass.store.first_recipe_build`: it is kept
only when running it there gives exactly the rows and counts the store read, and it is
used only on the same schema revision, for the same consultant, by the same code (the
modules that write its SQL, by size and time of change). The real page replaces what it
read as soon as the data layer is up, as it replaces a kept page.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from canvass.domain.when import copenhagen_day
from canvass.store.priority_rows import Priority, PriorityCounts, PriorityRow, priority_row
from canvass.store.rows import CompanyRow

#: A clock parameter: ("now", seconds after now — negative: before) or ("end", 0): the
#: end of the Copenhagen day of now.
Clock = tuple[str, float]
Execute = Callable[[str, Sequence[Any]], Sequence[Sequence[Any]]]

_RANKS = tuple(Priority)
_DRIVER_TIME = "%Y-%m-%d %H:%M:%S.%f"
_BOOLS = tuple(i for i, f in enumerate(fields(CompanyRow)) if f.type == "bool")
_TIMES = tuple(i for i, f in enumerate(fields(CompanyRow)) if "datetime" in str(f.type))
#: The modules whose code writes the recipe's SQL: a recipe from other code is not used.
SHAPERS = (
    "call_lists.py",
    "companies.py",
    "first_recipe.py",
    "first_recipe_build.py",
    "models.py",
    "priority.py",
    "priority_details.py",
    "priority_rules.py",
    "priority_rows.py",
    "search_index.py",
)


@dataclass(frozen=True)
class Statement:
    """One statement as the driver is given it; ``clock`` says which parameters the
    clock gives (position, kind)."""

    sql: str
    params: tuple[Any, ...]
    clock: tuple[tuple[int, Clock], ...] = ()

    def bind(self, now: datetime) -> list[Any]:
        params = list(self.params)
        for position, (kind, seconds) in self.clock:
            params[position] = driver_time(clock_value(now, kind, seconds))
        return params


@dataclass(frozen=True)
class Recipe:
    """How the first page of one view is read (see the module's text)."""

    stamp: str  # the code that wrote it (:func:`code_stamp`)
    revision: str  # the database's schema revision
    consultant: str  # whose list: their initials ...
    consultant_id: int | None  # ... and their id in this database
    limit: int
    count: Statement  # (every company, then each skip reason's count)
    groups: tuple[tuple[int, Statement], ...]  # (rank, walk) in order; LIMIT ? OFFSET ? last
    details: Statement  # the page's details; its ids are one parameter (a JSON array) ...
    ids_at: int  # ... at this position


def driver_time(moment: datetime) -> str:
    """A moment as the driver is given it (UTC, as SQLAlchemy's SQLite type writes it)."""
    return moment.astimezone(UTC).strftime(_DRIVER_TIME)


def clock_value(now: datetime, kind: str, seconds: float) -> datetime:
    if kind == "end":
        return copenhagen_day(now)[1]
    return now + timedelta(seconds=seconds)


def code_stamp() -> str:
    """The size and time of change of each module that writes the recipe's SQL."""
    folder = Path(__file__).parent
    parts = []
    for name in SHAPERS:
        try:
            info = os.stat(folder / name)
        except OSError:
            parts.append(f"{name}:-")
            continue
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return ";".join(parts)


def read(
    recipe: Recipe, execute: Execute, now: datetime
) -> tuple[PriorityCounts, list[PriorityRow]]:
    """The counts and first page the recipe reads at ``now``."""
    total, *reasons = execute(recipe.count.sql, recipe.count.bind(now))[0]
    skipped = sum(int(n) for n in reasons)
    counts = PriorityCounts(listed=int(total) - skipped, skipped=skipped)
    page: list[Sequence[Any]] = []
    for _rank, walk in recipe.groups:
        params = walk.bind(now)
        params[-2] = recipe.limit - len(page)
        page += execute(walk.sql, params)
        if len(page) >= recipe.limit:
            break
    if not page:
        return counts, []
    params = recipe.details.bind(now)
    params[recipe.ids_at] = json.dumps([row[0] for row in page])
    by_id = {row[0]: row for row in execute(recipe.details.sql, params)}
    rows = [
        priority_row(_typed(by_id[id_]), _RANKS[int(rank)].value, skip, _time(reached))
        for id_, rank, _skipped, skip, _due, _name, reached in page
        if id_ in by_id
    ]
    return counts, rows


def _typed(details: Sequence[Any]) -> tuple[object, ...]:
    """The driver's values as SQLAlchemy gives them: booleans and aware UTC moments."""
    values = list(details)
    for i in _BOOLS:
        if values[i] is not None:
            values[i] = bool(values[i])
    for i in _TIMES:
        values[i] = _time(values[i])
    return tuple(values)


def _time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def to_plain(recipe: Recipe) -> dict[str, Any]:
    """The recipe as JSON values (kept in the first page's file)."""

    def statement(s: Statement) -> dict[str, Any]:
        return {"sql": s.sql, "params": list(s.params), "clock": [[p, list(c)] for p, c in s.clock]}

    return {
        "stamp": recipe.stamp,
        "revision": recipe.revision,
        "consultant": recipe.consultant,
        "consultant_id": recipe.consultant_id,
        "limit": recipe.limit,
        "count": statement(recipe.count),
        "groups": [[rank, statement(s)] for rank, s in recipe.groups],
        "details": statement(recipe.details),
        "ids_at": recipe.ids_at,
    }


def from_plain(data: dict[str, Any]) -> Recipe:
    """:func:`to_plain` read back (raises KeyError/TypeError/ValueError when damaged)."""

    def statement(s: dict[str, Any]) -> Statement:
        clock = tuple((int(p), (str(c[0]), float(c[1]))) for p, c in s["clock"])
        return Statement(str(s["sql"]), tuple(s["params"]), clock)

    consultant_id = data["consultant_id"]
    return Recipe(
        stamp=str(data["stamp"]),
        revision=str(data["revision"]),
        consultant=str(data["consultant"]),
        consultant_id=None if consultant_id is None else int(consultant_id),
        limit=int(data["limit"]),
        count=statement(data["count"]),
        groups=tuple((int(rank), statement(s)) for rank, s in data["groups"]),
        details=statement(data["details"]),
        ids_at=int(data["ids_at"]),
    )


def statements(recipe: Recipe) -> list[str]:
    """The SQL of every statement the recipe runs."""
    return [recipe.count.sql, *(s.sql for _, s in recipe.groups), recipe.details.sql]


def still_applies(recipe: Recipe, execute: Execute) -> bool:
    """Written by this code for this schema revision and (when it was read for them) this
    consultant's id here."""
    if recipe.stamp != code_stamp():
        return False
    revision = execute("SELECT version_num FROM alembic_version", ())
    if [str(row[0]) for row in revision] != [recipe.revision]:
        return False
    if recipe.consultant_id is None:  # read for nobody in particular (before they were known)
        return True
    found = execute("SELECT id FROM consultant WHERE initials = ?", (recipe.consultant,))
    return (found[0][0] if found else None) == recipe.consultant_id
