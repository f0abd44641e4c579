"""Time the derived call state (:mod:`canvass.store.call_state`) and ``open_call``.

Run: ``.venv/bin/python benchmarks/bench_call_state.py [--companies N] [--calls M]``
(default 100,000 companies and 1,000,000 calls). With ``CANVASS_TEST_POSTGRES`` set (a
server URL, as for the tests) it runs on a fresh PostgreSQL database too, made and
dropped here. Data is generated in SQL (a recursive CTE), so seeding takes seconds, not
minutes: two thirds of the companies are called, about 15 calls each, all but 200
finished with an outcome (a third reached); a callback on every tenth call, a meeting on
every twentieth, a skip override on every thirtieth.

Prints medians of:

- the full rebuild (``refresh_call_state(session, None)``) and revision 0007's backfill;
- one company's refresh, and a whole ``finish_call`` transaction with and without the
  session watching the state (the cost a consultant's write pays for it);
- ``open_call`` with the new index and with it dropped (the query as it was).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import make_url

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import WrapUp
from canvass.store import Store, calls
from canvass.store.call_state import refresh_call_state
from canvass.store.engine import begin_session
from canvass.store.migrate_v7 import _BACKFILL, _BACKFILL_POSTGRES

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
_EPOCH = "2026-01-01 00:00:00"


def _series(conn: Any, count: int) -> str:
    """A FROM clause with the integers 1..count as ``n(i)``."""
    if conn.dialect.name == "postgresql":
        return f"generate_series(1::bigint, {count}) AS n(i)"
    return (
        f"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count})"
        " SELECT i FROM s) AS n"
    )


def _minutes(conn: Any, minutes: str) -> str:
    """A timestamp ``minutes`` after 1 January 2026, stored as the models store them."""
    if conn.dialect.name == "postgresql":
        return f"(timestamptz '{_EPOCH}+00' + ({minutes}) * interval '1 minute')"
    return f"(strftime('%Y-%m-%d %H:%M:%f', '{_EPOCH}', '+' || ({minutes}) || ' minutes') || '000')"


class _Driver:
    """Runs plain SQL; psycopg reads ``%`` as a placeholder, so it is doubled there."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect

    def exec_driver_sql(self, sql: str) -> None:
        postgres = self.conn.dialect.name == "postgresql"
        self.conn.exec_driver_sql(sql.replace("%", "%%") if postgres else sql)


