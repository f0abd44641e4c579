"""Which file of a publishing folder the library uses, and the version rules per file.

Scripts, objection files and rubrics are handled alike (:mod:`canvass.content.published`):
in a folder with a ``.published`` record, each id's latest published version is used —
the working file when it is exactly that version, else the published copy — and a draft
is checked but never used. Textual-free.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from yaml.nodes import Node

from canvass.content import nodes, published
from canvass.content.problems import Problem, problem


class Checked(Protocol):
    """One checked file (:class:`canvass.content.validate._File`)."""

    @property
    def path(self) -> Path: ...

    @property
    def raw(self) -> bytes: ...

    @property
    def root(self) -> Node | None: ...

    @property
    def model(self) -> object: ...

    problems: list[Problem]
    warnings: list[Problem]


T = TypeVar("T", bound=Checked)


def version_of(model: object) -> int | None:
    """The ``version`` of a script, objection file or rubric model (None: none)."""
    version = getattr(model, "version", None)
    return version if isinstance(version, int) else None


def add_version_rules(item: Checked) -> None:
    """Add :func:`canvass.content.published.version_rules` for a valid content file, at its
    ``version:`` (at the top of the file when it has none)."""
    key = published.content_key(item.model, item.path)
    version = version_of(item.model)
    if key is None or version is None or item.root is None:
        return
    at = nodes.pos(nodes.value(item.root, "version") or item.root)
    hashed = published.digest(item.raw)
    more, warned = published.version_rules(item.path, at, key, version, hashed)
    item.problems += more
    item.warnings += warned


def use_published(
    folder: Path,
    checked: list[T],
    check_copy: Callable[[Path], T],
    found: list[Problem],
    warned: list[Problem],
) -> list[T]:
    """The files of ``folder`` the library takes: in a folder that publishes, each id's
    latest published version (its working file when that is it, else the copy, checked
    with ``check_copy``); otherwise ``checked`` as it is."""
    record, problems = published.read_published(folder)
    found.extend(problems)
    if record is None:
        return checked
    kept: list[T] = []
    live: set[str] = set()
    for item in checked:
        key = published.content_key(item.model, item.path)
        version = version_of(item.model)
        if key is not None and version is not None and not item.problems:
            if not published.is_live(record, key, version, published.digest(item.raw)):
                warned.extend(item.warnings)  # the draft's own warnings are still shown
                continue
            live.add(key)
        kept.append(item)
    for key in sorted(set(record.versions) - live):
        latest = record.latest(key)
        assert latest is not None
        copy = check_copy(record.copy_path(key, latest))
        if not copy.problems and published.digest(copy.raw) != record.versions[key][latest]:
            copy.problems.append(problem(copy.path, 1, 1, "published-copy", version=latest))
        if copy.raw or copy.problems:
            kept.append(copy)
    return kept
