"""Published content versions: the record, the rules ``canvass check`` applies, the copies.

A content folder (scripts, objections or rubrics) that uses publishing has a subfolder
``.published`` holding

- ``manifest.yaml``: ``<id>: {<version>: <sha256 of the file's bytes>, ...}`` — every
  version ever published, so a version number names one content for ever;
- ``v<version>/<id>.yaml``: the published file itself, byte for byte.

The id is the script's ``id:``, the rubric's ``rubric:``, and for an objection file (which
holds many objections) its file name without ``.yaml`` (:func:`content_key`). Each file's
``version:`` is its own (an objection file or rubric without one is version 1).

The working file is the trainer's draft. The app uses, for every id in the manifest, its
latest published version: the working file when it is exactly that (same version, same
hash), else the copy — so a draft being edited, or a broken file, never replaces what
consultants use. A folder without ``.published`` does not publish: every valid file is
used as it is (as before publishing existed).

Why files and not a database table: the content folder is what a department shares (and
what one consultant on SQLite has on their own machine); the record travels with the
content it describes, ``canvass check`` reads it without a database, and it is the same
for SQLite and PostgreSQL. Every call still records script id, version and hash in the
database (``call.script_id``, ``script_version``, ``script_hash``), so the statistics
join calls to versions without reading this folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from canvass import files
from canvass.content.problems import Problem, problem, warning

FOLDER = ".published"
MANIFEST = "manifest.yaml"
_HASH = re.compile(r"^[0-9a-f]{64}$")
_HEADER = (
    "# Udgivne versioner af indholdet, skrevet af `canvass publish` - ret ikke i hånden.\n"
    "# Published content versions, written by `canvass publish` - do not edit by hand.\n"
    "# <id>: {<version>: <sha256 af filen>}\n"
)


@dataclass(frozen=True)
class Published:
    """What a folder has published: content id → version → sha256 (hex)."""

    folder: Path
    versions: dict[str, dict[int, str]]

    def latest(self, content_id: str) -> int | None:
        """The highest published version of ``content_id`` (None: never published)."""
        known = self.versions.get(content_id)
        return max(known) if known else None

    def copy_path(self, content_id: str, version: int) -> Path:
        """Where the published file of ``content_id`` at ``version`` is kept."""
        return copy_path(self.folder, content_id, version)


def manifest_path(folder: Path) -> Path:
    """The manifest of ``folder`` (it may not exist)."""
    return folder / FOLDER / MANIFEST


def copy_path(folder: Path, content_id: str, version: int) -> Path:
    """The published copy of ``content_id`` at ``version`` in ``folder``."""
    return folder / FOLDER / f"v{version}" / f"{content_id}.yaml"


def content_key(model: object, path: Path) -> str | None:
    """The id a content file is published under (None: a file that has no versions, such
    as ``scripts/fag.yaml``): a script's ``id``, a rubric's ``rubric``, an objection
    file's name without its suffix."""
    # Imported here: this module is read without pydantic (the app's start, the CLI).
    from canvass.content.models import CallScript, ObjectionFile
    from canvass.content.rubric_model import Rubric

    if isinstance(model, CallScript):
        return model.id
    if isinstance(model, Rubric):
        return model.rubric
    if isinstance(model, ObjectionFile):
        return path.stem
    return None


def digest(raw: bytes) -> str:
    """The hash a call records and the manifest keeps: sha256 of the file's bytes, hex."""
    return hashlib.sha256(raw).hexdigest()


_cache: dict[Path, tuple[tuple[int, int], Published | None, list[Problem]]] = {}


def read_published(folder: Path) -> tuple[Published | None, list[Problem]]:
    """The folder's record (None: it does not publish) and any problem reading it.

    Read again only when the manifest's mtime or size changed (checked per file)."""
    path = manifest_path(folder)
    try:
        info = path.stat()
    except OSError:
        return None, []
    stamp = (info.st_mtime_ns, info.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1], cached[2]
    found, problems = _parse(folder, path)
    _cache[path] = (stamp, found, problems)
    return found, problems


