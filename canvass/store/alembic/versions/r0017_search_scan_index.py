"""A covering index for the searches the trigram index cannot answer (one or two letters).

Revision ID: 0017
Revises: 0016
SQLite only: ``ix_company_search_scan`` holds ``search_key`` and every column the skip
rules read, so counting a search of one- or two-letter terms (every key is checked)
reads this index instead of every company's whole row. PostgreSQL's count of such terms
keeps off the indexes (``search_key || ''``), so nothing changes there. The DDL is in
canvass.store.search_index (install_scan_index), the search index's own objects.
"""

from __future__ import annotations

from alembic import op

from canvass.store import search_index

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install_scan_index(op.get_bind())


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
