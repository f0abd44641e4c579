"""Revision 0007: each company's derived call state, and an index for ``open_call``.

New columns on ``company`` (kept up to date by :mod:`canvass.store.call_state` from now
on, filled here from the rows already there):

- ``next_callback_at`` / ``next_callback_by``: due time and owner of the earliest open
  callback (``done_at`` empty; of two due at once, the older callback);
- ``last_call_at``: the latest ``call.started_at``; ``last_reached_at``: the same for
  calls whose outcome has ``reached``;
- ``meeting_until``: the latest ``starts_at`` of a booked meeting;
- ``ad_override``: an ``ad_protected`` skip override exists; ``recent_override_at``: the
  latest ``created_at`` of a ``recent`` one.

Plain ``ADD COLUMN`` on both databases (SQLite accepts a REFERENCES column whose default
is NULL), so ``company`` is not rebuilt. Explicit SQL, like every step: a later change of
the models or of ``call_state`` can never change what this step does.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

_DDL = """
ALTER TABLE company ADD COLUMN next_callback_at {ts};
ALTER TABLE company ADD COLUMN next_callback_by INTEGER
    REFERENCES consultant (id) ON DELETE SET NULL;
ALTER TABLE company ADD COLUMN last_call_at {ts};
ALTER TABLE company ADD COLUMN last_reached_at {ts};
ALTER TABLE company ADD COLUMN meeting_until {ts};
ALTER TABLE company ADD COLUMN ad_override BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE company ADD COLUMN recent_override_at {ts};
CREATE INDEX ix_call_consultant_open ON call (consultant_id, ended_at, started_at);
"""

# Only companies with a call, callback, meeting or override can have a value; the others
# keep the new columns' defaults (NULL, false).
_BACKFILL = """
UPDATE company SET
    next_callback_at = (SELECT min(cb.due_at) FROM callback cb
        WHERE cb.company_id = company.id AND cb.done_at IS NULL),
    next_callback_by = (SELECT cb.consultant_id FROM callback cb
        WHERE cb.company_id = company.id AND cb.done_at IS NULL
        ORDER BY cb.due_at, cb.id LIMIT 1),
    last_call_at = (SELECT max(c.started_at) FROM call c WHERE c.company_id = company.id),
    last_reached_at = (SELECT max(c.started_at) FROM call c
        JOIN call_outcome o ON o.call_id = c.id
        WHERE c.company_id = company.id AND o.reached),
    meeting_until = (SELECT max(m.starts_at) FROM meeting m
        WHERE m.company_id = company.id AND m.status = 'booked'),
    ad_override = EXISTS (SELECT 1 FROM skip_override s
        WHERE s.company_id = company.id AND s.kind = 'ad_protected'),
    recent_override_at = (SELECT max(s.created_at) FROM skip_override s
        WHERE s.company_id = company.id AND s.kind = 'recent')
WHERE company.id IN (
    SELECT company_id FROM call UNION SELECT company_id FROM callback
    UNION SELECT company_id FROM meeting UNION SELECT company_id FROM skip_override)
"""


def step7_call_state(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Run revision 0007 on ``conn`` (inside the migration's transaction)."""
    run_ddl(conn, _DDL)
    conn.exec_driver_sql(_BACKFILL)
