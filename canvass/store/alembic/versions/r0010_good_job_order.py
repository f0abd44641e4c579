"""Den gode jobordre: pay, permanent or temporary, how to apply, nice-to-have beside the
must-haves, and how widely the job order may be shared.

Revision ID: 0010
Revises: 0009
Plain ADD COLUMNs: existing job orders keep every value; the new texts are empty and the
two choices unknown (NULL) until a consultant fills them in.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_EMPLOYMENT = "employment IS NULL OR employment IN ('permanent', 'temporary')"
_SHARING = "sharing IS NULL OR sharing IN ('colleagues', 'jobcentres', 'jobnet')"

_COLUMNS = (
    "salary TEXT NOT NULL DEFAULT ''",
    f"employment VARCHAR(20) CONSTRAINT ck_job_order_employment CHECK ({_EMPLOYMENT})",
    "how_to_apply TEXT NOT NULL DEFAULT ''",
    "nice_to_have TEXT NOT NULL DEFAULT ''",
    f"sharing VARCHAR(20) CONSTRAINT ck_job_order_sharing CHECK ({_SHARING})",
)


def upgrade() -> None:
    conn = op.get_bind()
    for column in _COLUMNS:
        conn.exec_driver_sql(f"ALTER TABLE job_order ADD COLUMN {column}")


# No downgrade: a database only goes forward (keep a copy of the file, or pg_dump, to go
# back).
