"""The statistics' call facts keep the company's segment and the Copenhagen ISO week;
``variant_fact`` keeps each finished call's A/B variants shown; the objections' event index
in call order.

Revision ID: 0014
Revises: 0013
Explicit DDL and SQL (canvass.store.migrate_v14).
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step14(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
