"""Revision 0011: buddy-pair sparring — roles, pairs over time, live observation, reviews
with versions, comment threads and commitments, and the goal before a call or visit.

The ``review`` table of revision 0001 never had a screen; it is rebuilt in its new shape
(a review of a call or of a held visit, against a rubric, versioned). Any row it holds is
carried over: its feedback becomes the first thing that worked, its commitment a commitment.

Explicit DDL, like every step: the CHECK lists are typed here, so a later change of the
enums in :mod:`canvass.domain.sparring` can never change what this step does.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection, text

_COLUMNS = (
    "ALTER TABLE consultant ADD COLUMN role VARCHAR(10) NOT NULL DEFAULT 'consultant'"
    " CONSTRAINT ck_consultant_role CHECK (role IN ('consultant', 'trainer', 'teamlead'))",
    "ALTER TABLE call ADD COLUMN goal_tools TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE call ADD COLUMN goal_effect TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meeting ADD COLUMN goal VARCHAR(200)",
    "ALTER TABLE meeting ADD COLUMN goal_tools TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE meeting ADD COLUMN goal_effect TEXT NOT NULL DEFAULT ''",
)

_DDL = """
CREATE TABLE buddy_pair (
    id {pk},
    first_id INTEGER NOT NULL REFERENCES consultant (id),
    second_id INTEGER NOT NULL REFERENCES consultant (id),
    started_at {ts} NOT NULL,
    ended_at {ts}
);
CREATE INDEX ix_buddy_pair_first_id ON buddy_pair (first_id);
CREATE INDEX ix_buddy_pair_second_id ON buddy_pair (second_id);
CREATE TABLE observation (
    id {pk},
    observer_id INTEGER NOT NULL REFERENCES consultant (id),
    observed_id INTEGER NOT NULL REFERENCES consultant (id),
    started_at {ts} NOT NULL,
    seen_at {ts} NOT NULL,
    ended_at {ts}
);
CREATE INDEX ix_observation_observed_id ON observation (observed_id);
CREATE TABLE observer_note (
    id {pk},
    call_id INTEGER NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    observer_id INTEGER NOT NULL REFERENCES consultant (id),
    at {ts} NOT NULL,
    offset_s INTEGER NOT NULL,
    phase VARCHAR(20),
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_observer_note_call_id ON observer_note (call_id);
CREATE TABLE review_new (
    id {pk},
    call_id INTEGER REFERENCES call (id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meeting (id) ON DELETE CASCADE,
    reviewer_id INTEGER NOT NULL REFERENCES consultant (id),
    caller_id INTEGER NOT NULL REFERENCES consultant (id),
    rubric_id VARCHAR(80) NOT NULL DEFAULT '',
    rubric_version INTEGER NOT NULL DEFAULT 1,
    answers_json TEXT NOT NULL DEFAULT '{{}}',
    worked_json TEXT NOT NULL DEFAULT '[]',
    try_next TEXT NOT NULL DEFAULT '',
    status VARCHAR(10) NOT NULL DEFAULT 'draft',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL,
    shared_at {ts},
    acknowledged_at {ts},
    acknowledged_version INTEGER,
    CONSTRAINT ck_review_subject CHECK ((call_id IS NULL AND meeting_id IS NOT NULL)
        OR (call_id IS NOT NULL AND meeting_id IS NULL)),
    CONSTRAINT ck_review_status CHECK (status IN ('draft', 'shared'))
)
"""

_AFTER = """
CREATE INDEX ix_review_call_id ON review (call_id);
CREATE INDEX ix_review_meeting_id ON review (meeting_id);
CREATE INDEX ix_review_caller_id ON review (caller_id);
CREATE TABLE review_version (
    id {pk},
    review_id INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    author_id INTEGER NOT NULL REFERENCES consultant (id),
    saved_at {ts} NOT NULL,
    content_json TEXT NOT NULL DEFAULT '{{}}'
);
CREATE UNIQUE INDEX ux_review_version ON review_version (review_id, version);
CREATE TABLE review_comment (
    id {pk},
    review_id INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES consultant (id),
    at {ts} NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_review_comment_review_id ON review_comment (review_id);
CREATE TABLE sparring_commitment (
    id {pk},
    review_id INTEGER NOT NULL UNIQUE REFERENCES review (id) ON DELETE CASCADE,
    consultant_id INTEGER NOT NULL REFERENCES consultant (id),
    text TEXT NOT NULL DEFAULT '',
    status VARCHAR(10) NOT NULL DEFAULT 'open',
    created_at {ts} NOT NULL,
    settled_at {ts},
    CONSTRAINT ck_sparring_commitment_status CHECK (status IN ('open', 'kept', 'dropped'))
);
CREATE INDEX ix_sparring_commitment_consultant_id ON sparring_commitment (consultant_id)
"""

_OLD_REVIEWS = (
    "SELECT id, call_id, reviewer_id, caller_id, feedback, commitment, created_at,"
    " acknowledged_at FROM review ORDER BY id"
)


def step11_sparring(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Run revision 0011 on ``conn`` (inside the migration's transaction)."""
    for statement in _COLUMNS:
        conn.exec_driver_sql(statement)
    run_ddl(conn, _DDL)
    old = list(conn.execute(text(_OLD_REVIEWS)))
    for row in old:
        worked = json.dumps([row.feedback] if row.feedback else [], ensure_ascii=False)
        conn.execute(
            text(
                "INSERT INTO review_new (id, call_id, reviewer_id, caller_id, worked_json,"
                " status, version, created_at, updated_at, shared_at, acknowledged_at,"
                " acknowledged_version) VALUES (:id, :call, :reviewer, :caller, :worked,"
                " 'shared', 1, :at, :at, :at, :ack, :ack_version)"
            ),
            {
                "id": row.id,
                "call": row.call_id,
                "reviewer": row.reviewer_id,
                "caller": row.caller_id,
                "worked": worked,
                "at": row.created_at,
                "ack": row.acknowledged_at,
                "ack_version": 1 if row.acknowledged_at else None,
            },
        )
    conn.exec_driver_sql("DROP TABLE review")
    conn.exec_driver_sql("ALTER TABLE review_new RENAME TO review")
    if conn.dialect.name == "postgresql" and old:  # the identity carries on after the copy
        conn.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('review', 'id'), (SELECT max(id) FROM review))"
        )
    run_ddl(conn, _AFTER)
    for row in old:
        if row.commitment:
            conn.execute(
                text(
                    "INSERT INTO sparring_commitment (review_id, consultant_id, text, status,"
                    " created_at) VALUES (:review, :caller, :text, 'open', :at)"
                ),
                {
                    "review": row.id,
                    "caller": row.caller_id,
                    "text": row.commitment,
                    "at": row.created_at,
                },
            )
