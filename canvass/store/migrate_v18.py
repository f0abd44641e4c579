"""Revision 0018: each company's last outcome in the derived call state.

``company.last_outcome`` is the outcome of the company's latest call that has one (by
``call.started_at``, then ``call.id``), as the list's rows showed it from a lookup per
row; :mod:`canvass.store.call_state` keeps it from now on, in the same transaction as
every write of a call or an outcome, and fills it here from the rows already there.

Plain ``ADD COLUMN`` on both databases, so ``company`` is not rebuilt. Explicit SQL, like
every step: a later change of the models or of ``call_state`` never changes what it does.
"""

from __future__ import annotations

from sqlalchemy import Connection

_DDL = "ALTER TABLE company ADD COLUMN last_outcome VARCHAR(20)"

# SQLite: one probe of ix_call_company_started per company with a call.
_BACKFILL = """
UPDATE company SET last_outcome = (
    SELECT o.outcome FROM call_outcome o JOIN call c ON c.id = o.call_id
    WHERE c.company_id = company.id ORDER BY c.started_at DESC, c.id DESC LIMIT 1)
WHERE company.id IN (SELECT company_id FROM call)
"""

# PostgreSQL: one pass over the calls with outcomes (faster there than the probes).
_BACKFILL_POSTGRES = """
UPDATE company SET last_outcome = f.outcome
FROM (
    SELECT DISTINCT ON (c.company_id) c.company_id, o.outcome
    FROM call c JOIN call_outcome o ON o.call_id = c.id
    ORDER BY c.company_id, c.started_at DESC, c.id DESC
) f
WHERE company.id = f.company_id
"""


def step18_last_outcome(conn: Connection) -> None:
    """Run revision 0018 on ``conn`` (inside the migration's transaction)."""
    conn.exec_driver_sql(_DDL)
    sqlite = conn.dialect.name == "sqlite"
    conn.exec_driver_sql(_BACKFILL if sqlite else _BACKFILL_POSTGRES)
