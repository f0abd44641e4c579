"""Revision 0006: the audit table (who read, searched, exported, changed or erased what).

``company_id``, ``contact_id`` and ``call_id`` are plain integers on purpose: a line must
outlive what it names (after ``canvass forget`` the line saying so remains).

Explicit DDL, like every step: the action list is typed here, so a later change of
:class:`canvass.store.audit_model.AuditAction` can never change what this step does.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

_DDL = """
CREATE TABLE audit_line (
    id {pk},
    at {ts} NOT NULL,
    consultant_id INTEGER REFERENCES consultant (id) ON DELETE SET NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(20) NOT NULL,
    company_id INTEGER,
    contact_id INTEGER,
    call_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    CONSTRAINT ck_audit_line_action CHECK (action IN ('read_card', 'search', 'export',
        'change', 'delete', 'forget', 'purge', 'import'))
);
CREATE INDEX ix_audit_line_at ON audit_line (at);
CREATE INDEX ix_audit_line_company_id ON audit_line (company_id);
CREATE INDEX ix_audit_line_contact_id ON audit_line (contact_id);
"""


def step6_audit(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Run revision 0006 on ``conn`` (inside the migration's transaction)."""
    run_ddl(conn, _DDL)
