"""Reading a CSV file the way Excel and the registers write it.

Encoding (UTF-8 with or without BOM, else Windows-1252), the separator (``;`` or ``,``),
and records numbered by the physical line they start on, so a quoted field with a line
break inside does not shift the line numbers of the rows after it.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from canvass.errors import CanvassError, ConfigError
from canvass.files import UnreadableFile, read_regular
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
# C0 control characters never occur in a real list; tab, CR and LF do.
#: A valid multi-byte UTF-8 sequence: a file with one is UTF-8, not Windows-1252.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_SNIFF_SAMPLE = 16_384


class ImportFileError(CanvassError):
    """The file as a whole cannot be read as a CSV list (bad content, not bad usage)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, t("transfer.import_title"))


@dataclass(frozen=True)
class CsvText:
    """A decoded CSV file and how it was written."""

    text: str
    encoding: str
    delimiter: str


#: The largest CSV file read (a register export of every Danish company is ~300 MB).
MAX_CSV_BYTES = 1 << 30


def read_csv_text(path: Path) -> CsvText:
    """Read and decode ``path`` and detect its separator.

    Raises :class:`ConfigError` when the file cannot be opened (a usage error) and
    :class:`ImportFileError` when it is empty, binary, a workbook or not decodable.
    """
    try:
        data = read_regular(path, MAX_CSV_BYTES)  # a FIFO or a device is refused at once
    except UnreadableFile as exc:
        if exc.kind == "missing":
            message = t("transfer.file_missing", path=path)
        elif exc.kind == "folder":
            message = t("transfer.file_is_folder", path=path)
        else:
            message = t("transfer.file_unreadable", path=path, reason=exc.reason)
        raise ConfigError(message, t("transfer.import_title")) from exc
    text, encoding = decode(data, path)
    return CsvText(text, encoding, detect_delimiter(text))


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of ``data`` and the encoding used: strict UTF-8 first, then Windows-1252."""
    _refuse_binary(data, path)
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    except UnicodeDecodeError as error:
        # Decided on the whole file: one stray byte in a UTF-8 file must not turn every
        # "ø" into "Ã¸" by decoding it all as Windows-1252 — name the bad byte's line.
        if data.startswith(codecs.BOM_UTF8) or _UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, error.start) + 1
            raise ImportFileError(
                t("transfer.stray_byte", path=path, line=line, byte=f"0x{data[error.start]:02X}")
            ) from error
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise ImportFileError(t("transfer.unknown_encoding", path=path)) from exc
    control = _CONTROL.search(text)  # anywhere in the file, not just its start
    if control:
        line = text.count("\n", 0, control.start()) + 1
        char = f"U+{ord(control.group()):04X}"
        raise ImportFileError(t("transfer.control_char", path=path, line=line, char=char))
    if not text.strip():
        raise ImportFileError(t("transfer.empty", path=path))
    return text, encoding


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


def records(text: str, delimiter: str) -> Iterator[RawRecord]:
    """Each non-blank record with the physical line (1-based) it starts on.

    Rows whose cells are all blank (Excel's trailing ``;;;;``) are skipped. A record with
    broken quoting comes back with ``error`` set; reading goes on with the next line.
    """
    # strict: an unclosed quote at the end raises instead of eating the rest silently.
    reader = csv.reader(physical_lines(text), delimiter=delimiter, quotechar='"', strict=True)
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
