"""Callbacks as commitments, calendar identity of meetings, call corrections.

Revision ID: 0004
Revises: 0003
Explicit DDL (canvass.store.migrate_v4); on SQLite two tables are rebuilt by hand.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step4(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back). Released before Alembic as schema step 4; frozen — never edit.
