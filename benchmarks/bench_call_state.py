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
- one company's refresh, and a whole ``finish_call`` transaction with the session
  watching the state and with the watch switched off (the cost a consultant's write
  pays for it), alternated;
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

from protocol import Context, Result
from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import make_url

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import WrapUp
from canvass.store import Store, call_state_watch, calls, unit_of_work
from canvass.store.call_state import refresh_call_state
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


#: What :func:`timed` and :func:`_finish_calls` measured: (label, median ms, note).
RECORDED: list[tuple[str, float, str]] = []
BACKENDS = ("sqlite", "postgresql")


def timed(label: str, action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    median = statistics.median(samples) * 1000
    print(f"  {label:<52} median {median:9.2f} ms  (of {repeat})")
    RECORDED.append((label, median, f"median of {repeat}"))
    return median


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: the derived state's costs on a database of its own
    (it writes), figures without targets of their own (the issue judges the pages)."""
    RECORDED.clear()
    with Store.open(ctx.new_database("state")) as store:
        measure(store, ctx.sizes.companies, ctx.sizes.calls)
    size = f"{ctx.sizes.companies:,} co., {ctx.sizes.calls:,} calls"
    return [
        Result(f"call state: {label}", ms, "ms", None, ctx.backend, f"{note}; {size}")
        for label, ms, note in RECORDED
    ]


def measure(store: Store, companies: int, call_count: int) -> None:
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
    """A call finished through the store's own door with the state kept, against the same
    write with the session's watch switched off; alternated call by call, so both see the
    same load of the machine."""
    query = "SELECT id FROM call WHERE ended_at IS NULL ORDER BY id"
    open_ids = iter(store.read(lambda s: list(s.connection().exec_driver_sql(query).scalars())))
    samples: dict[bool, list[float]] = {True: [], False: []}
    try:
        for _ in range(80):
            for kept in (True, False):
                unit_of_work.watch = call_state_watch.watch if kept else _unwatched
                call_id = next(open_ids)
                start = time.perf_counter()
                store.write(
                    lambda s, c=call_id: calls.finish_call(
                        s, c, WrapUp(Outcome.NOT_INTERESTED), NOW
                    )
                )
                samples[kept].append(time.perf_counter() - start)
    finally:
        unit_of_work.watch = call_state_watch.watch
    for kept, label in ((True, "state kept"), (False, "watch switched off")):
        median = statistics.median(samples[kept]) * 1000
        print(f"  {'finish_call, ' + label:<52} median {median:9.2f} ms  (of 80, alternated)")
        RECORDED.append((f"finish_call, {label}", median, "median of 80, alternated"))


def _unwatched(_session: object) -> None:
    return None


def _open_call(store: Store) -> None:
    """Consultant 3 with an open call, and consultant 4 with none (the old query then
    read every one of their calls), with the index and with it dropped."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE call SET ended_at = started_at WHERE consultant_id = 4 AND ended_at IS NULL"
        )
    cases = (("one open", 3), ("none open", 4))
    for label, consultant in cases:
        timed(f"open_call ({label}), with the index",
              lambda c=consultant: store.read(lambda s: calls.open_call(s, c)), 30)  # fmt: skip
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_call_consultant_open")
    try:
        for label, consultant in cases:
            timed(f"open_call ({label}), index dropped (before 0007)",
                  lambda c=consultant: store.read(lambda s: calls.open_call(s, c)), 30)  # fmt: skip
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
            measure(store, args.companies, args.calls)
    server = os.environ.get("CANVASS_TEST_POSTGRES")
    if server:
        print("PostgreSQL")
        with postgres_database(server) as url, Store.open(url) as store:
            measure(store, args.companies, args.calls)


if __name__ == "__main__":
    main()
