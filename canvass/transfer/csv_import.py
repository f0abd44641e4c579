"""Reading a company list from CSV: parse and validate every row, without the database.

:func:`read_companies` returns an :class:`ImportPlan` with the good records (kept in
a private temporary file) and every problem as ``FILE:LINE: message``;
:func:`canvass.transfer.apply_import` writes a plan that has no problems. Nothing holds
the whole file: memory is a chunk of it plus one key per company for the duplicate
checks (an int per CVR, a 64-bit hash per phone and name; ≈100 bytes each).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from canvass.domain.cvr import normalise_cvr
from canvass.domain.phone import normalise_phone
from canvass.i18n import t
from canvass.store.models import danish_sort_key
from canvass.transfer.columns import (
    ALIASES,
    MAX_LENGTH,
    REQUIRED,
    Column,
    column_for,
    parse_email,
    parse_employees,
    parse_flag_cell,
    parse_zip,
)
from canvass.transfer.csv_source import ImportFileError, RawRecord, open_csv
from canvass.transfer.spool import RecordSpool


@dataclass(frozen=True)
class Problem:
    """Something wrong (or worth a warning) on one physical line of the file."""

    line: int
    message: str

    def format(self, file: str | Path) -> str:
        """``FILE:LINE: message``, the form editors and terminals link to."""
        return f"{file}:{self.line}: {self.message}"


class CompanyRecord(NamedTuple):
    """One valid row. ``None`` means the file says nothing (keep what the database has).

    A named tuple, not a dataclass: a million are made when a file is checked and again
    when it is written (a frozen dataclass takes ten times as long to make)."""

    line: int
    name: str
    phone: str
    cvr: str | None = None
    address: str | None = None
    zip: str | None = None
    city: str | None = None
    industry: str | None = None
    employees: int | None = None
    segment: str | None = None
    ad_protected: bool | None = None
    contact: str | None = None
    email: str | None = None
    key_account: bool | None = None
    do_not_call: bool | None = None


@dataclass(frozen=True)
class ImportProgress:
    """How far a pass over the file is: ``phase`` is "read" (the bytes are checked),
    "check" (every row is validated) or "write" (rows go into the database)."""

    phase: str
    rows: int
    done_bytes: int
    total_bytes: int

    @property
    def fraction(self) -> float:
        """0.0 … 1.0 of the file's bytes."""
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 1.0


#: Told how an import is getting on (a few times a second at most is up to the listener).
Progress = Callable[[ImportProgress], None]


