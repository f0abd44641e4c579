"""Reading a CSV file the way Excel and the registers write it.

Encoding (UTF-8 with or without BOM, else Windows-1252), the separator (``;`` or ``,``),
and records numbered by the physical line they start on, so a quoted field with a line
break inside does not shift the line numbers of the rows after it.

Streamed: :func:`open_csv` checks the whole file chunk by chunk (binary, encoding,
control characters, decided on every byte) and :meth:`CsvFile.records` reads it record
by record, as often as needed — memory stays a chunk, however large the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from canvass.errors import CanvassError, ConfigError
from canvass.files import UnreadableFile, open_regular
from canvass.i18n import t

# Excel workbooks (.xlsx, .ods) are ZIP files; old .xls files are OLE2 compound files.
_WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_BINARY_SIGNATURES = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"%PDF": "PDF",
    b"\x1f\x8b": "gzip",
}
# Excel's "Unicode text" export is UTF-16 with a BOM (and tab-separated).
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: A valid multi-byte UTF-8 sequence: a file with one is UTF-8, not Windows-1252.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NEWLINE = re.compile(r"\r\n|\r|\n")
_SNIFF_SAMPLE = 16_384


class ImportFileError(CanvassError):
    """The file as a whole cannot be read as a CSV list (bad content, not bad usage)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, t("transfer.import_title"))


#: The largest CSV file read (a register export of every Danish company is ~300 MB).
MAX_CSV_BYTES = 1 << 30
#: Bytes read at a time: memory stays this size however large the file is.
READ_CHUNK = 1 << 20

# C0 control characters never occur in a real list; tab, CR and LF do. The same bytes
# in UTF-8 and Windows-1252, so they are looked for in the bytes.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Bytes Windows-1252 leaves undefined.
_NOT_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")

#: Told the bytes read so far, now and then while the bytes are checked.
ByteProgress = Callable[[int], None]
#: Told the records and the bytes read so far, now and then while records are read.
RecordProgress = Callable[[int, int], None]


class CsvFile:
    """A CSV file checked whole (kind, encoding, control characters) and then read
    record by record as often as needed, never held in memory at once.

    Open it with :func:`open_csv`; use it as a context manager (or :meth:`close` it).
    """

    def __init__(self, path: Path, stream: BinaryIO, encoding: str, delimiter: str) -> None:
        self.path, self.encoding, self.delimiter = path, encoding, delimiter
        self._stream = stream
        self._identity = _identity(stream)
        self.size = self._identity[2]

    @property
    def identity(self) -> tuple[int, int, int, int]:
        """Device, inode, size and modification time: the same file, unchanged."""
        return self._identity

    def records(self, progress: RecordProgress | None = None) -> Iterator[RawRecord]:
        """Every non-blank record from the start (see :func:`records`); ``progress`` is told
        the records and bytes read every :data:`PROGRESS_EVERY` records and at the end."""
        self.check_unchanged()
        self._stream.seek(0)
        text = io.TextIOWrapper(self._stream, encoding=self.encoding, newline="")
        try:
            if progress is None:
                yield from records(text, self.delimiter)
            else:
                count = 0
                for count, record in enumerate(records(text, self.delimiter), 1):
                    if count % PROGRESS_EVERY == 0:
                        progress(count, self._stream.tell())
                    yield record
                progress(count, self.size)
        finally:
            if not self._stream.closed:  # a pass given up after the file was closed
                text.detach()  # the stream stays open for the next pass
        self.check_unchanged()

    def check_unchanged(self) -> None:
        """:class:`ImportFileError` if the file was changed since it was checked."""
        if _identity(self._stream) != self._identity:
            raise ImportFileError(t("transfer.file_changed", path=self.path))

    def close(self) -> None:
        """Close the file."""
        self._stream.close()

    def __enter__(self) -> CsvFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


#: Records between two progress reports.
PROGRESS_EVERY = 2_000


