"""Reading the call list's first page together with its proof (:mod:`canvass.store.first_screen`).

In one read transaction: the count and the first page as the screen reads them, the
SQL statements the driver was given for them (recorded from SQLAlchemy's
``before_cursor_execute``, on this thread only), those statements run again as they
were for the digest, and the first moment at which the clock alone could change the
answer. Only on SQLite: the kept page is replayed on the database file with ``sqlite3``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel

from canvass.domain.when import copenhagen_day
from canvass.store.calls import CLAIM_TTL
from canvass.store.first_recipe import Recipe
from canvass.store.first_recipe_build import build
from canvass.store.first_screen import Proof, digest, is_read
from canvass.store.priority import count_prioritised, prioritised_page
from canvass.store.priority_rows import PageCursor, PriorityCounts, PriorityQuery, PriorityRow
from canvass.store.recording import recording

_COMPANY = SQLModel.metadata.tables["company"]


def first_page_with_proof(
    session: Session,
    q: PriorityQuery,
    limit: int,
    counted: PriorityQuery,
    *,
    proof: bool,
    consultant: str = "",
) -> tuple[PriorityCounts, list[PriorityRow], PageCursor | None, Proof | None, Recipe | None]:
    """The counts of ``counted``, the first page of ``q`` and its cursor, and with
    ``proof`` the proof (None off SQLite, where nothing is replayed and so nothing is
    recorded, or when anything but plain reads ran) and, for ``consultant`` (initials),
    the page's recipe (:mod:`canvass.store.first_recipe`; None when the view has none)."""
    connection = session.connection()
    record = proof and connection.dialect.name == "sqlite"
    recorder: AbstractContextManager[list[tuple[str, tuple[Any, ...]]]] = (
        recording(connection.engine) if record else nullcontext([])
    )
    with recorder as log:
        counts = count_prioritised(session, counted)
        rows, cursor = prioritised_page(session, q, None, limit)
    if not log or not all(is_read(sql) for sql, _ in log):
        return counts, rows, cursor, None, None
    seen = [connection.exec_driver_sql(sql, params).all() for sql, params in log]
    kept = Proof(tuple(log), digest(seen), valid_until(session, q, rows))
    recipe = build(session, q, consultant, limit, counts, rows) if consultant else None
    return counts, rows, cursor, kept, recipe


def valid_until(session: Session, q: PriorityQuery, rows: list[PriorityRow]) -> datetime:
    """The first moment after ``q.now`` at which the clock alone could change the list's
    order, counts or the page's rows: midnight in Copenhagen, the next callback coming
    due, a meeting's skip or a quiet period ending, a row's next meeting passing, a
    colleague's claim on a row running out."""
    c = _COMPANY.c
    now = q.now
    quiet = timedelta(days=q.recent_days)
    moments: list[datetime | None] = [copenhagen_day(now)[1]]
    moments.append(
        session.execute(
            select(func.min(c.next_callback_at)).where(c.next_callback_at > now)
        ).scalar()
    )
    moments.append(
        session.execute(select(func.min(c.meeting_until)).where(c.meeting_until >= now)).scalar()
    )
    reached = session.execute(
        select(func.min(c.last_reached_at)).where(c.last_reached_at >= now - quiet)
    ).scalar()
    moments.append(None if reached is None else reached + quiet)
    moments.extend(row.next_meeting_at for row in rows)
    claimed = session.execute(
        select(func.min(c.claimed_at)).where(
            c.id.in_([row.id for row in rows]), c.claimed_at >= now - CLAIM_TTL
        )
    ).scalar()
    moments.append(None if claimed is None else claimed + CLAIM_TTL)
    return min(_utc(m) for m in moments if m is not None)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
