"""Reading and writing user files safely. Plain Python: no Textual.

- :func:`read_regular` (and :func:`open_regular`, to stream one) reads only regular
  files, with a size limit: a FIFO, a device (``/dev/zero``), a folder, a socket or a
  symlink loop is refused at once with its kind named, never waited on or read without end.
- :func:`write_private` writes a file whole or not at all (a unique temporary file in
  the target folder, then renamed into place), readable by its owner only — exports and
  logs hold names and notes. A prepared symlink at a temporary name cannot be followed:
  the temporary file is created new (``O_EXCL``) under a random name.
- :func:`append_private` appends to an owner-only file (the crash log).
- :func:`write_atomic` replaces a shared file (the content editor) whole or not at all.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from canvass.i18n import t

#: What a refused file is, for messages (``files.kind.<kind>`` in the catalogue).
KINDS = ("missing", "folder", "fifo", "device", "socket", "loop", "too_large", "denied", "other")


class UnreadableFile(Exception):
    """A file that cannot be read: ``kind`` is one of :data:`KINDS`."""

    def __init__(self, path: Path, kind: str, detail: str = "", size: int = 0) -> None:
        super().__init__(f"{path}: {kind} {detail}".strip())
        self.path, self.kind, self.detail, self.size = path, kind, detail, size

    @property
    def reason(self) -> str:
        """What is wrong, in the user's language (without the path)."""
        return t(f"files.kind.{self.kind}", detail=self.detail, size=self.size)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def open_regular(path: Path, limit: int) -> BinaryIO:
    """``path`` opened for reading in binary, if it is a regular file of at most ``limit``
    bytes; :class:`UnreadableFile` for anything else. Whoever reads it stops at ``limit``."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as error:
        raise UnreadableFile(path, "missing") from error
    except PermissionError as error:
        raise UnreadableFile(path, "denied") from error
    except IsADirectoryError as error:
        raise UnreadableFile(path, "folder") from error
    except OSError as error:
        kind = "loop" if error.errno == errno.ELOOP else "other"
        raise UnreadableFile(path, kind, error.strerror or str(error)) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(path, _kind_of(info.st_mode))
        if info.st_size > limit:
            raise UnreadableFile(path, "too_large", size=info.st_size)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; :class:`UnreadableFile` for anything else
    or for a file larger than ``limit`` bytes (read no further than that)."""
    with open_regular(path, limit) as stream:
        try:
            chunks, total = [], 0
            while total <= limit:
                chunk = stream.read(min(1 << 20, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except IsADirectoryError as error:
            raise UnreadableFile(path, "folder") from error
        except OSError as error:
            raise UnreadableFile(path, "other", error.strerror or str(error)) from error
    if total > limit:  # it grew while we read
        raise UnreadableFile(path, "too_large", size=total)
    return b"".join(chunks)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, owner-only (mode 0600). Raises OSError.

    A regular file (or a new name) is written whole: a temporary file, then renamed into
    place. A symlink is replaced, never followed (a prepared one must not redirect the
    export), unless it leads to a stream: a terminal, ``/dev/null`` or a pipe
    (``/dev/stdout``) is written through as it is, because replacing it with a file would
    break the machine (as root, in ``/dev``). A pipe with no reader, a folder, a socket or
    a block device is refused at once.
    """
    try:
        own = os.lstat(path).st_mode
    except FileNotFoundError:
        own = stat.S_IFREG
    target = own
    if stat.S_ISLNK(own):
        try:
            target = os.stat(path).st_mode
        except OSError:  # dangling or a loop: the link itself is replaced
            target = stat.S_IFREG
    if stat.S_ISCHR(target) or stat.S_ISFIFO(target):
        _write_stream(path, data)
        return
    if not (stat.S_ISREG(target) or stat.S_ISLNK(own)):
        raise OSError(errno.EINVAL, t(f"files.kind.{_kind_of(target)}", detail=""), str(path))
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_stream(path: Path, data: bytes) -> None:
    """Write to a device or pipe without creating or replacing anything; a pipe nobody
    reads is an error at once (``O_NONBLOCK`` on open), not a hang."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, t("files.no_reader"), str(path)) from error
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def append_private(path: Path, text: str) -> None:
    """Append ``text`` to ``path``, creating it owner-only. Raises OSError."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as stream:
        stream.write(text)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole or not at all: a unique temporary file in the
    same folder, flushed to disk (fsync), then renamed over it (``os.replace``), and the
    folder synced so the rename survives a crash. Unlike :func:`write_private` the file
    keeps the mode of the one it replaces (0644 when new): content files are shared with
    every app that reads the folder. Raises OSError."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = 0o644
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """fsync a folder so a rename in it is on disk (not possible everywhere: ignored then)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    # Some systems (Windows, a few network file systems) cannot sync a folder; the rename
    # has still happened.
    with contextlib.suppress(OSError):
        os.fsync(fd)
    os.close(fd)
