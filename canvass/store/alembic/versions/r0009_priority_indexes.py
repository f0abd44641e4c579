"""Indexes for the prioritised list's keyset order (canvass.store.priority).

Revision ID: 0009
Revises: 0008
Each group of the order walks one index from the cursor: overdue and due callbacks
``(next_callback_at, sort_name, id)``, key accounts ``(key_account, sort_name, id)``,
never-called companies ``(last_call_at, sort_name, id)``; the rest the existing
``(sort_name, id)``. The count counts each skip reason over a range of its own
``ix_company_skip_*`` index (covering what the rules read). Explicit DDL, the same on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_FLAGS = "do_not_call, ad_protected, ad_override"
_DDL = (
    "CREATE INDEX ix_company_callback_order ON company (next_callback_at, sort_name, id)",
    "CREATE INDEX ix_company_key_order ON company (key_account, sort_name, id)",
    "CREATE INDEX ix_company_never_called ON company (last_call_at, sort_name, id)",
    f"CREATE INDEX ix_company_skip_flags ON company ({_FLAGS})",
    f"CREATE INDEX ix_company_skip_meeting ON company (meeting_until, {_FLAGS})",
    "CREATE INDEX ix_company_skip_recent ON company (last_reached_at, recent_override_at,"
    f" next_callback_at, meeting_until, {_FLAGS})",
)


def upgrade() -> None:
    for statement in _DDL:
        op.execute(statement)


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
