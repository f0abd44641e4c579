"""Each company's derived call state (next callback, last calls, meeting, overrides).

Revision ID: 0007
Revises: 0006
Explicit DDL and a backfill in SQL (canvass.store.migrate_v7).
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step7(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
