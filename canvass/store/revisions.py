"""Where canvass's Alembic revisions live, and what they are called.

The migration environment is inside the package (``canvass/store/alembic``: ``env.py``,
``script.py.mako`` and ``versions/``) and configured here in code: no ``alembic.ini`` is
read at run time, so an installed wheel migrates the same way a checkout does.

Revisions are numbered: ``0001`` … ``0005`` are the five schema steps of the releases
before Alembic (their SQLite ``user_version`` or PostgreSQL ``canvass_schema`` version
N is revision ``000N``); later ones continue the count (see :func:`next_revision_id`).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from canvass.store import search_index

if TYPE_CHECKING:  # Alembic is imported only to migrate or compare (~0.2 s at start-up)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The environment folder shipped inside the package.
SCRIPT_LOCATION = Path(__file__).with_name("alembic")
#: Versions of the releases before Alembic, and the revision each one is.
LEGACY_REVISIONS: dict[int, str] = {n: f"{n:04d}" for n in range(1, 6)}
#: Written to SQLite's user_version / PostgreSQL's canvass_schema once Alembic keeps the
#: revision: a release before Alembic then refuses the database as too new, untouched.
ALEMBIC_ERA_VERSION = 1000


def alembic_config(*extra_version_locations: Path) -> Config:
    """An Alembic configuration for canvass's environment (``extra``: more version folders)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    folders = [SCRIPT_LOCATION / "versions", *extra_version_locations]
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", os.pathsep.join(str(f) for f in folders))
    # File names start with a letter so they are importable module names (mypy, ruff).
    config.set_main_option("file_template", "r%%(rev)s_%%(slug)s")
    return config


def script_directory(config: Config | None = None) -> ScriptDirectory:
    """The revisions of ``config`` (default: canvass's own)."""
    from alembic.script import ScriptDirectory

    if config is None:
        return _default_script()
    return ScriptDirectory.from_config(config)


@cache
def _default_script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


@cache
def _own_chain() -> tuple[str, ...] | None:
    """canvass's own revisions, oldest first, read from the files without Alembic (opening
    a database at head must not import it); None when they are not one plain line (then
    Alembic decides)."""
    parents: dict[str, str | None] = {}
    for path in (SCRIPT_LOCATION / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        parents[revision.group(1)] = down.group(1)
    children = {parent: child for child, parent in parents.items()}
    if len(children) != len(parents):
        return None  # a branch: two revisions share a parent
    chain: list[str] = []
    at = children.get(None)
    while at is not None:
        chain.append(at)
        at = children.get(at)
    return tuple(chain) if len(chain) == len(parents) else None


def head(config: Config | None = None) -> str:
    """The newest revision (one head: the history is kept linear)."""
    chain = _own_chain() if config is None else None
    if chain:
        return chain[-1]
    found = script_directory(config).get_current_head()
    if found is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no Alembic revisions found")
    return found


def is_known(revision: str, config: Config | None = None) -> bool:
    """True when this canvass has ``revision`` (a newer canvass's revision is unknown)."""
    chain = _own_chain() if config is None else None
    if chain:
        return revision in chain
    return revision in {script.revision for script in script_directory(config).walk_revisions()}


def revisions_up_to(revision: str, config: Config | None = None) -> list[str]:
    """The revisions from the first to ``revision``, oldest first."""
    own = _own_chain() if config is None else None
    if own and revision in own:
        return list(own[: own.index(revision) + 1])
    script = script_directory(config)
    chain = [s.revision for s in script.iterate_revisions(revision, "base")]
    return list(reversed(chain))


def next_revision_id(config: Config | None = None) -> str:
    """The number after the highest numbered revision, e.g. ``0006``."""
    numbers = [
        int(s.revision) for s in script_directory(config).walk_revisions() if s.revision.isdigit()
    ]
    return f"{max(numbers, default=0) + 1:04d}"


#: Tables that are bookkeeping, not models: the pre-Alembic version row on PostgreSQL.
NOT_MODELS = frozenset({"canvass_schema"})


def _include_object(
    _object: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any
) -> bool:
    if search_index.is_index_object(name, type_):  # the search index is not a model
        return False
    return not (type_ == "table" and name in NOT_MODELS)


def _include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    # Not even reflected: SQLite's FTS5 virtual table and its shadow tables.
    return not search_index.is_index_object(name, type_)


def comparison_options(conn: Connection) -> dict[str, Any]:
    """How env.py configures Alembic, and how the tests compare a database with the models."""
    return {
        "render_as_batch": conn.dialect.name == "sqlite",  # SQLite rebuilds what it can't ALTER
        "include_object": _include_object,
        "include_name": _include_name,
        "compare_type": True,
    }
