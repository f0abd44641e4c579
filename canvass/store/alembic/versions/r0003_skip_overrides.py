"""Reasons for calling a company the prioritised list would skip.

Revision ID: 0003
Revises: 0002
Explicit DDL (canvass.store.migrations).
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step3_skip_overrides(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back). Released before Alembic as schema step 3; frozen — never edit.
