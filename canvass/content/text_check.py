"""Checking a text as if it were a content file, without writing it (the editor's live check).

:class:`TextChecker` gives exactly the problems :func:`canvass.content.validate.check_paths`
would report for the file at ``path`` if it held ``text``, checked together with the
app's folders (as ``canvass check`` with no arguments does): the same rules, the same
file:line:column positions, ids compared with the other files in the same order. The other
files are loaded once and kept while their size and modification time stay the same, so a
check per keystroke costs one file, not the whole library.

One difference, on purpose: in a folder that publishes, the version rules
(:func:`canvass.content.published.version_rules`: content changed under a published
``version:``) come as warnings. Saving only writes the working file, which the app does
not use until it is published (:mod:`canvass.content.published`), so it must not be
refused; publishing (``canvass publish``, the editor's f9) refuses it, or raises the
version after a yes.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from canvass.content.gc_pause import gc_paused
from canvass.content.problems import Problem, Severity, problem, sorted_problems
from canvass.content.published_use import add_version_rules
from canvass.content.validate import (
    CheckReport,
    Kind,
    _check_file,
    _check_ids,
    _check_loaded,
    _expand,
    _File,
)
from canvass.content.yaml_loader import load_yaml_text

__all__ = ["ContentFolders", "TextChecker"]


@dataclass(frozen=True)
class ContentFolders:
    """The app's three content folders (:class:`canvass.config.Settings` has them)."""

    scripts: Path
    objections: Path
    rubrics: Path

    def roles(self) -> list[tuple[Path, Kind]]:
        """Each folder with the kind of file it must hold, in the order they are checked."""
        scripts, objections = (self.scripts, Kind.SCRIPT), (self.objections, Kind.OBJECTIONS)
        return [scripts, objections, (self.rubrics, Kind.RUBRIC)]


_Key = tuple[int, int, int]  # inode, size, mtime in ns


class TextChecker:
    """Checks texts for files in ``folders``; safe to use from one worker thread at a time
    (a lock guards the cache, so two threads only wait for each other)."""

    def __init__(self, folders: ContentFolders) -> None:
        self._folders = folders
        self._cache: dict[Path, tuple[_Key, _File]] = {}
        self._lock = threading.Lock()

    def check(self, path: Path, text: str) -> CheckReport:
        """The problems and warnings of ``path`` holding ``text`` (sorted as ``check`` sorts)."""
        with self._lock, gc_paused():
            return self._check(path, text)

    def _check(self, path: Path, text: str) -> CheckReport:
        target = path.resolve()
        roles = {folder.resolve(): kind for folder, kind in self._folders.roles()}
        edited = _check_text(path, text, roles.get(target.parent))
        found: list[Problem] = []
        checked: list[_File] = []
        placed = False
        for folder, _ in self._folders.roles():
            files = _expand([folder], found) if folder.is_dir() else []
            if target.parent == folder.resolve() and target not in {f.resolve() for f in files}:
                files = sorted([*files, path])  # a new file takes its place in the order
            for file in files:
                if file.resolve() == target:
                    if not placed:
                        checked.append(edited)
                        placed = True
                else:
                    checked.append(self._other(file, roles.get(file.resolve().parent)))
        if not placed:  # a file outside the folders is checked on its own
            checked.append(edited)
        _check_ids(checked)
        return CheckReport(sorted_problems(edited.problems), 1, sorted_problems(edited.warnings))

    def _other(self, path: Path, expected: Kind | None) -> _File:
        """Another file, checked on its own; a copy, since comparing ids adds problems."""
        try:
            info = os.stat(path)
            key: _Key | None = (info.st_ino, info.st_size, info.st_mtime_ns)
        except OSError:
            key = None
        cached = self._cache.get(path)
        if key is None or cached is None or cached[0] != key:
            item = _check_file(path, expected)
            if key is not None:
                self._cache[path] = (key, item)
        else:
            item = cached[1]
        return _File(item.loaded, item.kind, item.model, list(item.problems), list(item.warnings))


def _check_text(path: Path, text: str, expected: Kind | None) -> _File:
    """Like :func:`canvass.content.validate._check_file`, for a text; never raises."""
    item = _File(load_yaml_text(path, text))
    try:
        _check_loaded(item, expected)
        if not item.problems:
            versions = _File(item.loaded, item.kind, item.model)
            add_version_rules(versions)
            item.warnings += [replace(p, severity=Severity.WARNING) for p in versions.problems]
            item.warnings += versions.warnings
    except Exception as error:  # one odd text must not stop the editor
        item.model = None
        item.problems.append(problem(path, 1, 1, "internal", detail=repr(error)))
    return item
