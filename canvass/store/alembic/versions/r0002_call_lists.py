"""Named call lists and their members.

Revision ID: 0002
Revises: 0001
Explicit DDL (canvass.store.migrations).
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step2_call_lists(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back). Released before Alembic as schema step 2; frozen — never edit.
