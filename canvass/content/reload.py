"""Taking a changed content folder into a running app (Textual-free).

:func:`folder_stamp` is the cheap test that something changed (names, sizes and mtimes
of the folders' files, the published record included); :func:`keep_valid` merges a newly
loaded library into the one in use so that a file broken on disk never takes away what
was valid in it: the last valid script, objections or rubric from that file stay until
the file is valid again. A file that is gone (with no problem) takes its content along.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from canvass.content import published
from canvass.content.models import CallScript
from canvass.content.rubric_model import Rubric
from canvass.content.validate import Library, load_library

Stamp = tuple[tuple[str, int, int], ...]


def folder_stamp(folders: Iterable[Path | None]) -> Stamp:
    """``(path, size, mtime_ns)`` of every YAML file in ``folders`` and of each folder's
    published record; a folder that cannot be read counts as empty."""
    found: list[tuple[str, int, int]] = []
    for folder in folders:
        if folder is None:
            continue
        paths = [published.manifest_path(folder)]
        try:
            with os.scandir(folder) as entries:
                paths += [Path(e.path) for e in entries if e.name.endswith((".yaml", ".yml"))]
        except OSError:
            pass
        for path in paths:
            try:
                info = path.stat()
            except OSError:
                continue
            found.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


@dataclass(frozen=True)
class Reloaded:
    """The library to use now, and what changed in it (new ones included): the scripts,
    the objection files (by name) and the rubrics."""

    library: Library
    updated: list[CallScript]
    objection_files: list[str] = field(default_factory=list)
    rubrics: list[Rubric] = field(default_factory=list)


def keep_valid(old: Library, new: Library) -> Reloaded:
    """``new``, but holding on to what ``old`` had from files that now have problems."""
    broken = {problem.path for problem in new.problems}
    scripts, objections = dict(new.scripts), dict(new.objections)
    rubrics, sources, hashes = dict(new.rubrics), dict(new.sources), dict(new.hashes)
    for script_id, script in old.scripts.items():
        if script_id not in scripts and old.sources.get(script_id) in broken:
            scripts[script_id] = script
            sources[script_id] = old.sources[script_id]
            hashes[script_id] = old.hashes[script_id]
    for objection_id, objection in old.objections.items():
        if objection_id not in objections and old.sources.get(objection_id) in broken:
            objections[objection_id] = objection
            sources[objection_id] = old.sources[objection_id]
    for rubric_id, rubric in old.rubrics.items():
        key = f"rubric:{rubric_id}"
        if rubric_id not in rubrics and old.sources.get(key) in broken:
            rubrics[rubric_id] = rubric
            sources[key] = old.sources[key]
    trades = new.trades if new.trades is not None or not new.problems else old.trades
    merged = Library(
        scripts,
        objections,
        sources,
        new.problems,
        hashes,
        new.warnings,
        trades,
        rubrics,
        new.rubrics_dir,
    )
    updated = [
        script
        for script_id, script in scripts.items()
        if script_id not in old.scripts or old.hashes.get(script_id) != hashes[script_id]
    ]
    files = {
        sources[objection_id].stem
        for objection_id, objection in objections.items()
        if old.objections.get(objection_id) != objection
    }
    files |= {old.sources[oid].stem for oid in old.objections if oid not in objections}
    changed_rubrics = [r for rid, r in rubrics.items() if old.rubrics.get(rid) != r]
    return Reloaded(merged, updated, sorted(files), changed_rubrics)


def frozen_script(library: Library, script_id: str, version: int, hashed: str) -> CallScript | None:
    """The script exactly as a call started with it: the library's, when its hash is
    ``hashed``, else the published copy of ``version`` with that hash (a call resumed
    after a newer version was published goes on with its own); None when neither is there."""
    if library.hashes.get(script_id) == hashed:
        return library.scripts[script_id]
    source = library.sources.get(script_id)
    if source is None:
        return None
    in_copy = source.parent.parent.name == published.FOLDER
    scripts_dir = source.parents[2] if in_copy else source.parent
    copy = published.copy_path(scripts_dir, script_id, version)
    if not copy.is_file():
        return None
    loaded = load_library(copy.parent, copy.parent / "-")  # the few scripts of that version
    if loaded.hashes.get(script_id) != hashed:
        return None
    return loaded.scripts[script_id]


def same_content(old: Library, new: Library) -> bool:
    """Whether nothing a consultant sees changed (the same files, problems and all)."""
    return (
        old.hashes == new.hashes
        and old.problems == new.problems
        and old.objections == new.objections
        and old.rubrics == new.rubrics
        and old.trades == new.trades
    )


__all__ = [
    "Reloaded",
    "Stamp",
    "folder_stamp",
    "frozen_script",
    "keep_valid",
    "same_content",
]
