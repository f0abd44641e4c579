"""Teams: a consultant belongs to at most one team, named on the consultant's row.

Revision ID: 0015
Revises: 0014
A plain ADD COLUMN: every existing consultant is in no team (NULL) until a trainer or team
lead puts them in one (``canvass team set``, the team screen). A team is only its name, so
a team with nobody in it does not exist; a team's name is not personal data.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("ALTER TABLE consultant ADD COLUMN team VARCHAR(60)")
    conn.exec_driver_sql("CREATE INDEX ix_consultant_team ON consultant (team)")


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
