"""The statistics' call facts: ``call_fact``, one row per finished call, filled in SQL.

Revision ID: 0013
Revises: 0012
Explicit DDL and SQL (canvass.store.migrate_v13).
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step13(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
