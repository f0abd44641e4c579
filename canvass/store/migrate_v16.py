"""Revision 0016: the statistics' tallies (:mod:`canvass.store.tally_models`) — the call
facts and variant facts added up per Copenhagen day, consultant, script version and what
the statistics group by — and the facts' Copenhagen day they are summed by.

The day is named in Python from the facts' distinct UTC hours (8,760 a year: SQLite's SQL
knows no time zones) through a temporary table, one UPDATE; the variant facts copy their
call's. The tables are explicit DDL, so a later change of the models can never change
what this step makes; the tallies are then summed from the facts and the triggers that
keep them are made by :mod:`canvass.store.fact_tallies` (as revision 0008 does with the
search index's).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from canvass.store import fact_tallies

_COPENHAGEN = ZoneInfo("Europe/Copenhagen")

_COLUMNS = """
ALTER TABLE call_fact ADD COLUMN day VARCHAR(10);
ALTER TABLE variant_fact ADD COLUMN day VARCHAR(10);
CREATE TEMPORARY TABLE canvass_hour_day (
    hour VARCHAR(13) NOT NULL PRIMARY KEY,
    day VARCHAR(10) NOT NULL
)
"""

_TABLES = """
UPDATE call_fact SET day = (
    SELECT h.day FROM canvass_hour_day h WHERE h.hour = call_fact.hour
);
DROP TABLE canvass_hour_day;
UPDATE variant_fact SET day = (
    SELECT f.day FROM call_fact f WHERE f.call_id = variant_fact.call_id
);
CREATE TABLE call_tally (
    day VARCHAR(10) NOT NULL,
    consultant_id INTEGER NOT NULL,
    script_id VARCHAR(80) NOT NULL,
    script_version INTEGER NOT NULL,
    segment VARCHAR(60) NOT NULL,
    calls INTEGER NOT NULL,
    reached INTEGER NOT NULL,
    meetings INTEGER NOT NULL,
    job_orders INTEGER NOT NULL,
    goals INTEGER NOT NULL,
    reached_goals INTEGER NOT NULL,
    reached_beyond INTEGER NOT NULL,
    reached_bala_any INTEGER NOT NULL,
    reached_objection_any INTEGER NOT NULL,
    reached_bala1 INTEGER NOT NULL,
    reached_bala2 INTEGER NOT NULL,
    reached_bala3 INTEGER NOT NULL,
    reached_bala4 INTEGER NOT NULL,
    stop_bala1 INTEGER NOT NULL,
    stop_bala2 INTEGER NOT NULL,
    stop_bala3 INTEGER NOT NULL,
    stop_bala4 INTEGER NOT NULL,
    PRIMARY KEY (day, consultant_id, script_id, script_version, segment)
);
CREATE TABLE stop_tally (
    day VARCHAR(10) NOT NULL,
    consultant_id INTEGER NOT NULL,
    last_phase VARCHAR(20) NOT NULL,
    calls INTEGER NOT NULL,
    PRIMARY KEY (day, consultant_id, last_phase)
);
CREATE TABLE variant_tally (
    day VARCHAR(10) NOT NULL,
    consultant_id INTEGER NOT NULL,
    script_id VARCHAR(80) NOT NULL,
    script_version INTEGER NOT NULL,
    objection_id VARCHAR(80) NOT NULL,
    detail TEXT NOT NULL,
    calls INTEGER NOT NULL,
    reached INTEGER NOT NULL,
    meetings INTEGER NOT NULL,
    job_orders INTEGER NOT NULL,
    reached_bala1 INTEGER NOT NULL,
    reached_bala2 INTEGER NOT NULL,
    reached_bala3 INTEGER NOT NULL,
    reached_bala4 INTEGER NOT NULL,
    PRIMARY KEY (day, consultant_id, script_id, script_version, objection_id, detail)
)
"""


def day_of_hour(hour: str) -> str:
    """The Copenhagen date ("2026-11-20") of a UTC hour "YYYY-MM-DD HH"."""
    moment = datetime(int(hour[:4]), int(hour[5:7]), int(hour[8:10]), int(hour[11:13]), tzinfo=UTC)
    return moment.astimezone(_COPENHAGEN).date().isoformat()


def step16_fact_tallies(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Add and fill the facts' day, make and fill the tallies, make their triggers."""
    run_ddl(conn, _COLUMNS)
    hours = [str(h) for (h,) in conn.execute(text("SELECT DISTINCT hour FROM call_fact"))]
    if hours:
        conn.execute(
            text("INSERT INTO canvass_hour_day (hour, day) VALUES (:hour, :day)"),
            [{"hour": h, "day": day_of_hour(h)} for h in hours],
        )
    run_ddl(conn, _TABLES)
    fact_tallies.rebuild(conn)
    fact_tallies.install(conn)