@dataclass(frozen=True)
class ImportPlan:
    """What a file would import: how many records, its problems and its warnings.

    The good records wait in a private temporary file (:mod:`canvass.transfer.spool`),
    read back by :meth:`iter_records`; :meth:`close` deletes them (so does the end of
    the process).
    """

    path: Path
    encoding: str
    delimiter: str
    columns: tuple[Column, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    omitted: int = 0  # problems counted but not listed (past MAX_PROBLEMS)
    spool: RecordSpool | None = field(default=None, compare=False, repr=False)

    @property
    def rows(self) -> int:
        """How many good records the file has."""
        return self.spool.count if self.spool is not None else 0

    def iter_records(self, progress: Progress | None = None) -> Iterator[CompanyRecord]:
        """The good records, in file order, as they were checked."""
        if self.spool is None:
            return iter(())
        spool = self.spool
        if progress is None:
            return spool.read()
        return spool.read(
            lambda rows, done: progress(ImportProgress("write", rows, done, spool.size))
        )

    @property
    def records(self) -> tuple[CompanyRecord, ...]:
        """Every record at once — for small files; an import streams :meth:`iter_records`."""
        return tuple(self.iter_records())

    def close(self) -> None:
        """Delete the records kept for the import."""
        if self.spool is not None:
            self.spool.close()

    @property
    def problem_count(self) -> int:
        """How many problems the file has, listed or not."""
        return len(self.problems) - (1 if self.omitted else 0) + self.omitted

    @property
    def ok(self) -> bool:
        """True when nothing blocks the import."""
        return not self.problems


#: Problems listed one by one; past this they are counted ("… and 12,345 more").
MAX_PROBLEMS = 200
#: Warnings of one kind listed one by one (unknown columns).
MAX_OF_A_KIND = 10


def read_companies(path: Path, progress: Progress | None = None) -> ImportPlan:
    """Parse and validate the company list at ``path``, streaming it twice (the bytes,
    then the rows); ``progress`` is told how far each pass is.

    Raises :class:`ConfigError` when the file cannot be opened and
    :class:`ImportFileError` when it is empty, only a header, binary or a workbook.
    Problems with single rows are collected in the plan, never raised.
    """
    with open_csv(path, _reporter(progress, "read", _size(path), rows=False)) as source:
        rows = source.records(_reporter(progress, "check", source.size))
        header = next(rows, None)
        if header is None:
            raise ImportFileError(t("transfer.empty", path=path))

        def plan(
            mapping: dict[Column, int],
            problems: list[Problem],
            warnings: list[Problem],
            omitted: int = 0,
            spool: RecordSpool | None = None,
        ) -> ImportPlan:
            return ImportPlan(
                path, source.encoding, source.delimiter, tuple(mapping), tuple(problems),
                tuple(warnings), omitted, spool,
            )  # fmt: skip

        if header.error is not None:
            return plan({}, [Problem(header.line, header.error)], [])
        mapping, problems, warnings = map_header(header)
        if problems:
            return plan(mapping, problems, warnings)
        reader = _RowReader(mapping, width=len(header.fields))
        spool = RecordSpool(CompanyRecord)
        try:
            for record in reader.read(rows):
                spool.add(record)
            spool.finish()
        except BaseException:
            spool.close()
            raise
        if not spool.count and not reader.problems:
            spool.close()
            raise ImportFileError(t("transfer.header_only", path=path))
        problems = reader.all_problems()
        return plan(mapping, problems, warnings + reader.warnings(), reader.omitted, spool)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # open_csv says what is wrong


def _reporter(
    progress: Progress | None, phase: str, total: int, *, rows: bool = True
) -> Callable[..., None] | None:
    """A callback for :mod:`csv_source` that tells ``progress`` in :class:`ImportProgress`."""
    if progress is None:
        return None
    if not rows:
        return lambda done: progress(ImportProgress(phase, 0, done, total))
    # The first record is the header, not a row.
    return lambda count, done: progress(ImportProgress(phase, max(0, count - 1), done, total))


def map_header(header: RawRecord) -> tuple[dict[Column, int], list[Problem], list[Problem]]:
    """Which cell holds each known column; problems (missing, twice) and warnings (unknown)."""
    mapping: dict[Column, int] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    unknown = 0
    for index, heading in enumerate(header.fields):
        if not heading.strip():
            continue  # Excel's empty trailing columns
        column = column_for(heading)
        if column is None:
            unknown += 1
            if unknown <= MAX_OF_A_KIND:  # a million columns must not print a million lines
                text = t("transfer.unknown_column", heading=heading.strip(), number=index + 1)
                warnings.append(Problem(header.line, text))
        elif column in mapping:
            first = header.fields[mapping[column]].strip()
            text = t(
                "transfer.column_twice",
                heading=heading.strip(),
                number=index + 1,
                first=first,
                first_number=mapping[column] + 1,
            )
            problems.append(Problem(header.line, text))
        else:
            mapping[column] = index
    if unknown > MAX_OF_A_KIND:
        more = t("transfer.more_unknown_columns", count=unknown - MAX_OF_A_KIND)
        warnings.append(Problem(header.line, more))
    for column in REQUIRED:
        if column not in mapping:
            accepted = ", ".join(ALIASES[column])
            problems.append(
                Problem(header.line, t(f"transfer.missing_{column.value}", accepted=accepted))
            )
    return mapping, problems, warnings


_TEXT, _PARSED, _FLAG = "text", "parsed", "flag"
#: How each field of a record after its name is read from its cell, in field order.
_LAYOUT: tuple[tuple[Column, str, Any], ...] = (
    (Column.PHONE, _PARSED, normalise_phone),
    (Column.CVR, _PARSED, normalise_cvr),
    (Column.ADDRESS, _TEXT, None),
    (Column.ZIP, _PARSED, parse_zip),
    (Column.CITY, _TEXT, None),
    (Column.INDUSTRY, _TEXT, None),
    (Column.EMPLOYEES, _PARSED, parse_employees),
    (Column.SEGMENT, _TEXT, None),
    (Column.AD_PROTECTED, _FLAG, None),
    (Column.CONTACT, _TEXT, None),
    (Column.EMAIL, _PARSED, parse_email),
    (Column.KEY_ACCOUNT, _FLAG, None),
    (Column.DO_NOT_CALL, _FLAG, None),
)
assert tuple(column.value for column, _kind, _rule in _LAYOUT) == CompanyRecord._fields[2:]
_NAME_LIMIT = MAX_LENGTH[Column.NAME]


class _RowReader:
    """Validates rows one by one, remembering CVRs and names seen for duplicate checks."""

    def __init__(self, mapping: dict[Column, int], width: int) -> None:
        self.mapping = mapping
        self.width = width
        self._name = mapping.get(Column.NAME)
        self._phone = mapping.get(Column.PHONE)
        # Per field: its cell's index (None: no such column), how it is read, the rule
        # (a parser, or a text's longest length) and the heading messages name.
        self._layout: list[tuple[int | None, str, Any, str]] = [
            (mapping.get(c), kind, MAX_LENGTH.get(c) if kind is _TEXT else rule, ALIASES[c][0])
            for c, kind, rule in _LAYOUT
        ]
        self.problems: list[Problem] = []
        self.omitted = 0  # problems past MAX_PROBLEMS: counted, not kept
        self._first_omitted = 0
        # Keys as ints (a CVR's number, a 64-bit hash of phone and name): ≈100 bytes per
        # company instead of ≈250 for strings and tuples. A hash collision (odds about
        # 1 in 10^7 at a million rows without CVR) would show as a false "twice".
        self._cvr_lines: dict[int, int] = {}
        self._name_phone_lines: dict[int, int] = {}
        self._emails_without_contact = 0
        self._first_email_without_contact = 0

    def read(self, rows: Iterator[RawRecord]) -> Iterator[CompanyRecord]:
        for raw in rows:
            if raw.error is not None:
                self._problem(raw.line, raw.error)
                continue
            errors: list[str] = []
            record = self._record(raw, errors)
            for message in errors:
                self._problem(raw.line, message)
            if record is not None and not errors:
                yield record

    def _problem(self, line: int, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(line, message))
            return
        self.omitted += 1
        self._first_omitted = self._first_omitted or line

    def all_problems(self) -> list[Problem]:
        """The problems kept, and one line that counts the rest."""
        if not self.omitted:
            return self.problems
        more = t("transfer.more_problems", count=self.omitted)
        return [*self.problems, Problem(self._first_omitted, more)]

    def warnings(self) -> list[Problem]:
        count = self._emails_without_contact
        if not count:
            return []
        text = t("transfer.email_without_contact", count=count)
        return [Problem(self._first_email_without_contact, text)]

    def _record(self, raw: RawRecord, errors: list[str]) -> CompanyRecord | None:
        fields = raw.fields
        count = len(fields)
        if count > self.width and any(cell.strip() for cell in fields[self.width :]):
            errors.append(t("transfer.too_many_cells", found=count, expected=self.width))
            return None
        # The cells in the record's field order, each read as its column says (_LAYOUT);
        # the problems in that order too: the name's first, then a missing name or phone.
        index = self._name
        name = " ".join(fields[index].split()) if index is not None and index < count else ""
        if len(name) > _NAME_LIMIT:
            errors.append(
                t("transfer.too_long", heading=ALIASES[Column.NAME][0], limit=_NAME_LIMIT)
            )
        if not name:
            errors.append(t("transfer.name_missing"))
        index = self._phone
        if index is None or index >= count or not fields[index].strip():
            errors.append(t("transfer.phone_missing"))
        values: list[Any] = [raw.line, name]
        for index, kind, rule, heading in self._layout:
            cell = fields[index].strip() if index is not None and index < count else ""
            if kind is _TEXT:
                value = " ".join(cell.split())  # line breaks and runs of spaces: one space
                if rule is not None and len(value) > rule:
                    errors.append(t("transfer.too_long", heading=heading, limit=rule))
                values.append(value or None)
            elif kind is _PARSED:
                if not cell:
                    values.append(None)
                    continue
                try:
                    values.append(rule(cell))
                except ValueError as exc:
                    errors.append(str(exc))
                    values.append(None)
            else:  # a flag: a blank cell means "nej"; without the column it is left alone
                values.append(None if index is None else parse_flag_cell(cell, errors, heading))
        if not values[2]:
            values[2] = ""
        # A file never lifts a "ring ikke" (blank/nej keeps it); only the app can.
        values[-1] = values[-1] or None
        record = CompanyRecord(*values)
        if not record.name or not record.phone:
            return None
        self._check_duplicate(record, errors)
        if record.email and not record.contact:
            self._emails_without_contact += 1
            self._first_email_without_contact = self._first_email_without_contact or raw.line
        return record

    def _check_duplicate(self, record: CompanyRecord, errors: list[str]) -> None:
        line, cvr = record.line, record.cvr
        if cvr is not None:
            first = self._cvr_lines.setdefault(int(cvr), line)
            if first != line:
                errors.append(t("transfer.cvr_twice", cvr=cvr, first=first))
            return
        # Without a CVR a company is known by phone and name, so the same pair twice
        # would become two companies.
        key = hash((record.phone, danish_sort_key(record.name)))
        first = self._name_phone_lines.setdefault(key, line)
        if first != line:
            errors.append(t("transfer.name_phone_twice", first=first))