def _parse(folder: Path, path: Path) -> tuple[Published | None, list[Problem]]:
    try:
        data = yaml.safe_load(path.read_bytes()) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        return None, [problem(path, 1, 1, "manifest", reason=str(error).splitlines()[0])]
    versions: dict[str, dict[int, str]] = {}
    if not isinstance(data, dict):
        return None, [problem(path, 1, 1, "manifest", reason="not a mapping")]
    for content_id, known in data.items():
        if not isinstance(content_id, str) or not isinstance(known, dict):
            return None, [problem(path, 1, 1, "manifest", reason=repr(content_id))]
        for version, hashed in known.items():
            ok = isinstance(version, int) and not isinstance(version, bool) and version >= 1
            if not ok or not isinstance(hashed, str) or not _HASH.match(hashed):
                return None, [problem(path, 1, 1, "manifest", reason=f"{content_id}: {version}")]
        versions[content_id] = dict(known)
    return Published(folder, versions), []


def version_rules(
    path: Path, at: tuple[int, int], content_id: str, version: int, hashed: str
) -> tuple[list[Problem], list[Problem]]:
    """``(problems, warnings)`` for a working content file in a folder that publishes.

    ``at`` is the position of its ``version:`` value. Changed content under a published
    version, or a version below the latest published, is a problem; a version above it
    (or an id never published) is a draft: a warning, the app goes on using the latest
    published version.
    """
    published, _ = read_published(path.parent)
    if published is None:
        return [], []
    known = published.versions.get(content_id, {})
    latest = published.latest(content_id)
    if version in known and known[version] == hashed:
        if latest is not None and version < latest:
            return [_behind(path, at, version, latest)], []
        return [], []
    if version in known:
        next_version = (latest or version) + 1
        raised = problem(path, *at, "version-not-raised", version=version, next=next_version)
        return [raised], []
    if latest is not None and version < latest:
        return [_behind(path, at, version, latest)], []
    from canvass.i18n import t

    using = t("check.draft.using", version=latest) if latest else t("check.draft.nothing")
    return [], [warning(path, *at, "draft", version=version, using=using)]


def _behind(path: Path, at: tuple[int, int], version: int, latest: int) -> Problem:
    return problem(path, *at, "version-behind", version=version, published=latest, next=latest + 1)


def is_live(published: Published, content_id: str, version: int, hashed: str) -> bool:
    """Whether a working file is exactly the latest published version of its id."""
    latest = published.latest(content_id)
    return latest == version and published.versions[content_id].get(version) == hashed


def record(folder: Path, content_id: str, version: int, raw: bytes) -> None:
    """Publish: keep the copy, then add it to the manifest (each written atomically, the
    copy first, so a reader that sees the manifest entry always finds its copy)."""
    write_atomic(copy_path(folder, content_id, version), raw)
    published, problems = read_published(folder)
    if problems:
        raise ValueError(problems[0].message)
    versions = dict(published.versions) if published else {}
    versions[content_id] = {**versions.get(content_id, {}), version: digest(raw)}
    body = yaml.safe_dump(
        {sid: dict(sorted(v.items())) for sid, v in sorted(versions.items())},
        allow_unicode=True,
        sort_keys=False,
    )
    write_atomic(manifest_path(folder), (_HEADER + body).encode())


#: A lock older than this (seconds) is left over from a publish that died: taken over.
STALE_LOCK = 120.0


class PublishBusy(Exception):
    """Another ``canvass publish`` is writing this folder's record right now."""


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the folder's publish lock (``.published/.lock``), so two trainers publishing
    into a shared folder at once never lose each other's manifest entry."""
    path = folder / FOLDER / ".lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in (1, 2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                age = time.time() - path.stat().st_mtime
            except FileNotFoundError:
                continue  # released meanwhile: try again
            if attempt == 1 and age > STALE_LOCK:
                path.unlink(missing_ok=True)
                continue
            raise PublishBusy(str(path)) from None
        break
    else:
        raise PublishBusy(str(path))
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.close(fd)
        yield
    finally:
        path.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path`` whole (:func:`canvass.files.write_atomic`: a temporary file in the
    same folder, then rename; the mode of the file it replaces), its folder made first;
    raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    files.write_atomic(path, data)
