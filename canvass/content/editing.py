"""The files of the content editor: listing, reading, saving with history and drafts.

Where things are kept, beside each content file ``<folder>/<name>.yaml``:

- ``<folder>/.history/<stem>.<UTC timestamp>.yaml`` — the previous version, copied there
  before a valid save replaces the file;
- ``<folder>/.drafts/<name>.yaml`` — a text saved *with problems*. The file itself, the
  last valid version that every running app and ``canvass check`` read, is never touched
  by such a save; the draft is reopened in the editor, and deleted by the next valid save.

The loaders read only the ``*.yaml``/``*.yml`` files directly in a folder, never its
subfolders, so neither ``.history`` nor ``.drafts`` is ever loaded or checked (tests prove
it). Every write is atomic (:func:`canvass.files.write_atomic`). Plain Python: no Textual.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from canvass.content.problems import Problem
from canvass.content.text_check import ContentFolders, TextChecker
from canvass.content.validate import Kind
from canvass.content.yaml_loader import MAX_BYTES
from canvass.files import UnreadableFile, read_regular, write_atomic
from canvass.i18n import t

__all__ = ["ANY", "DRAFTS", "HISTORY", "ChangedOnDisk", "ContentFile", "ContentFiles"]
__all__ += ["OpenedText", "Saved", "fingerprint"]

HISTORY = ".history"
DRAFTS = ".drafts"
#: A new file's name: lower-case letters, digits and hyphens (it becomes the id).
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_SUFFIXES = frozenset({".yaml", ".yml"})


@dataclass(frozen=True)
class ContentFile:
    """One editable file: its kind (by folder), path and whether a draft waits for it."""

    kind: Kind
    path: Path
    has_draft: bool

    @property
    def label(self) -> str:
        """``scripts/fleksjob.yaml``: the folder's and the file's name."""
        return f"{self.path.parent.name}/{self.path.name}"


@dataclass(frozen=True)
class OpenedText:
    """A file's text for the editor; ``from_draft`` when the draft was newer work;
    ``base`` the file's :func:`fingerprint` when it was read (to notice a change by
    someone else before saving over it)."""

    file: ContentFile
    text: str
    from_draft: bool
    base: str | None = None


@dataclass(frozen=True)
class Saved:
    """What a save did: ``draft`` is True when the text had problems and went to the
    draft; ``kept`` is the previous version's copy in ``.history`` (None for a new file
    or a draft)."""

    path: Path
    draft: bool
    kept: Path | None
    problems: tuple[Problem, ...] = ()
    #: The file's fingerprint after the save (a draft leaves it as it was).
    base: str | None = None


class ChangedOnDisk(Exception):
    """The file changed (or appeared) since the editor read it; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(t("editor.changed_on_disk", path=path.name))
        self.path = path


#: ``base`` for :meth:`ContentFiles.save` that replaces the file whatever it holds now.
ANY = "*"


def fingerprint(path: Path) -> str | None:
    """sha256 (hex) of the file's bytes, or None when there is no file (a new one)."""
    try:
        return hashlib.sha256(read_regular(path, MAX_BYTES)).hexdigest()
    except UnreadableFile as error:
        if error.kind == "missing":
            return None
        raise


def draft_path(path: Path) -> Path:
    """Where a text of ``path`` with problems is kept."""
    return path.parent / DRAFTS / path.name


def history_path(path: Path, at: datetime) -> Path:
    """Where the version of ``path`` replaced at ``at`` is kept (UTC, to the microsecond)."""
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return path.parent / HISTORY / f"{path.stem}.{stamp}{path.suffix}"


class ContentFiles:
    """The editable files of ``folders``, and saving them."""

    def __init__(self, folders: ContentFolders) -> None:
        self.folders = folders
        self.checker = TextChecker(folders)

    def files(self) -> list[ContentFile]:
        """Every script, objection file and rubric, folder by folder, by name — and a new
        file that so far exists only as a draft (it was never valid)."""
        found: list[ContentFile] = []
        for folder, kind in self.folders.roles():
            if not folder.is_dir():
                continue
            drafts = folder / DRAFTS
            waiting = (
                {p.name for p in drafts.iterdir() if p.is_file()} if drafts.is_dir() else set()
            )
            names = {p.name for p in folder.iterdir() if p.is_file()}
            for name in sorted(names | waiting):
                path = folder / name
                if path.suffix in _SUFFIXES:
                    found.append(ContentFile(kind, path, name in waiting))
        return found

    def file(self, path: Path) -> ContentFile:
        """``path`` as an editable file; ValueError when it is not directly in a folder."""
        for folder, kind in self.folders.roles():
            if path.parent.resolve() == folder.resolve() and path.suffix in _SUFFIXES:
                return ContentFile(kind, path, draft_path(path).is_file())
        raise ValueError(path)

    def read(self, path: Path) -> OpenedText:
        """The text to edit: the draft when there is one, else the file. Raises
        :class:`canvass.files.UnreadableFile` or UnicodeDecodeError."""
        file = self.file(path)
        source = draft_path(path) if file.has_draft else path
        base = fingerprint(path)
        text = read_regular(source, MAX_BYTES).decode("utf-8-sig")
        return OpenedText(file, text, file.has_draft, base)

    def new_path(self, kind: Kind, name: str) -> Path:
        """The path of a new file ``name`` of ``kind``; ValueError for a bad or taken name."""
        if not NAME.fullmatch(name):
            raise ValueError(name)
        folder = next(f for f, k in self.folders.roles() if k is kind)
        path = folder / f"{name}.yaml"
        if path.exists() or draft_path(path).exists():
            raise FileExistsError(path)
        return path

    def save(self, path: Path, text: str, at: datetime, *, base: str | None = ANY) -> Saved:
        """Save ``text`` for ``path``: checked first; with problems to the draft only
        (the file stays as it was), else over the file with its previous version kept
        in the history and the draft removed. ``base``: the fingerprint the file had when
        read (None: it did not exist) — if it holds something else now, nothing is
        written and :class:`ChangedOnDisk` is raised; :data:`ANY` replaces it anyway.
        Raises OSError."""
        self.file(path)  # only files in the folders
        report = self.checker.check(path, text)
        data = text.encode("utf-8")
        if report.problems:
            draft = draft_path(path)
            draft.parent.mkdir(exist_ok=True)
            write_atomic(draft, data)
            return Saved(draft, True, None, tuple(report.problems), fingerprint(path))
        if base != ANY and fingerprint(path) != base:
            raise ChangedOnDisk(path)
        kept: Path | None = None
        if path.exists():
            kept = history_path(path, at)
            number = 1
            while kept.exists():  # two saves in one microsecond (or a fixed test clock)
                number += 1
                stamped = history_path(path, at)
                kept = stamped.with_name(f"{stamped.stem}-{number}{stamped.suffix}")
            kept.parent.mkdir(exist_ok=True)
            write_atomic(kept, read_regular(path, MAX_BYTES))
        write_atomic(path, data)
        draft_path(path).unlink(missing_ok=True)
        return Saved(path, False, kept, base=hashlib.sha256(data).hexdigest())