def _identity(stream: BinaryIO) -> tuple[int, int, int, int]:
    info = os.fstat(stream.fileno())
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def open_csv(path: Path, progress: ByteProgress | None = None) -> CsvFile:
    """Open ``path``, check it whole and detect its encoding and separator.

    Reads the file once in chunks (``progress`` is told the bytes read). Raises
    :class:`ConfigError` when the file cannot be opened (a usage error) and
    :class:`ImportFileError` when it is empty, binary, a workbook or not decodable.
    """
    try:
        stream = open_regular(path, MAX_CSV_BYTES)  # a FIFO or a device is refused at once
    except UnreadableFile as exc:
        raise _usage_error(path, exc) from exc
    try:
        encoding = _scan(stream, path, progress)
        stream.seek(0)
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        head = text.readline()  # the header, however long
        head += text.read(_SNIFF_SAMPLE)
        text.detach()
        return CsvFile(path, stream, encoding, detect_delimiter(head))
    except OSError as exc:
        stream.close()
        raise _usage_error(path, UnreadableFile(path, "other", exc.strerror or str(exc))) from exc
    except BaseException:
        stream.close()
        raise


def _usage_error(path: Path, exc: UnreadableFile) -> ConfigError:
    if exc.kind == "missing":
        message = t("transfer.file_missing", path=path)
    elif exc.kind == "folder":
        message = t("transfer.file_is_folder", path=path)
    else:
        message = t("transfer.file_unreadable", path=path, reason=exc.reason)
    return ConfigError(message, t("transfer.import_title"))


@dataclass
class _Scan:
    """What one pass over the bytes found, decided on the whole file."""

    utf8_error: tuple[int, int] | None = None  # line, byte value
    utf8_sequence: bool = False  # a valid multi-byte sequence: the file means UTF-8
    cp1252_bad: bool = False
    control: tuple[int, str] | None = None  # line, U+XXXX
    blank_utf8: bool = True
    blank_cp1252: bool = True


def _scan(stream: BinaryIO, path: Path, progress: ByteProgress | None) -> str:
    """The file's encoding, read chunk by chunk; the same refusals as :func:`decode`."""
    found = _Scan()
    decoder = codecs.getincrementaldecoder("utf-8")()  # the BOM is UTF-8 too
    lines, total, tail = 0, 0, b""
    chunk = stream.read(READ_CHUNK)
    _refuse_binary(chunk, path)
    while chunk:
        total += len(chunk)
        if total > MAX_CSV_BYTES:  # it grew while we read
            raise _usage_error(path, UnreadableFile(path, "too_large", size=total))
        if b"\x00" in chunk:
            raise ImportFileError(t("transfer.not_text", path=path))
        if found.control is None and (control := _CONTROL_BYTES.search(chunk)):
            line = lines + chunk.count(b"\n", 0, control.start()) + 1
            found.control = (line, f"U+{control.group()[0]:04X}")
        if found.utf8_error is None:
            _decode_utf8(decoder, chunk, lines, found)
        if found.blank_cp1252:
            found.blank_cp1252 = not chunk.decode("cp1252", errors="replace").strip()
        found.utf8_sequence = found.utf8_sequence or bool(_UTF8_SEQUENCE.search(tail + chunk))
        found.cp1252_bad = found.cp1252_bad or bool(_NOT_CP1252.search(chunk))
        lines += chunk.count(b"\n")
        tail = chunk[-3:]
        if progress is not None:
            progress(total)
        chunk = stream.read(READ_CHUNK)
    if found.utf8_error is None:
        _decode_utf8(decoder, b"", lines, found, final=True)
    return _decide(found, path, has_bom=_starts_with_bom(stream))


def _starts_with_bom(stream: BinaryIO) -> bool:
    stream.seek(0)
    return stream.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8


def _decode_utf8(
    decoder: codecs.IncrementalDecoder, chunk: bytes, lines: int, found: _Scan, final: bool = False
) -> None:
    pending = decoder.getstate()[0]  # the start of a character cut at the chunk's end
    try:
        text = decoder.decode(chunk, final=final)
    except UnicodeDecodeError as error:
        data = pending + chunk
        before = max(0, error.start - len(pending))
        found.utf8_error = (lines + chunk.count(b"\n", 0, before) + 1, data[error.start])
        return
    if found.blank_utf8 and text.lstrip("\ufeff").strip():
        found.blank_utf8 = False


