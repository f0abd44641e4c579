"""``open_call`` reads one row through ``ix_call_consultant_open``, not every call of the
consultant (issue 10: it had no limit and ``ended_at`` was not indexed)."""

from __future__ import annotations

from datetime import timedelta

import sqlmodel
from sqlalchemy import event, insert
from sqlmodel import SQLModel

from canvass.store import Store, calls
from tests.unit.store.calls_data import T0, people

_CALL = SQLModel.metadata.tables["call"]


def _calls(store: Store, finished: int) -> None:
    row = {"consultant_id": 1, "script_id": "s", "script_version": 1, "script_hash": ""}
    with store.connection(write=True) as conn:
        conn.execute(
            insert(_CALL),
            [
                row | {"company_id": 1 + i % 2, "started_at": T0 - timedelta(minutes=i),
                       "ended_at": T0 - timedelta(minutes=i - 1)}
                for i in range(1, finished + 1)
            ]
            + [row | {"company_id": 2, "started_at": T0 - timedelta(hours=1), "ended_at": None},
               row | {"company_id": 1, "started_at": T0 - timedelta(hours=2), "ended_at": None}],
        )  # fmt: skip


def test_open_call_is_the_newest_unfinished_call_and_asks_for_one_row(store: Store) -> None:
    people(store)
    _calls(store, 300)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        found = store.read(lambda s: calls.open_call(s, 1))
        on_one = store.read(lambda s: calls.open_call(s, 1, company_id=1))
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert found is not None and (found.company_id, found.started_at) == (
        2,
        T0 - timedelta(hours=1),
    )
    assert on_one is not None and on_one.started_at == T0 - timedelta(hours=2)
    first = next(s for s in statements if "FROM call JOIN company" in s)
    assert "LIMIT" in first.upper()


def test_the_query_uses_the_open_call_index(store: Store) -> None:
    people(store)
    _calls(store, 2000)
    with store.session() as session:
        conn = session.connection()
        conn.exec_driver_sql("ANALYZE")
        query = (
            sqlmodel.select(_CALL.c.id)
            .where(_CALL.c.consultant_id == 1, _CALL.c.ended_at.is_(None))
            .order_by(_CALL.c.started_at.desc())
            .limit(1)
        )
        sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a tiny table: force the choice
            plan = " ".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql))
        else:
            plan = " ".join(
                str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
            )
    assert "ix_call_consultant_open" in plan
