"""Each company's derived call state, recomputed from its calls, callbacks, meetings and
skip overrides (the columns are described in :mod:`canvass.store.models`, ``Company``).

:func:`refresh_call_state` recomputes them for some companies with one set-based
UPDATE of correlated subqueries, each answered from an index on ``(company_id, …)``;
for every company, PostgreSQL joins grouped passes over the tables instead. Both work
on SQLite and PostgreSQL; which is faster differs (see :func:`_refresh_all`). A write of those
tables calls it for the companies it touched, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, case, exists, func, or_, select, true, update
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
    "last_outcome",
)

#: Ids per UPDATE: well below SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 2000


def _values(*, every: bool = False) -> dict[str, Any]:
    """The derived columns as correlated subqueries on the company being updated.

    ``every`` (SQLite's rebuild of all companies): a call is "reached" by membership in
    the reached outcomes' ids, collected once, instead of a lookup of each call's outcome
    (a million random reads: 17 s against 3.7 s at 1M calls on the loaded machine)."""
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
            .where(
                call.company_id == company_id,
                call.id.in_(select(outcome.call_id).where(outcome.reached == true())),
            )
            .scalar_subquery()
            if every
            else select(func.max(call.started_at))
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
        "last_outcome": (
            select(outcome.outcome)
            .join(_CALL, call.id == outcome.call_id)
            .where(call.company_id == company_id)
            .order_by(call.started_at.desc(), call.id.desc())
            .limit(1)
            .scalar_subquery()
        ),
    }


def _aggregates() -> Any:
    """Every company's state from one grouped pass over each table (the full rebuild)."""
    cb, call, outcome = _CALLBACK.c, _CALL.c, _OUTCOME.c
    meeting, override = _MEETING.c, _OVERRIDE.c
    ranked = (
        select(
            cb.company_id,
            cb.due_at,
            cb.consultant_id,
            func.row_number()
            .over(partition_by=cb.company_id, order_by=(cb.due_at, cb.id))
            .label("n"),
        )
        .where(cb.done_at.is_(None))
        .subquery("ranked")
    )
    callbacks = (
        select(ranked.c.company_id, ranked.c.due_at, ranked.c.consultant_id)
        .where(ranked.c.n == 1)
        .subquery("callbacks")
    )
    calls = (
        select(
            call.company_id,
            func.max(call.started_at).label("last"),
            func.max(case((outcome.reached == true(), call.started_at))).label("reached"),
        )
        .outerjoin(_OUTCOME, outcome.call_id == call.id)
        .group_by(call.company_id)
        .subquery("calls")
    )
    latest = (
        select(
            call.company_id,
            outcome.outcome,
            func.row_number()
            .over(partition_by=call.company_id, order_by=(call.started_at.desc(), call.id.desc()))
            .label("n"),
        )
        .join(_OUTCOME, outcome.call_id == call.id)
        .subquery("latest")
    )
    outcomes = (
        select(latest.c.company_id, latest.c.outcome).where(latest.c.n == 1).subquery("outcomes")
    )
    meetings = (
        select(meeting.company_id, func.max(meeting.starts_at).label("until"))
        .where(meeting.status == MeetingStatus.BOOKED.value)
        .group_by(meeting.company_id)
        .subquery("meetings")
    )
    overrides = (
        select(
            override.company_id,
            func.max(case((override.kind == "ad_protected", 1), else_=0)).label("ad"),
            func.max(case((override.kind == "recent", override.created_at))).label("recent"),
        )
        .group_by(override.company_id)
        .subquery("overrides")
    )
    company = _COMPANY.c
    return (
        select(
            company.id.label("company_id"),
            callbacks.c.due_at.label("next_callback_at"),
            callbacks.c.consultant_id.label("next_callback_by"),
            calls.c.last.label("last_call_at"),
            calls.c.reached.label("last_reached_at"),
            meetings.c.until.label("meeting_until"),
            (func.coalesce(overrides.c.ad, 0) == 1).label("ad_override"),
            overrides.c.recent.label("recent_override_at"),
            outcomes.c.outcome.label("last_outcome"),
        )
        .outerjoin(callbacks, callbacks.c.company_id == company.id)
        .outerjoin(calls, calls.c.company_id == company.id)
        .outerjoin(meetings, meetings.c.company_id == company.id)
        .outerjoin(overrides, overrides.c.company_id == company.id)
        .outerjoin(outcomes, outcomes.c.company_id == company.id)
        .subquery("fresh")
    )


def _refresh_all(run: Connection) -> None:
    """Every company at once: grouped passes joined in, and only rows that differ are
    written (a rebuild of a right state writes nothing). On PostgreSQL about ten times
    faster than the correlated subqueries (hash joins); on SQLite two times slower."""
    fresh = _aggregates()
    differs = [_COMPANY.c[name].is_distinct_from(fresh.c[name]) for name in COLUMNS]
    statement = (
        update(_COMPANY)
        .values({name: fresh.c[name] for name in COLUMNS})
        .where(_COMPANY.c.id == fresh.c.company_id, or_(*differs))
    )
    run.execute(statement)


@cache
def _statements() -> tuple[Any, Any]:
    """The UPDATE of every company and of a list of ids (``:ids``), built once: building
    eight subqueries costs more than running them for one company."""
    every = update(_COMPANY).values(_values(every=True))
    some = update(_COMPANY).values(_values())
    return every, some.where(_COMPANY.c.id.in_(bindparam("ids", expanding=True)))


def refresh_call_state(
    session: Session | Connection, company_ids: Iterable[int] | None = None
) -> None:
    """Recompute the derived call state of ``company_ids`` (None: every company) inside
    the caller's transaction. Ids of companies that are gone are ignored."""
    run = session.connection() if isinstance(session, Session) else session
    every, some = _statements()
    if company_ids is None:
        if run.dialect.name == "sqlite":
            run.execute(every)  # SQLite: index probes beat joining grouped subqueries
        else:
            _refresh_all(run)
        return
    ids = sorted({int(i) for i in company_ids})
    for start in range(0, len(ids), CHUNK):
        run.execute(some, {"ids": ids[start : start + CHUNK]})