def _decide(found: _Scan, path: Path, *, has_bom: bool) -> str:
    encoding = "utf-8-sig" if has_bom else "utf-8"
    blank = found.blank_utf8
    if found.utf8_error is not None:
        # Decided on the whole file: one stray byte in a UTF-8 file must not turn every
        # "ø" into "Ã¸" by decoding it all as Windows-1252 — name the bad byte's line.
        if has_bom or found.utf8_sequence:
            line, byte = found.utf8_error
            raise ImportFileError(
                t("transfer.stray_byte", path=path, line=line, byte=f"0x{byte:02X}")
            )
        if found.cp1252_bad:
            raise ImportFileError(t("transfer.unknown_encoding", path=path))
        encoding, blank = "cp1252", found.blank_cp1252
    if found.control is not None:  # anywhere in the file, not just its start
        line, char = found.control
        raise ImportFileError(t("transfer.control_char", path=path, line=line, char=char))
    if blank:
        raise ImportFileError(t("transfer.empty", path=path))
    return encoding


def _refuse_binary(data: bytes, path: Path) -> None:
    if data.startswith(_WORKBOOK_SIGNATURES):
        raise ImportFileError(t("transfer.workbook", path=path))
    if data.startswith(_UTF16_BOMS):
        raise ImportFileError(t("transfer.utf16", path=path))
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ImportFileError(t("transfer.binary_kind", path=path, kind=kind))
    if b"\x00" in data:
        raise ImportFileError(t("transfer.not_text", path=path))


def detect_delimiter(text: str) -> str:
    """``;`` or ``,``: ask csv.Sniffer, and count them in the header line when it can't tell."""
    header = _NEWLINE.split(text, maxsplit=1)[0]
    sample = text[:_SNIFF_SAMPLE]
    if len(text) > _SNIFF_SAMPLE:
        # Cut at a line end so the sniffer never sees half a row.
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        sample = sample[:cut] if cut > 0 else sample
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters=";,").delimiter
    except csv.Error:
        sniffed = None
    semicolons, commas = header.count(";"), header.count(",")
    if sniffed is not None and header.count(sniffed) > 0:
        return sniffed
    # Danish Excel writes ';', so a tie (a one-column file) goes to ';'.
    return ";" if semicolons >= commas else ","


def physical_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings (CRLF, LF or a lone CR)."""
    start = 0
    for match in _NEWLINE.finditer(text):
        yield text[start : match.end()]
        start = match.end()
    if start < len(text):
        yield text[start:]


@dataclass(frozen=True)
class RawRecord:
    """One record: the physical line it starts on, its cells, or why it could not be read."""

    line: int
    fields: list[str]
    error: str | None = None


def records(text: str | Iterable[str], delimiter: str) -> Iterator[RawRecord]:
    """Each non-blank record of ``text`` (or of its lines, each with its ending, as a
    text file opened with ``newline=""`` gives them) with the physical line (1-based)
    it starts on.

    Rows whose cells are all blank (Excel's trailing ``;;;;``) are skipped. A record with
    broken quoting comes back with ``error`` set; reading goes on with the next line.
    """
    # strict: an unclosed quote at the end raises instead of eating the rest silently.
    lines = physical_lines(text) if isinstance(text, str) else text
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=True)
    previous = 0
    while True:
        start = previous + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            previous = reader.line_num
            yield RawRecord(start, [], _quote_error(exc))
            continue
        previous = reader.line_num
        if any(field.strip() for field in fields):
            yield RawRecord(start, fields)


def _quote_error(exc: csv.Error) -> str:
    reason = str(exc)
    if "field limit" in reason:
        return t("transfer.field_too_long", limit=csv.field_size_limit() // 1024)
    if "end of data" in reason:
        return t("transfer.unclosed_quote")
    return t("transfer.bad_quoting", reason=reason)
