"""Revision 0014: the company's segment and the Copenhagen ISO week in ``call_fact``, so
the overview by segment and by week each read one covering index (no join of the facts to
the companies, no hours named in Python per read).

The segment is copied from ``company`` in one UPDATE; the week through a small mapping
made in Python from the facts' distinct UTC hours (8,760 a year: SQLite's SQL knows no
time zones) in a temporary table, then one UPDATE. The hour index goes (nothing groups
by the hour any more); the week and segment indexes are made after the columns are filled.
The objections' index on ``call_event`` is made again in call order: the objections'
statistic then reads each event's facts in table order instead of at random (measured at
1,000,000 calls: a third less time, most of it the system's page reads).
Explicit DDL and SQL, so a later change of the models can never change what this step
does; from here on the writes keep both right (:mod:`canvass.store.call_facts`,
:mod:`canvass.store.fact_segment_watch`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

_COPENHAGEN = ZoneInfo("Europe/Copenhagen")

_COLUMNS = """
ALTER TABLE call_fact ADD COLUMN week VARCHAR(8);
ALTER TABLE call_fact ADD COLUMN segment VARCHAR(60);
UPDATE call_fact SET segment = (
    SELECT company.segment FROM company WHERE company.id = call_fact.company_id
);
DROP INDEX ix_call_fact_hour;
CREATE TEMPORARY TABLE canvass_hour_week (
    hour VARCHAR(13) NOT NULL PRIMARY KEY,
    week VARCHAR(8) NOT NULL
)
"""

_WEEKS = """
UPDATE call_fact SET week = (
    SELECT h.week FROM canvass_hour_week h WHERE h.hour = call_fact.hour
);
DROP TABLE canvass_hour_week;
CREATE INDEX ix_call_fact_week ON call_fact (week, reached, outcome, goal, started_at);
CREATE INDEX ix_call_fact_segment ON call_fact (segment, reached, outcome, goal, started_at);
DROP INDEX ix_call_event_kind;
CREATE INDEX ix_call_event_kind_call ON call_event (kind, call_id, objection_id, phase,
    answer_id)
"""


def week_of_hour(hour: str) -> str:
    """The Copenhagen ISO week ("2026-W48") of a UTC hour "YYYY-MM-DD HH"."""
    moment = datetime(int(hour[:4]), int(hour[5:7]), int(hour[8:10]), int(hour[11:13]), tzinfo=UTC)
    year, week, _ = moment.astimezone(_COPENHAGEN).isocalendar()
    return f"{year}-W{week:02d}"


def step14_fact_week_segment(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Add, fill and index ``call_fact.week`` and ``call_fact.segment``."""
    run_ddl(conn, _COLUMNS)
    hours = [str(h) for (h,) in conn.execute(text("SELECT DISTINCT hour FROM call_fact"))]
    if hours:
        conn.execute(
            text("INSERT INTO canvass_hour_week (hour, week) VALUES (:hour, :week)"),
            [{"hour": h, "week": week_of_hour(h)} for h in hours],
        )
    run_ddl(conn, _WEEKS)
