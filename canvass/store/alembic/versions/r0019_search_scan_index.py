"""A covering index for the searches the trigram index cannot answer (one or two letters).

Revision ID: 0019
Revises: 0015
``ix_company_search_scan`` holds ``search_key`` and every column the skip rules read, so
counting a search of one- or two-letter terms (every key is checked) reads this index
instead of every company's whole row: about a third of the pages. Explicit DDL, the same
on SQLite and PostgreSQL (see canvass.store.priority_indexes).
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_company_search_scan ON company (search_key, do_not_call,"
        " ad_protected, ad_override, meeting_until, last_reached_at, recent_override_at,"
        " next_callback_at)"
    )


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
