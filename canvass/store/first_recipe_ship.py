"""Making ``first_recipe_shipped.json`` (:mod:`canvass.store.first_recipe_shipped`).

``python -m canvass.store.first_recipe_ship`` writes it again; a test fails while the file
is not what this makes (after a change to the SQL's code, the schema or the shipped
scripts). The templates are recorded from the store, as a kept recipe is
(:mod:`canvass.store.first_recipe_build`): the first page of the demo database is read
for a consultant with an id no database has, with one segment no script has and a quiet
period of a length nobody uses, so those three stand out among the parameters.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from canvass.store.first_recipe import Recipe, Statement

#: What stands out among the recorded parameters.
CONSULTANT_ID = 918_273_645
SEGMENT = "\u2063segment\u2063"
RECENT_DAYS = 37
#: The first page as the app asks for it (:attr:`canvass.ui.screens.call_list.CallList.PAGE_SIZE`).
LIMIT = 200
_NOW = datetime.fromisoformat("2026-11-23T09:00:00+00:00")


def shipped_scripts() -> Path:
    """The scripts folder the package ships (the checkout's own in an editable install)."""
    import canvass
    from canvass import locations

    return locations.content_dir("scripts", Path(canvass.__file__).parent.parent)


def target_segments(scripts_dir: Path) -> tuple[str, ...]:
    """Every script's target segments, as the call list reads them with no list chosen
    (:meth:`canvass.ui.screens.call_list_opens.CallListOpens.segments`)."""
    from canvass.content.validate import load_library

    library = load_library(scripts_dir, Path(tempfile.gettempdir()) / "no-objections-here")
    return tuple(dict.fromkeys(s for one in library.scripts.values() for s in one.target.segments))


def generate(scripts_dir: Path | None = None) -> dict[str, Any]:
    """The shipped file's contents, made now."""
    from canvass.services import Services, Store
    from canvass.store import first_recipe_shipped as shipped
    from canvass.store.demo import fill_demo

    scripts_dir = scripts_dir or shipped_scripts()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'ship.db'}")
        try:
            fill_demo(store, today=date(2026, 11, 23))
            services = Services.of(store)
            with_segments = _templates(services, (SEGMENT,))
            without = _templates(services, ())
            revision = with_segments.pop("revision")
            without.pop("revision")
        finally:
            store.close()
    return {
        "format": shipped.FORMAT,
        "code": shipped.code_digest(),
        "revision": revision,
        "limit": LIMIT,
        "scripts": {shipped.scripts_digest(scripts_dir): list(target_segments(scripts_dir))},
        "with_segments": with_segments,
        "without_segments": without,
    }


def _templates(services: Any, segments: tuple[str, ...]) -> dict[str, Any]:
    found = services.lists.first_page(
        list_id=None, limit=LIMIT, now=_NOW, consultant_id=CONSULTANT_ID,
        recent_days=RECENT_DAYS, segments=segments, proof=True, consultant="ZZ",
    )  # fmt: skip
    recipe: Recipe | None = found.recipe
    if recipe is None:
        raise RuntimeError("the store kept no recipe for the demo database's first page")

    def one(statement: Statement) -> dict[str, Any]:
        return _template(statement, segments)

    details = one(recipe.details)
    details["params"][recipe.ids_at] = None  # (the page's ids: given when it is read)
    return {
        "revision": recipe.revision,
        "count": one(recipe.count),
        "groups": [[rank, one(s)] for rank, s in recipe.groups],
        "details": details,
        "ids_at": recipe.ids_at,
    }


def _template(statement: Statement, segments: tuple[str, ...]) -> dict[str, Any]:
    from canvass.store.first_recipe_shipped import RECENT, template_of

    consultant = [i for i, v in enumerate(statement.params) if v == CONSULTANT_ID]
    segment = [i for i, v in enumerate(statement.params) if v == SEGMENT.casefold()]
    if any(isinstance(v, str) and SEGMENT in v for v in statement.params) and not segment:
        raise RuntimeError("a segment is not one parameter of its own")
    if statement.sql.count("?") != len(statement.params):
        raise RuntimeError("a statement has a question mark that is not a parameter")
    recent = ("now", -RECENT_DAYS * 86_400.0)
    clock = tuple((p, RECENT if c == recent else c) for p, c in statement.clock)
    return template_of(Statement(statement.sql, statement.params, clock), consultant, segment)


def write(path: Path | None = None) -> Path:
    """Make the file and write it (``path``: the package's own)."""
    from canvass.store.first_recipe_shipped import SHIPPED

    target = path or SHIPPED
    text = json.dumps(generate(), ensure_ascii=False, indent=1, sort_keys=True)
    target.write_text(text + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":  # pragma: no cover - a developer's command
    print(f"wrote {write()}")
