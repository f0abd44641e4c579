"""Recompute every company's search key with the one letter folding.

Revision ID: 0005
Revises: 0004
A data step (canvass.store.migrate_v5), no DDL.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrate_v5

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrate_v5.step5_fold_search_keys(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back). Released before Alembic as schema step 5; frozen — never edit.
