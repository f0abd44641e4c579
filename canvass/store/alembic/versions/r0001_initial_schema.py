"""Initial schema: consultants, companies, contacts, calls, meetings, callbacks, job orders.

Revision ID: 0001
Revises: None
Explicit DDL (canvass.store.migrations), as the first release created it.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step1_initial_schema(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back). Released before Alembic as schema step 1; frozen — never edit.
