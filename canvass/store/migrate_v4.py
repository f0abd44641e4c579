"""Schema step 4: callbacks as commitments, calendar identity of meetings, corrections.

- ``callback``: ``attempts`` and ``last_attempt_at`` (a not-reached call on a callback
  counts as an attempt and leaves it open), ``settled_by_call_id`` (the reached call of
  the callback's own consultant that settled it).
- ``meeting``: ``uid`` (made when the meeting is booked, so two databases or a rebuild
  never share one), ``sequence`` and ``updated_at`` for the calendar's SEQUENCE and
  LAST-MODIFIED. Existing meetings get a fresh uid each.
- ``call_revision``: the history of corrections to a saved call.
- The CHECK lists of ``call_event.kind`` (dial, script switched, contact switched) and
  ``call_outcome.outcome`` (declined: *frabedt sig opkald*) grow. SQLite cannot alter a
  CHECK, so both tables are rebuilt; nothing references them.

Explicit DDL, like every step: the values are typed here on purpose, so a later change
of an enum can never change what this released step does.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from sqlalchemy import Connection, text

_EVENT_KINDS = """('phase_entered', 'phase_left',
        'bala_reached', 'bala_undone', 'objection', 'note', 'dial', 'script_switched',
        'contact_switched')"""

_OUTCOMES = """('meeting', 'callback',
        'job_order', 'send_material', 'not_interested', 'wrong_person', 'declined',
        'no_answer', 'voicemail', 'wrong_number', 'busy')"""

_COMMON_DDL = """
ALTER TABLE callback ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE callback ADD COLUMN last_attempt_at {ts};
ALTER TABLE callback ADD COLUMN settled_by_call_id INTEGER REFERENCES call (id) ON DELETE SET NULL;
ALTER TABLE meeting ADD COLUMN uid VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN updated_at {ts} NOT NULL DEFAULT {epoch};
UPDATE meeting SET updated_at = created_at;
CREATE TABLE call_revision (
    id {pk},
    call_id INTEGER NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    consultant_id INTEGER NOT NULL REFERENCES consultant (id),
    changed_at {ts} NOT NULL,
    before_json TEXT NOT NULL DEFAULT '{{}}',
    after_json TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX ix_call_revision_call_id ON call_revision (call_id);
"""

_SQLITE_REBUILD = f"""
CREATE TABLE call_event_v4 (
    id {{pk}},
    call_id INTEGER NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    at {{ts}} NOT NULL,
    kind VARCHAR(20) NOT NULL,
    phase VARCHAR(20),
    bala_step VARCHAR(20),
    objection_id VARCHAR(80),
    answer_id VARCHAR(80),
    detail TEXT NOT NULL DEFAULT '',
    CONSTRAINT ck_call_event_kind CHECK (kind IN {_EVENT_KINDS})
);
INSERT INTO call_event_v4 (id, call_id, at, kind, phase, bala_step, objection_id, answer_id,
    detail)
    SELECT id, call_id, at, kind, phase, bala_step, objection_id, answer_id, detail
    FROM call_event;
DROP TABLE call_event;
ALTER TABLE call_event_v4 RENAME TO call_event;
CREATE INDEX ix_call_event_call_id ON call_event (call_id);
CREATE TABLE call_outcome_v4 (
    id {{pk}},
    call_id INTEGER NOT NULL UNIQUE REFERENCES call (id) ON DELETE CASCADE,
    outcome VARCHAR(20) NOT NULL,
    reached BOOLEAN NOT NULL,
    decided_at {{ts}} NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    CONSTRAINT ck_call_outcome_outcome CHECK (outcome IN {_OUTCOMES})
);
INSERT INTO call_outcome_v4 (id, call_id, outcome, reached, decided_at, comment)
    SELECT id, call_id, outcome, reached, decided_at, comment FROM call_outcome;
DROP TABLE call_outcome;
ALTER TABLE call_outcome_v4 RENAME TO call_outcome;
"""

_POSTGRES_CHECKS = f"""
ALTER TABLE call_event DROP CONSTRAINT ck_call_event_kind;
ALTER TABLE call_event ADD CONSTRAINT ck_call_event_kind CHECK (kind IN {_EVENT_KINDS});
ALTER TABLE call_outcome DROP CONSTRAINT ck_call_outcome_outcome;
ALTER TABLE call_outcome ADD CONSTRAINT ck_call_outcome_outcome CHECK (outcome IN {_OUTCOMES});
"""


def step4_commitments(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Run step 4 on ``conn`` (inside the migration's transaction); ``run_ddl`` is the
    migrations' own DDL runner (column types per dialect)."""
    sqlite = conn.dialect.name == "sqlite"
    epoch = "'1970-01-01 00:00:00.000000'" if sqlite else "now()"
    run_ddl(conn, _COMMON_DDL + (_SQLITE_REBUILD if sqlite else _POSTGRES_CHECKS), epoch=epoch)
    ids = [row[0] for row in conn.execute(text("SELECT id FROM meeting"))]
    for meeting_id in ids:
        conn.execute(
            text("UPDATE meeting SET uid = :uid WHERE id = :id"),
            {"uid": f"{uuid4()}@canvass", "id": meeting_id},
        )
    conn.exec_driver_sql("CREATE UNIQUE INDEX ux_meeting_uid ON meeting (uid)")
