"""Writing an export to the audit log: one line per company the file carries.

The detail says what kind of file and which period, never the path (a home folder can
hold a name) nor what is in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from canvass.store.audit import Actor, record_export
from canvass.store.store import Store


class _Exported(Protocol):
    @property
    def company_id(self) -> int | None: ...


def log_export(
    store: Store,
    who: Actor | int,
    kind: str,
    rows: Sequence[_Exported],
    start: date | None,
    end: date | None,
) -> int:
    """Log that ``rows`` of ``kind`` (``calls``, ``meetings``) left the database."""
    period = f"{start.isoformat() if start else '…'}–{end.isoformat() if end else '…'}"
    detail = f"{kind} {period} rows={len(rows)}"
    ids = [row.company_id for row in rows if row.company_id is not None]
    return store.write(lambda session: record_export(session, who, ids, detail))
