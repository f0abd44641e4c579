"""The audit table: who read, searched, exported, changed or erased what, and when.

Revision ID: 0006
Revises: 0005
Explicit DDL (canvass.store.migrate_v6): the CHECK list of actions is typed there.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step6(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
