"""The call log as a CSV file that Danish Excel opens with a double click.

Excel's own conventions: ``;`` between fields, UTF-8 with a BOM (without it Excel reads
Windows-1252 and garbles æøå), CRLF line ends, decimal comma, local Copenhagen times.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import SQLModel

from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.store.audit import Actor
from canvass.store.store import Store
from canvass.transfer.export_audit import log_export
from canvass.transfer.ics_export import day_bounds

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_CALL = SQLModel.metadata.tables["call"]
_COMPANY = SQLModel.metadata.tables["company"]
_CONSULTANT = SQLModel.metadata.tables["consultant"]
_OUTCOME = SQLModel.metadata.tables["call_outcome"]

#: Catalogue keys of the column headings, in order.
HEADINGS: tuple[str, ...] = (
    "transfer.csv.date", "transfer.csv.time", "transfer.csv.consultant",
    "transfer.csv.company", "transfer.csv.cvr", "transfer.csv.phone", "transfer.csv.outcome",
    "transfer.csv.reached", "transfer.csv.minutes", "transfer.csv.script", "transfer.csv.notes",
)  # fmt: skip

# Excel runs a cell starting with one of these as a formula (CSV injection): company
# names and notes come from outside, so such cells get a leading apostrophe. The start
# is compared after NFKC folding (full-width "＝", small "﹢" count too) and leading
# spaces, which Excel skips.
_FORMULA_START = ("=", "+", "-", "@")
_CONTROL_START = ("\t", "\r", "\n")


@dataclass(frozen=True)
class CallExport:
    """One call as the export shows it."""

    started_at: datetime
    ended_at: datetime | None
    consultant: str
    company: str
    cvr: str | None
    phone: str | None
    outcome: str | None
    reached: bool | None
    script_id: str
    notes: str
    company_id: int | None = None  # for the audit log's export lines


def load_calls(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    consultant_id: int | None = None,
) -> list[CallExport]:
    """Calls started from ``start`` to ``end`` (Copenhagen days, inclusive), oldest first."""
    low, high = day_bounds(start, end)
    query = (
        select(
            _CALL.c.started_at,
            _CALL.c.ended_at,
            _CONSULTANT.c.initials,
            _COMPANY.c.name,
            _COMPANY.c.cvr,
            _COMPANY.c.phone,
            _OUTCOME.c.outcome,
            _OUTCOME.c.reached,
            _CALL.c.script_id,
            _CALL.c.notes,
            _OUTCOME.c.comment,
            _CALL.c.company_id,
        )
        .join(_COMPANY, _COMPANY.c.id == _CALL.c.company_id)
        .join(_CONSULTANT, _CONSULTANT.c.id == _CALL.c.consultant_id)
        .outerjoin(_OUTCOME, _OUTCOME.c.call_id == _CALL.c.id)
        .order_by(_CALL.c.started_at, _CALL.c.id)
    )
    if low is not None:
        query = query.where(_CALL.c.started_at >= low)
    if high is not None:
        query = query.where(_CALL.c.started_at < high)
    if consultant_id is not None:
        query = query.where(_CALL.c.consultant_id == consultant_id)
    with store.connection() as conn:
        rows = conn.execute(query).all()
    return [
        CallExport(
            started_at=row.started_at,
            ended_at=row.ended_at,
            consultant=row.initials,
            company=row.name,
            cvr=row.cvr,
            phone=row.phone,
            outcome=row.outcome,
            reached=row.reached,
            script_id=row.script_id,
            # The wrap-up comment belongs with the notes taken during the call.
            notes="\n".join(text for text in (row.notes, row.comment) if text and text.strip()),
            company_id=row.company_id,
        )
        for row in rows
    ]


def csv_bytes(calls: list[CallExport]) -> bytes:
    """The calls as Excel-friendly CSV: BOM, ``;``, CRLF, Danish headings and labels."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(key) for key in HEADINGS])
    for call in calls:
        writer.writerow(_cells(call))
    return buffer.getvalue().encode("utf-8-sig")


def _cells(call: CallExport) -> list[str]:
    local = call.started_at.astimezone(COPENHAGEN)
    minutes = ""
    if call.ended_at is not None:
        seconds = (call.ended_at - call.started_at).total_seconds()
        minutes = f"{seconds / 60:.1f}".replace(".", ",")
    reached = ""
    if call.reached is not None:
        reached = t("transfer.csv.yes") if call.reached else t("transfer.csv.no")
    return [
        local.strftime("%d-%m-%Y"),
        local.strftime("%H:%M"),
        _safe(call.consultant),
        _safe(call.company),
        call.cvr or "",
        format_phone(call.phone) if call.phone else "",
        t(f"outcome.{call.outcome}") if call.outcome else "",
        reached,
        minutes,
        _safe(call.script_id),
        _safe(call.notes),
    ]


def _safe(text: str) -> str:
    head = unicodedata.normalize("NFKC", text[:16]).lstrip(" \u00a0\u3000")
    risky = text.startswith(_CONTROL_START) or head.startswith(_FORMULA_START)
    return "'" + text if risky else text


def spreadsheet_safe(text: str) -> str:
    """``text`` as a cell Excel will not run as a formula (a leading apostrophe when it
    starts like one); for every CSV canvass writes."""
    return _safe(text)


def calls_csv(
    store: Store,
    *,
    start: date | None = None,
    end: date | None = None,
    consultant_id: int | None = None,
    audit_as: Actor | int | None = None,
) -> bytes:
    """The CSV file of the calls from ``start`` to ``end`` (of one consultant, if given);
    ``audit_as`` (an actor or a consultant's id) writes the export to the audit log."""
    calls = load_calls(store, start=start, end=end, consultant_id=consultant_id)
    if audit_as is not None:
        log_export(store, audit_as, "calls", calls, start, end)
    return csv_bytes(calls)
