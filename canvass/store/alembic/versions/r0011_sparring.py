"""Buddy-pair sparring: roles, pairs over time, observation, versioned reviews, comments,
commitments, and the goal before a call or visit.

Revision ID: 0011
Revises: 0010
Explicit DDL (canvass.store.migrate_v11); the old, screenless review table is rebuilt.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step11(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
