"""Each company's derived call state, recomputed from its calls, callbacks, meetings and
skip overrides (the columns are described in :mod:`canvass.store.models`, ``Company``).

:func:`refresh_call_state` recomputes them for some companies (or all) with one
set-based UPDATE of correlated subqueries, each answered from an index on
``(company_id, …)``; it works the same on SQLite and PostgreSQL. A write of those
tables calls it for the companies it touched, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, exists, func, select, true, update
from sqlmodel import Session, SQLModel

from canvass.store import models  # noqa: F401  (defines the tables read below)
from canvass.store.models import MeetingStatus

_T = SQLModel.metadata.tables
_COMPANY, _CALL, _OUTCOME = _T["company"], _T["call"], _T["call_outcome"]
_CALLBACK, _MEETING, _OVERRIDE = _T["callback"], _T["meeting"], _T["skip_override"]

#: The derived columns on ``company``.
COLUMNS: tuple[str, ...] = (
    "next_callback_at",
    "next_callback_by",
    "last_call_at",
    "last_reached_at",
    "meeting_until",
    "ad_override",
    "recent_override_at",
)

#: Ids per UPDATE: well below SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 2000


def _values() -> dict[str, Any]:
    """The derived columns as correlated subqueries on the company being updated."""
    company_id = _COMPANY.c.id
    cb, call, outcome = _CALLBACK.c, _CALL.c, _OUTCOME.c
    meeting, override = _MEETING.c, _OVERRIDE.c
    open_callbacks = (cb.company_id == company_id, cb.done_at.is_(None))
    return {
        "next_callback_at": select(func.min(cb.due_at)).where(*open_callbacks).scalar_subquery(),
        "next_callback_by": (
            select(cb.consultant_id)
            .where(*open_callbacks)
            .order_by(cb.due_at, cb.id)
            .limit(1)
            .scalar_subquery()
        ),
        "last_call_at": (
            select(func.max(call.started_at)).where(call.company_id == company_id)
        ).scalar_subquery(),
        "last_reached_at": (
            select(func.max(call.started_at))
            .join(_OUTCOME, outcome.call_id == call.id)
            .where(call.company_id == company_id, outcome.reached == true())
            .scalar_subquery()
        ),
        "meeting_until": (
            select(func.max(meeting.starts_at)).where(
                meeting.company_id == company_id, meeting.status == MeetingStatus.BOOKED.value
            )
        ).scalar_subquery(),
        "ad_override": exists().where(
            override.company_id == company_id, override.kind == "ad_protected"
        ),
        "recent_override_at": (
            select(func.max(override.created_at)).where(
                override.company_id == company_id, override.kind == "recent"
            )
        ).scalar_subquery(),
    }


def refresh_call_state(
    session: Session | Connection, company_ids: Iterable[int] | None = None
) -> None:
    """Recompute the derived call state of ``company_ids`` (None: every company) inside
    the caller's transaction. Ids of companies that are gone are ignored."""
    run = session.connection() if isinstance(session, Session) else session
    statement = update(_COMPANY).values(_values())
    if company_ids is None:
        run.execute(statement)
        return
    ids = sorted({int(i) for i in company_ids})
    for start in range(0, len(ids), CHUNK):
        run.execute(statement.where(_COMPANY.c.id.in_(ids[start : start + CHUNK])))
