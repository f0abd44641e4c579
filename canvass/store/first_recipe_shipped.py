"""The first page's recipe shipped with canvass: the call list's first page at the very
first start, before SQLAlchemy is imported.

A kept page and its recipe (:mod:`canvass.store.first_screen`,
:mod:`canvass.store.first_recipe`) exist only once the app has read a first page on this
machine, so the first start ever waited about a second for its data layer. The first
page's statements depend on the code and the schema, and otherwise only on whose list it
is, the scripts' target segments and the quiet period. ``first_recipe_shipped.json``
holds them as *templates* (made by :mod:`canvass.store.first_recipe_ship`, which records
them from the store as a kept recipe is recorded): the SQL and parameters with the
consultant's id, the segments and the quiet period marked. :func:`instantiate` fills
them in, which gives the very statements the store gives the driver; a test checks that
for several consultants, segment lists and quiet periods.

It is used only for the plain view (every company, in priority order), when the modules
that write the SQL are byte for byte those the templates were made with, on the
templates' schema revision, for initials the database knows, and with the target
segments of the scripts folder the templates were made with (the shipped scripts, read
here as bytes: no YAML). Anything else, and the app reads its first page when its data
layer is up, as before. The real page replaces this one as soon as it is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from canvass.store.first_recipe import SHAPERS as RECIPE_SHAPERS
from canvass.store.first_recipe import Clock, Execute, Recipe, Statement

SHIPPED = Path(__file__).with_name("first_recipe_shipped.json")
#: Bumped when the file's shape changes.
FORMAT = 1
#: The modules whose bytes the templates hold for: those that write the SQL, and these.
SHAPERS = (*RECIPE_SHAPERS, "first_recipe_shipped.py", "first_recipe_ship.py")
#: The quiet period's clock parameter in a template (now, that many days before).
RECENT: Clock = ("recent", 0.0)
_DAY = 86_400.0


def code_digest() -> str:
    """A digest of the bytes of every module the templates hold for."""
    folder = Path(__file__).parent
    h = hashlib.sha256()
    for name in SHAPERS:
        h.update(name.encode())
        h.update(b"\0")
        try:
            h.update((folder / name).read_bytes())
        except OSError:
            h.update(b"-")
        h.update(b"\0")
    return h.hexdigest()


def scripts_digest(folder: Path) -> str | None:
    """A digest of the YAML files the library reads from a scripts folder (names and
    bytes); None for a folder that publishes (its versions decide what is used) or that
    cannot be read."""
    h = hashlib.sha256()
    try:
        if (folder / ".published").exists():
            return None
        for path in sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"}):
            h.update(path.name.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    except OSError:
        return None
    return h.hexdigest()


def template_of(
    statement: Statement, consultant: Sequence[int], segment: Sequence[int]
) -> dict[str, Any]:
    """A recorded statement as a template: the positions of the consultant's id and of
    the one segment it was recorded with are marked (their values dropped, as are the
    moments the clock gives)."""
    params = list(statement.params)
    for position in (*consultant, *segment, *(p for p, _ in statement.clock)):
        params[position] = None
    return {
        "sql": statement.sql,
        "params": params,
        "clock": [[p, list(c)] for p, c in statement.clock],
        "consultant": list(consultant),
        "segment": list(segment),
    }


def fill(
    template: dict[str, Any], consultant_id: int, segments: Sequence[str], recent_days: int
) -> tuple[Statement, list[int]]:
    """The statement a template stands for; and where each of its parameters went (a
    segment's one parameter becomes one per segment, so those after it move on)."""
    pieces = str(template["sql"]).split("?")
    old = list(template["params"])
    if len(pieces) != len(old) + 1:
        raise ValueError("a template's placeholders and parameters differ")
    consultant, segment = set(template["consultant"]), set(template["segment"])
    folded = [s.casefold() for s in segments]
    if segment and not folded:
        raise ValueError("a template with segments needs segments")
    sql, moved = [pieces[0]], []
    params: list[Any] = []
    for position, value in enumerate(old):
        moved.append(len(params))
        if position in segment:
            sql.append(", ".join("?" * len(folded)))
            params += folded
        else:
            sql.append("?")
            params.append(consultant_id if position in consultant else value)
        sql.append(pieces[position + 1])
    clock = []
    for position, (kind, seconds) in template["clock"]:
        form: Clock = (str(kind), float(seconds))
        if form == RECENT:
            form = ("now", -recent_days * _DAY)
        clock.append((moved[int(position)], form))
    return Statement("".join(sql), tuple(params), tuple(clock)), moved


def instantiate(
    shipped: dict[str, Any],
    consultant: str,
    consultant_id: int,
    segments: Sequence[str],
    recent_days: int,
) -> Recipe:
    """The recipe the store would record for this consultant, these segments and this
    quiet period (raises KeyError/TypeError/ValueError on a damaged file)."""
    templates = shipped["with_segments" if segments else "without_segments"]

    def one(template: dict[str, Any]) -> tuple[Statement, list[int]]:
        return fill(template, consultant_id, segments, recent_days)

    details, moved = one(templates["details"])
    return Recipe(
        stamp="shipped",
        revision=str(shipped["revision"]),
        consultant=consultant,
        consultant_id=consultant_id,
        limit=int(shipped["limit"]),
        count=one(templates["count"])[0],
        groups=tuple((int(rank), one(t)[0]) for rank, t in templates["groups"]),
        details=details,
        ids_at=moved[int(templates["ids_at"])],
    )


def shipped_recipe(
    execute: Execute, consultant: str, scripts_dir: Path, recent_days: int
) -> tuple[Recipe, tuple[str, ...]] | None:
    """The shipped recipe for ``consultant`` (initials) on this database, and the target
    segments it reads with; None when it does not apply (see the module's text)."""
    try:
        shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(shipped, dict) or shipped.get("format") != FORMAT:
        return None
    segments = shipped.get("scripts", {}).get(scripts_digest(scripts_dir) or "")
    if segments is None or shipped.get("code") != code_digest():
        return None
    revision = execute("SELECT version_num FROM alembic_version", ())
    if [str(row[0]) for row in revision] != [shipped.get("revision")]:
        return None
    found = execute("SELECT id FROM consultant WHERE initials = ?", (consultant,))
    if not found:
        return None
    segments = tuple(str(s) for s in segments)
    return instantiate(shipped, consultant, int(found[0][0]), segments, recent_days), segments
