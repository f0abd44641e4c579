"""Revision 0016: the statistics' tallies (:mod:`canvass.store.tally_models`) — the call
facts and variant facts added up per Copenhagen day, consultant, script version and what
the statistics group by — and the facts' Copenhagen day they are summed by; and
``objection_fact`` (:class:`canvass.store.fact_models.ObjectionFact`), one row per
objection met in a finished call, in the objections' group order.

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
CREATE TABLE objection_fact (
    objection_id VARCHAR(80) NOT NULL,
    phase VARCHAR(20) NOT NULL,
    answer_id VARCHAR(80) NOT NULL,
    event_id INTEGER NOT NULL,
    call_id INTEGER NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    consultant_id INTEGER NOT NULL,
    started_at {ts} NOT NULL,
    day VARCHAR(10),
    meeting BOOLEAN NOT NULL,
    PRIMARY KEY (objection_id, phase, answer_id, event_id)
){without_rowid};
INSERT INTO objection_fact
SELECT e.objection_id, coalesce(e.phase, ''), coalesce(e.answer_id, ''), e.id, e.call_id,
    f.consultant_id, f.started_at, f.day, f.outcome = 'meeting'
FROM call_event e JOIN call_fact f ON f.call_id = e.call_id
WHERE e.kind = 'objection' AND e.objection_id IS NOT NULL;
CREATE INDEX ix_objection_fact_call ON objection_fact (call_id);
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
    script_id VARCHAR(80) NOT NULL,
    script_version INTEGER NOT NULL,
    objection_id VARCHAR(80) NOT NULL,
    detail TEXT NOT NULL,
    day VARCHAR(10) NOT NULL,
    consultant_id INTEGER NOT NULL,
    calls INTEGER NOT NULL,
    reached INTEGER NOT NULL,
    meetings INTEGER NOT NULL,
    job_orders INTEGER NOT NULL,
    reached_bala1 INTEGER NOT NULL,
    reached_bala2 INTEGER NOT NULL,
    reached_bala3 INTEGER NOT NULL,
    reached_bala4 INTEGER NOT NULL,
    PRIMARY KEY (script_id, script_version, objection_id, detail, day, consultant_id)
){without_rowid}
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
    # SQLite: the variants' tallies stored in their key (the comparison's group) order.
    without_rowid = " WITHOUT ROWID" if conn.dialect.name == "sqlite" else ""
    run_ddl(conn, _TABLES, without_rowid=without_rowid)
    fact_tallies.rebuild(conn)
    fact_tallies.install(conn)