def seed(store: Store, companies: int, call_count: int) -> None:
    called = max(1, companies * 2 // 3)
    with store.engine.begin() as connection:
        conn: Any = _Driver(connection)
        yes, no = ("true", "false") if conn.dialect.name == "postgresql" else ("1", "0")
        at = _minutes(conn, "n.i")
        conn.exec_driver_sql(
            "INSERT INTO consultant (id, initials, name, created_at) SELECT i, 'K' || i,"
            f" 'Konsulent ' || i, {at} FROM {_series(conn, 10)}"
        )
        conn.exec_driver_sql(
            "INSERT INTO company (id, name, created_at, updated_at, key_account, ad_protected,"
            " do_not_call, notes, search_key, sort_name, ad_override)"
            f" SELECT i, 'Firma ' || i, {at}, {at}, {no}, {no}, {no}, '', 'firma ' || i,"
            f" 'firma ' || i, {no} FROM {_series(conn, companies)}"
        )
        started = _minutes(conn, "(n.i * 37) % 500000")
        ended = _minutes(conn, "(n.i * 37) % 500000 + 5")
        conn.exec_driver_sql(
            "INSERT INTO call (id, company_id, consultant_id, script_id, script_version,"
            " script_hash, started_at, ended_at, notes)"
            f" SELECT i, 1 + (i * 7919) % {called}, 1 + i % 10, 'rekruttering-besoeg', 1, '',"
            f" {started}, CASE WHEN i > {call_count - 200} THEN NULL ELSE {ended} END, ''"
            f" FROM {_series(conn, call_count)}"
        )
        conn.exec_driver_sql(
            "INSERT INTO call_outcome (call_id, outcome, reached, decided_at, comment)"
            " SELECT id, CASE WHEN id % 3 = 0 THEN 'meeting' ELSE 'no_answer' END,"
            f" CASE WHEN id % 3 = 0 THEN {yes} ELSE {no} END, ended_at, ''"
            " FROM call WHERE ended_at IS NOT NULL"
        )
        conn.exec_driver_sql(
            "INSERT INTO callback (company_id, consultant_id, call_id, due_at, reason,"
            " created_at, attempts, done_at) SELECT company_id, consultant_id, id, ended_at,"
            " '', ended_at, 0, CASE WHEN id % 20 = 0 THEN ended_at END"
            " FROM call WHERE id % 10 = 0 AND ended_at IS NOT NULL"
        )
        conn.exec_driver_sql(
            "INSERT INTO meeting (company_id, consultant_id, call_id, starts_at, duration_min,"
            " location_kind, location, attendees, purpose, status, result_note, created_at,"
            " uid, sequence, updated_at) SELECT company_id, consultant_id, id, ended_at, 60,"
            " 'company', '', '', '', CASE WHEN id % 60 = 0 THEN 'cancelled' ELSE 'booked' END,"
            " '', ended_at, 'bench-' || id, 0, ended_at FROM call WHERE id % 20 = 0"
            " AND ended_at IS NOT NULL"
        )
        conn.exec_driver_sql(
            "INSERT INTO skip_override (company_id, consultant_id, kind, reason, created_at)"
            " SELECT company_id, consultant_id, CASE WHEN id % 60 = 0 THEN 'ad_protected'"
            " ELSE 'recent' END, 'grund', started_at FROM call WHERE id % 30 = 0"
        )
        if conn.dialect.name == "postgresql":
            for table in ("call", "callback", "meeting", "skip_override", "call_outcome"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" (SELECT coalesce(max(id), 1) FROM {table}))"
                )
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()


def timed(label: str, action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples) * 1000
    print(f"  {label:<52} median {median:9.2f} ms  (of {repeat})")
    return median


def run(store: Store, companies: int, call_count: int) -> None:
    start = time.perf_counter()
    seed(store, companies, call_count)
    print(f"  seeded {companies:,} companies, {call_count:,} calls in "
          f"{time.perf_counter() - start:.1f} s")  # fmt: skip
    backfill = _BACKFILL if store.target.is_sqlite else _BACKFILL_POSTGRES
    with store.engine.begin() as conn:
        timed("revision 0007 backfill (its SQL)", lambda: conn.exec_driver_sql(backfill), 1)

    def full() -> None:
        with store.session(write=True) as session:
            refresh_call_state(session, None)

    timed("refresh_call_state(all companies)", full, 3)
    ids = iter(range(1, 10**9, 997))

    def one() -> None:
        with store.session(write=True) as session:
            refresh_call_state(session, [next(ids) % companies + 1])

    timed("refresh_call_state(one company), own transaction", one, 50)
    _finish_calls(store)
    _open_call(store)


def _finish_calls(store: Store) -> None:
    """A call finished and its state kept, against the same write unwatched."""
    query = "SELECT id FROM call WHERE ended_at IS NULL ORDER BY id"
    open_ids = iter(store.read(lambda s: list(s.connection().exec_driver_sql(query).scalars())))

    def watched() -> None:
        call_id = next(open_ids)
        store.write(lambda s: calls.finish_call(s, call_id, WrapUp(Outcome.NOT_INTERESTED), NOW))

    def unwatched() -> None:
        call_id = next(open_ids)
        with begin_session(store.engine, store.target, write=True) as session:
            calls.finish_call(session, call_id, WrapUp(Outcome.NOT_INTERESTED), NOW)
            session.commit()

    for _ in range(2):  # alternate, so both see the same machine load
        timed("finish_call, state kept (watched session)", watched, 40)
        timed("finish_call, state not kept (bare session)", unwatched, 40)


def _open_call(store: Store) -> None:
    def latest() -> object:
        return store.read(lambda s: calls.open_call(s, 3))

    timed("open_call, with ix_call_consultant_open", latest, 30)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_call_consultant_open")
    try:
        timed("open_call, index dropped (as before 0007)", latest, 30)
    finally:
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "CREATE INDEX ix_call_consultant_open ON call (consultant_id, ended_at, started_at)"
            )


@contextmanager
def postgres_database(server: str) -> Iterator[str]:
    name = f"canvass_bench_state_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite")
        with Store.open(Path(folder) / "bench.db") as store:
            run(store, args.companies, args.calls)
    server = os.environ.get("CANVASS_TEST_POSTGRES")
    if server:
        print("PostgreSQL")
        with postgres_database(server) as url, Store.open(url) as store:
            run(store, args.companies, args.calls)


if __name__ == "__main__":
    main()
