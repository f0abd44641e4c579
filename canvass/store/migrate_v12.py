"""Revision 0012: ``call_event.kind`` may be ``variant_shown`` — the A/B variant of a
script line or an objection answer that a call showed (detail ``"<item id>:<variant>"``).

SQLite cannot alter a CHECK, so ``call_event`` is rebuilt as step 4 did (nothing
references it); PostgreSQL drops and adds the constraint. Explicit DDL: the list is typed
here, so a later change of :class:`canvass.domain.call_session.EventKind` can never change
what this step does.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

_EVENT_KINDS = """('phase_entered', 'phase_left',
        'bala_reached', 'bala_undone', 'objection', 'note', 'dial', 'script_switched',
        'contact_switched', 'variant_shown')"""

_SQLITE_REBUILD = f"""
CREATE TABLE call_event_v18 (
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
INSERT INTO call_event_v18 (id, call_id, at, kind, phase, bala_step, objection_id, answer_id,
    detail)
    SELECT id, call_id, at, kind, phase, bala_step, objection_id, answer_id, detail
    FROM call_event;
DROP TABLE call_event;
ALTER TABLE call_event_v18 RENAME TO call_event;
CREATE INDEX ix_call_event_call_id ON call_event (call_id);
"""

_POSTGRES_CHECK = f"""
ALTER TABLE call_event DROP CONSTRAINT ck_call_event_kind;
ALTER TABLE call_event ADD CONSTRAINT ck_call_event_kind CHECK (kind IN {_EVENT_KINDS});
"""


def step12_variant_events(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Run revision 0012 on ``conn`` (inside the migration's transaction)."""
    sqlite = conn.dialect.name == "sqlite"
    run_ddl(conn, _SQLITE_REBUILD if sqlite else _POSTGRES_CHECK)
