"""The call list's first page as last shown, kept so the next start paints it at once.

Starting canvass means importing SQLAlchemy, SQLModel and every table and loading the
scripts: about a second before the first page could be read. This module lets the app
paint the first page before any of that, and prove it is still right: plain Python
(``sqlite3`` and ``json``), no SQLAlchemy.

When the list has read its first page (:meth:`canvass.services.lists.ListService.first_page`)
it keeps, in one file per database and consultant: the rows and counts, the exact SQL
statements and parameters that read them, a digest of what those statements returned,
and the first moment the clock alone could change the answer (a callback coming due, a
meeting or a quiet period ending, a colleague's claim running out, midnight). At the next
start :func:`load` runs the same statements read-only on the database file: only when
they return the same rows (the same digest) and that moment has not come is the kept
page shown; the app reads the real page as soon as its data layer is up, and replaces
it. Anything else — another database, a changed list, a later day, a damaged file, a
PostgreSQL database — means no kept page, and the app paints when the data is read.

The file holds company names and numbers: it is written private (0600) beside the
user's state, replaced at every new first page, deleted when it no longer holds, and by
``canvass forget`` / ``purge`` (:func:`forget_all`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from canvass.store import first_recipe, first_recipe_shipped
from canvass.store.first_recipe import Recipe
from canvass.store.priority_rows import PriorityCounts, PriorityRow

#: Bumped when the file's shape or the rows' fields change: an older file is ignored.
FORMAT = 2
_PREFIX = "first-screen-"
_DT = "$dt"


@dataclass(frozen=True)
class Proof:
    """What shows a kept page still holds: the statements that read it, their digest,
    and when the clock alone could change it."""

    statements: tuple[tuple[str, tuple[Any, ...]], ...]
    digest: str
    valid_until: datetime


@dataclass(frozen=True)
class View:
    """Which first page: the same consultant, list, order and skipped setting."""

    consultant: str  # initials
    list_id: int | None
    by_name: bool
    show_skipped: bool
    recent_days: int


@dataclass(frozen=True)
class FirstScreen:
    """A kept first page."""

    view: View
    proof: Proof
    counts: PriorityCounts | None
    rows: tuple[PriorityRow, ...]
    list_name: str = ""
    consultant_label: str = ""
    #: The scripts' target segments the page was read with (the scripts load after the
    #: first frame; the real page, read with today's segments, replaces the kept one).
    segments: tuple[str, ...] = ()
    #: How the page is read at another moment (:mod:`canvass.store.first_recipe`).
    recipe: Recipe | None = None
    #: True when the rows were read now with the recipe, not kept (the proof had ended).
    fresh: bool = False


def digest(results: Iterable[Iterable[Sequence[Any]]]) -> str:
    """A digest of what each statement returned (the same for sqlite3 and SQLAlchemy's
    raw driver rows: both are the driver's own values). Each statement's rows are taken
    as a set: a query without ORDER BY (the page's details, looked up by id) may return
    them in another order after SQLite's planner learns more, and the list's order is
    the ordered queries' own, over unique keys, so it cannot differ for the same rows."""
    h = hashlib.sha256()
    for rows in results:
        for line in sorted(repr(tuple(row)) for row in rows):
            h.update(line.encode("utf-8", "surrogatepass"))
            h.update(b"\n")
        h.update(b"\0")
    return h.hexdigest()


def database_file(db: str) -> Path | None:
    """The SQLite file of a ``--db`` given as a path (a URL: None — no kept page)."""
    return None if "://" in db else Path(db).expanduser().resolve()


def file_for(folder: Path, database: Path, consultant: str) -> Path:
    """The kept page's file for a database file and a consultant."""
    key = f"{database.resolve()}\0{consultant}".encode("utf-8", "surrogatepass")
    return folder / f"{_PREFIX}{hashlib.sha256(key).hexdigest()[:24]}.json"


def save(path: Path, screen: FirstScreen) -> None:
    """Write the kept page atomically and private (0600); failures are silent: the
    kept page is a convenience, and the next start then simply reads the database."""
    data = {
        "format": FORMAT,
        "view": _plain(screen.view.__dict__),
        "proof": {
            "statements": [[sql, list(params)] for sql, params in screen.proof.statements],
            "digest": screen.proof.digest,
            "valid_until": screen.proof.valid_until.isoformat(),
        },
        "counts": None if screen.counts is None else screen.counts.__dict__,
        "rows": [
            _plain({f.name: getattr(row, f.name) for f in _ROW_FIELDS}) for row in screen.rows
        ],
        "list_name": screen.list_name,
        "consultant_label": screen.consultant_label,
        "segments": list(screen.segments),
        "recipe": None if screen.recipe is None else first_recipe.to_plain(screen.recipe),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except (OSError, ValueError, TypeError):
        return


def load(path: Path, database: Path, view: View, now: datetime) -> FirstScreen | None:
    """The kept page for ``view`` if it still holds on ``database`` at ``now``; else the
    page its recipe reads now; else None (and a file that no longer holds is deleted).
    Never raises."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or not database.is_file():
            _drop(path)
            return None
        kept = View(**data["view"])
        proof = Proof(
            tuple((sql, tuple(params)) for sql, params in data["proof"]["statements"]),
            str(data["proof"]["digest"]),
            datetime.fromisoformat(data["proof"]["valid_until"]),
        )
        if kept != view:
            _drop(path)
            return None
        recipe = None if data.get("recipe") is None else first_recipe.from_plain(data["recipe"])
        screen = FirstScreen(
            view=kept,
            proof=proof,
            counts=None if data["counts"] is None else PriorityCounts(**data["counts"]),
            rows=(),  # (the kept rows are read only when the proof holds)
            list_name=str(data.get("list_name", "")),
            consultant_label=str(data.get("consultant_label", "")),
            segments=tuple(str(segment) for segment in data.get("segments", ())),
            recipe=recipe,
        )
        with _reading(database) as execute:
            if now < proof.valid_until and replay(execute, proof.statements) == proof.digest:
                return replace(
                    screen, rows=tuple(PriorityRow(**_typed(row)) for row in data["rows"])
                )
            if (
                recipe is not None
                and all(is_read(sql) for sql in first_recipe.statements(recipe))
                and first_recipe.still_applies(recipe, execute)
            ):
                counts, rows = first_recipe.read(recipe, execute, now)
                return replace(screen, counts=counts, rows=tuple(rows), fresh=True)
        _drop(path)
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError, sqlite3.Error):
        _drop(path)
        return None


def load_shipped(
    database: Path, view: View, now: datetime, scripts_dir: Path
) -> FirstScreen | None:
    """The first page read now with the recipe shipped with canvass
    (:mod:`canvass.store.first_recipe_shipped`), for a start with nothing kept: only for
    the plain view, when that recipe applies. Never raises."""
    plain = View(view.consultant, None, False, False, view.recent_days)
    if view != plain or not view.consultant or not database.is_file():
        return None
    try:
        with _reading(database) as execute:
            found = first_recipe_shipped.shipped_recipe(
                execute, view.consultant, scripts_dir, view.recent_days
            )
            if found is None:
                return None
            recipe, segments = found
            if not all(is_read(sql) for sql in first_recipe.statements(recipe)):
                return None
            counts, rows = first_recipe.read(recipe, execute, now)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError, sqlite3.Error):
        return None
    return FirstScreen(
        view=view,
        proof=Proof((), "", now),  # (nothing kept to prove: read now)
        counts=counts,
        rows=tuple(rows),
        segments=segments,
        fresh=True,
    )


@contextlib.contextmanager
def _reading(database: Path) -> Iterator[first_recipe.Execute]:
    """Statements run read-only on the database file."""
    uri = f"file:{database.resolve().as_posix()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=0.2)
    try:
        yield lambda sql, params: connection.execute(sql, tuple(params)).fetchall()
    finally:
        connection.close()


def replay(execute: first_recipe.Execute, statements: Sequence[tuple[str, Sequence[Any]]]) -> str:
    """Run the statements (reads only); the digest of their rows."""
    results: list[Sequence[Sequence[Any]]] = []
    for sql, params in statements:
        if not is_read(sql):
            raise ValueError("only reads are replayed")
        results.append(execute(sql, params))
    return digest(results)


def is_read(sql: str) -> bool:
    """A statement that only reads (what is kept, and replayed, is nothing else)."""
    return sql.lstrip().upper().startswith(("SELECT", "WITH"))


def forget_all(folder: Path) -> int:
    """Delete every kept page in ``folder`` (``canvass forget`` / ``purge``); how many."""
    removed = 0
    try:
        candidates = list(folder.glob(f"{_PREFIX}*.json"))
    except OSError:
        return 0
    for path in candidates:
        try:
            path.unlink()
            removed += 1
        except OSError:
            continue
    return removed


_ROW_FIELDS = fields(PriorityRow)


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: {_DT: v.isoformat()}
        if isinstance(v, datetime)
        else list(v)
        if isinstance(v, tuple)
        else v
        for k, v in values.items()
    }


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: datetime.fromisoformat(v[_DT]) if isinstance(v, dict) and _DT in v else v
        for k, v in values.items()
    }


def _drop(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
