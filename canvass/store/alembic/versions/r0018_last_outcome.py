"""Each company's last outcome in the derived call state.

Revision ID: 0018
Revises: 0017
Explicit DDL and a backfill in SQL (canvass.store.migrate_v18): the list's rows read
``company.last_outcome`` instead of looking up each row's latest call and its outcome.
"""

from __future__ import annotations

from alembic import op

from canvass.store.migrate_v18 import step18_last_outcome

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    step18_last_outcome(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
