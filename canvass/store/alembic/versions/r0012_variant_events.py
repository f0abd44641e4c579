"""A call event for the A/B variant a call showed (``call_event.kind`` 'variant_shown').

Revision ID: 0012
Revises: 0011
Explicit DDL (canvass.store.migrate_v12); on SQLite ``call_event`` is rebuilt by hand.
"""

from __future__ import annotations

from alembic import op

from canvass.store import migrations

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    migrations.step12(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
