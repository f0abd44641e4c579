"""Time the prioritised call list: a first page, a deep page and the count (issue 10).

Run: ``.venv/bin/python benchmarks/bench_priority.py [--companies N] [--calls N]
[--postgres URL] [--old] [--db FILE]``. Defaults: 100,000 companies and 1,000,000 calls on SQLite;
with ``--postgres`` (or ``CANVASS_TEST_POSTGRES``) the same again on a fresh PostgreSQL
database on that server (dropped afterwards). ``--old`` also times the query from before
issue 10 (``tests/unit/store/priority_reference.py``) on the same data, side by side.

Seeds like ``bench_company_rows.py`` (companies, callbacks and meetings for a third of
them), adds calls with outcomes up to ``--calls``, marks key accounts, reklamebeskyttede
and do-not-call companies, puts a fifth of the companies on a named list, rebuilds the
derived call state and ANALYZEs. Prints target, median and ratio per query; nothing is
asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from bench_company_rows import NOW, seed
from protocol import Context, Result

from canvass.domain.outcomes import Outcome
from canvass.services import Services
from canvass.store import Store
from canvass.store import priority as order
from canvass.store.call_lists import PriorityQuery
from canvass.store.call_state import refresh_call_state

SEGMENTS = ("byggeri", "industri", "handel", "transport og logistik")
TARGET_MS = {"sqlite": 20.0, "postgresql": 40.0}
DEEP = 90_000  # the row a deep page starts at (reached through cursors)
PAGE = 200


def more_calls(store: Store, wanted: int, rng: random.Random) -> None:
    """Calls (nine in ten with an outcome) on 70 % of the companies until ``wanted``."""
    t = SQLModel.metadata.tables
    with store.engine.begin() as conn:
        have = int(conn.execute(text("SELECT count(*) FROM call")).scalar_one())
        companies = int(conn.execute(text("SELECT max(id) FROM company")).scalar_one())
        first = int(conn.execute(text("SELECT coalesce(max(id), 0) FROM call")).scalar_one())
    called = rng.sample(range(1, companies + 1), int(companies * 0.7))
    outcomes = list(Outcome)
    chunk = 50_000
    for start in range(0, max(wanted - have, 0), chunk):
        size = min(chunk, wanted - have - start)
        calls, results = [], []
        for n in range(size):
            at = NOW - timedelta(minutes=rng.randint(1, 60 * 24 * 365))
            calls.append({
                "company_id": rng.choice(called), "consultant_id": 1, "script_id": "s",
                "script_version": 1, "script_hash": "", "started_at": at, "ended_at": at,
                "notes": "",
            })  # fmt: skip
            if rng.random() < 0.9:
                outcome = rng.choice(outcomes)
                results.append({
                    "call_id": first + start + n + 1, "outcome": outcome.value,
                    "reached": outcome.reached, "decided_at": at, "comment": "",
                })  # fmt: skip
        with store.engine.begin() as conn:
            conn.execute(insert(t["call"]), calls)
            conn.execute(insert(t["call_outcome"]), results)


def mark(store: Store) -> int:
    """Flags and a named list on a share of the companies; returns the list id."""
    list_id = Services.of(store).lists.create_call_list("Rekruttering Q1", "rekruttering-besoeg")
    with store.engine.begin() as conn:
        for flag, every in (("key_account", 50), ("ad_protected", 9), ("do_not_call", 97)):
            conn.execute(text(f"UPDATE company SET {flag} = true WHERE id % {every} = 0"))
        conn.execute(
            text(
                "INSERT INTO call_list_member (list_id, company_id)"
                " SELECT :l, id FROM company WHERE id % 5 = 0"
            ),
            {"l": list_id},
        )
    return list_id


@contextmanager
def database(backend: str, server: str | None) -> Iterator[str]:
    """A fresh SQLite file or PostgreSQL database, removed afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield str(Path(folder) / "bench.db")
        return
    assert server is not None
    name = "canvass_bench_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def timed(label: str, target: float | None, action: Callable[[], object], repeat: int = 7) -> float:
    """Median wall time (and this process's CPU time: SQLite runs in it, and it is
    steadier than the wall clock on a shared machine) against the target."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    median = statistics.median(walls)
    aim = "" if target is None else f"target {target:5.1f} ms  ratio {median / target:5.2f}"
    cpu_ms = statistics.median(cpus)
    print(f"  {label:<36} median {median:8.1f} ms (cpu {cpu_ms:7.1f} ms)  {aim}")
    return median


def cursor_at(session: Session, q: PriorityQuery, row: int) -> order.PageCursor | None:
    """The cursor after ``row`` rows (or the last), reached by walking pages (untimed)."""
    after: order.PageCursor | None = None
    while row > 0:
        page, cursor = order.prioritised_page(session, q, after, min(row, 5000))
        row -= len(page)
        if cursor is None:
            break
        after = cursor
    return after


def one_query(session: Session, q: PriorityQuery, name: str, target: float, old: Any) -> None:
    """Time a first page, a deep page and the count (and the old query's, when given)."""
    counts = order.count_prioritised(session, q)
    print(f" {name}: {counts.listed:,} listed, {counts.skipped:,} skipped")
    row = DEEP if not q.search else 1000
    deep = cursor_at(session, q, row)
    timed("first page", target, lambda: order.prioritised_page(session, q, None, PAGE))
    timed(f"page after row {row:,}", target, lambda: order.prioritised_page(session, q, deep, PAGE))
    if not q.include_skipped:
        timed("count", target, lambda: order.count_prioritised(session, q))
    if old is not None and not q.include_skipped and not q.search:
        # Once each: the old query takes seconds here.
        timed("old: first page", None, lambda: old.reference_rows(session, q, 0, PAGE), 1)
        timed("old: count", None, lambda: old.reference_counts(session, q), 1)


def measure(backend: str, url: str, companies: int, calls: int, old: bool) -> None:
    store = Store.open(url)
    try:
        start = time.perf_counter()
        with store.engine.connect() as conn:
            seeded = conn.execute(text("SELECT min(id) FROM call_list")).scalar_one()
        if seeded is None:
            seed(store, companies, random.Random(1))
            more_calls(store, calls, random.Random(2))
            list_id = mark(store)
            with store.engine.begin() as conn:
                refresh_call_state(conn)
        else:
            list_id = int(seeded)  # --db: a database this benchmark seeded before
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE" if backend == "postgresql" else "ANALYZE")
        print(f"{backend}: seeding took {time.perf_counter() - start:.1f} s")
        target = TARGET_MS[backend]
        reference: Any = None
        if old:
            from tests.unit.store import priority_reference as reference
        for label, lid, search in (
            ("all", None, ""),
            ("list", list_id, ""),
            ("all, 'hansen'", None, "hansen"),
            ("list, 'hansen'", list_id, "hansen"),
        ):
            for skipped in (False, True):
                q = PriorityQuery(lid, search, NOW, 1, 14, SEGMENTS, include_skipped=skipped)
                name = f"{label}{', skipped too' if skipped else ''}"
                with store.session() as session:
                    one_query(session, q, name, target, reference)
    finally:
        store.close()


BACKENDS = ("sqlite", "postgresql")


def median_ms(action: Callable[[], object], repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: the first page, a deep page (row 90,000, or nine
    tenths of the list) and the count, on the shared seeded database (read only: no named
    list there, so the whole list), with and without a search, skipped rows and not."""
    store = Store.open(ctx.seeded_url())
    target = TARGET_MS[ctx.backend]
    results: list[Result] = []
    try:
        for search in ("", "hansen"):
            for skipped in (False, True):
                q = PriorityQuery(None, search, NOW, 1, 14, SEGMENTS, include_skipped=skipped)
                what = f"prioritised list{f' {search!r}' if search else ''}"
                what += ", skipped too" if skipped else ""
                with store.session() as session:
                    counts = order.count_prioritised(session, q)
                    row = min(DEEP if not search else 1000, counts.listed * 9 // 10)
                    deep = cursor_at(session, q, row)
                    note = f"{counts.listed:,} listed, {counts.skipped:,} skipped; median of 7"
                    page = partial(order.prioritised_page, session, q)
                    timings: dict[str, Callable[[], object]] = {
                        "first page": partial(page, None, PAGE),
                        f"page after row {row:,}": partial(page, deep, PAGE),
                    }
                    if not skipped:
                        timings["count"] = partial(order.count_prioritised, session, q)
                    for label, action in timings.items():
                        results.append(Result(f"{what}: {label}", median_ms(action), "ms",
                                              target, ctx.backend, note))  # fmt: skip
    finally:
        store.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--postgres", default=os.environ.get("CANVASS_TEST_POSTGRES"))
    parser.add_argument("--old", action="store_true", help="time the pre-issue-10 query too")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--db", help="a SQLite file to seed once and reuse on later runs")
    args = parser.parse_args()
    backends = ["sqlite"] + (["postgresql"] if args.postgres else [])
    if args.db:
        measure("sqlite", args.db, args.companies, args.calls, args.old)
        return
    for backend in [b for b in backends if args.only in (None, b)]:
        with database(backend, args.postgres) as url:
            measure(backend, url, args.companies, args.calls, args.old)


if __name__ == "__main__":
    main()
