"""The search index: FTS5 trigrams over company.search_key (SQLite), pg_trgm GIN (PostgreSQL).

Revision ID: 0008
Revises: 0007
DDL and triggers in canvass.store.search_index (install); the SQLite index is filled
from the stored keys, PostgreSQL builds its index with CREATE INDEX.
"""

from __future__ import annotations

from alembic import op

from canvass.store import search_index

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
