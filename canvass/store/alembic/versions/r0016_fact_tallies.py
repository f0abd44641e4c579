"""The statistics' tallies: the call facts and variant facts summed per Copenhagen day
(and the facts' day), kept by triggers on the fact tables.

Revision ID: 0016
Revises: 0015
Explicit DDL and SQL (canvass.store.migrate_v16); the triggers from
canvass.store.fact_tallies.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step16(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
