"""Revision 0013: ``call_fact``, one row per finished call with what the statistics group
and count by (:mod:`canvass.store.fact_models`), filled from the calls, outcomes and events
in one INSERT … SELECT; and an index on ``call_event (kind, objection_id, phase,
answer_id, call_id)`` for the objections' statistic. Explicit DDL and SQL, so a later
change of the models can never change what this step does; from here on the writes keep
the table right (:mod:`canvass.store.call_fact_watch`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

_DDL = """
CREATE TABLE call_fact (
    call_id INTEGER NOT NULL PRIMARY KEY REFERENCES call (id) ON DELETE CASCADE,
    consultant_id INTEGER NOT NULL,
    company_id INTEGER NOT NULL,
    started_at {ts} NOT NULL,
    hour VARCHAR(13) NOT NULL,
    script_id VARCHAR(80) NOT NULL,
    script_version INTEGER NOT NULL,
    reached BOOLEAN NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    goal BOOLEAN NOT NULL,
    last_phase VARCHAR(20),
    bala1 INTEGER NOT NULL,
    bala2 INTEGER NOT NULL,
    bala3 INTEGER NOT NULL,
    bala4 INTEGER NOT NULL,
    beyond BOOLEAN NOT NULL,
    bala_any BOOLEAN NOT NULL,
    objection_any BOOLEAN NOT NULL
);
INSERT INTO call_fact
SELECT c.id, c.consultant_id, c.company_id, c.started_at, {hour}, c.script_id,
    c.script_version, o.reached, o.outcome,
    c.goal IS NOT NULL AND trim(c.goal) != '', c.current_phase,
    coalesce(e.bala1, 0), coalesce(e.bala2, 0), coalesce(e.bala3, 0), coalesce(e.bala4, 0),
    coalesce(e.beyond, 0) = 1, coalesce(e.bala_any, 0) = 1, coalesce(e.objection_any, 0) = 1
FROM call c
JOIN call_outcome o ON o.call_id = c.id
LEFT JOIN (
    SELECT call_id,
        {step_behov} AS bala1, {step_accept_behov} AS bala2,
        {step_loesning} AS bala3, {step_accept_loesning} AS bala4,
        max(CASE WHEN kind = 'phase_entered' AND phase != 'aabning' THEN 1 ELSE 0 END)
            AS beyond,
        max(CASE WHEN kind = 'bala_reached' THEN 1 ELSE 0 END) AS bala_any,
        max(CASE WHEN kind = 'objection' THEN 1 ELSE 0 END) AS objection_any
    FROM call_event
    WHERE kind IN ('bala_reached', 'bala_undone', 'phase_entered', 'objection')
    GROUP BY call_id
) e ON e.call_id = c.id;
CREATE INDEX ix_call_fact_started ON call_fact (started_at);
CREATE INDEX ix_call_fact_consultant ON call_fact (consultant_id, reached, outcome, goal,
    beyond, bala_any, objection_any, started_at);
CREATE INDEX ix_call_fact_script ON call_fact (script_id, script_version, reached, outcome,
    goal, bala1, bala2, bala3, bala4, started_at);
CREATE INDEX ix_call_fact_company ON call_fact (company_id, reached, outcome, goal,
    started_at);
CREATE INDEX ix_call_fact_hour ON call_fact (hour, reached, outcome, goal, started_at);
CREATE INDEX ix_call_event_kind ON call_event (kind, objection_id, phase, answer_id, call_id);
CREATE INDEX ix_call_fact_stop ON call_fact (last_phase, reached, outcome, goal, bala1, bala2,
    bala3, bala4, started_at)
"""

_HOUR = {
    "sqlite": "substr(CAST(c.started_at AS VARCHAR), 1, 13)",
    "postgresql": "to_char(timezone('UTC', c.started_at), 'YYYY-MM-DD HH24')",
}


def _step(step: str) -> str:
    return (
        f"sum(CASE WHEN kind = 'bala_reached' AND bala_step = '{step}' THEN 1 "
        f"WHEN kind = 'bala_undone' AND bala_step = '{step}' THEN -1 ELSE 0 END)"
    )


def step13_call_facts(conn: Connection, run_ddl: Callable[..., None]) -> None:
    """Create ``call_fact``, fill it, then index it (faster than indexing as it fills)."""
    steps = ("behov", "accept_behov", "loesning", "accept_loesning")
    run_ddl(
        conn,
        _DDL,
        hour=_HOUR.get(conn.dialect.name, _HOUR["postgresql"]),
        **{f"step_{step}": _step(step) for step in steps},
    )
