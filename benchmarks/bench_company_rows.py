"""Time ``Store.company_rows`` and ``count_companies`` with 100,000 companies.

Run: ``.venv/bin/python benchmarks/bench_company_rows.py [--companies N]``.
Seeds a temporary database (companies plus calls, outcomes, callbacks and meetings for
a share of them), then prints the median time of each query. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from protocol import Context, Result
from sqlalchemy import insert
from sqlmodel import SQLModel

from canvass.domain.cvr import random_cvr
from canvass.domain.outcomes import Outcome
from canvass.services import Services
from canvass.store import Store
from canvass.store.demo_data import PLACES, SURNAMES, TRADES
from canvass.store.models import Company, company_search_key, danish_sort_key

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def seed(store: Store, companies: int, rng: random.Random) -> None:
    """Bulk-insert with Core (fast); derived columns are computed here as the ORM would."""
    tables = SQLModel.metadata.tables
    consultant = Services.of(store).consultants.ensure_consultant("AB", "Anne Bech")
    cvrs: set[str] = set()
    rows = []
    for i in range(companies):
        trade = rng.choice(TRADES)
        cvr = random_cvr(rng)
        while cvr in cvrs:
            cvr = random_cvr(rng)
        cvrs.add(cvr)
        company = Company(
            name=f"{rng.choice(SURNAMES)}s {trade.word} {i} ApS",
            cvr=cvr,
            phone=f"{rng.randint(20_000_000, 99_999_999)}",
            zip=(place := rng.choice(PLACES))[0],
            city=place[1],
            industry=trade.industry,
            segment=trade.segment,
            employees=rng.randint(1, 300),
        )
        row = company.model_dump(exclude={"id"})
        row |= {
            "search_key": company_search_key(company),
            "sort_name": danish_sort_key(company.name),
        }
        rows.append(row)
    outcomes = list(Outcome)
    with store.engine.begin() as conn:
        conn.execute(insert(tables["company"]), rows)
        calls, callbacks, meetings = [], [], []
        for company_id in rng.sample(range(1, companies + 1), companies // 3):
            for _ in range(rng.randint(1, 3)):
                calls.append({
                    "company_id": company_id, "consultant_id": consultant.id,
                    "script_id": "rekruttering-besoeg", "script_version": 1, "script_hash": "b",
                    "started_at": NOW - timedelta(minutes=rng.randint(1, 60 * 24 * 90)),
                    "notes": "",
                })  # fmt: skip
            if rng.random() < 0.3:
                callbacks.append({
                    "company_id": company_id, "consultant_id": consultant.id, "reason": "",
                    "due_at": NOW + timedelta(hours=rng.randint(-200, 400)), "created_at": NOW,
                })  # fmt: skip
            if rng.random() < 0.1:
                meetings.append({
                    "company_id": company_id, "consultant_id": consultant.id,
                    "starts_at": NOW + timedelta(hours=rng.randint(-500, 500)),
                    "duration_min": 60, "location_kind": "company", "location": "",
                    "attendees": "", "purpose": "", "status": "booked", "result_note": "",
                    "created_at": NOW,
                })  # fmt: skip
        conn.execute(insert(tables["call"]), calls)
        call_outcomes = []
        for call_id in range(1, len(calls) + 1):
            outcome = rng.choice(outcomes)
            call_outcomes.append({
                "call_id": call_id, "outcome": outcome.value, "reached": outcome.reached,
                "decided_at": NOW, "comment": "",
            })  # fmt: skip
        conn.execute(insert(tables["call_outcome"]), call_outcomes)
        conn.execute(insert(tables["callback"]), callbacks)
        conn.execute(insert(tables["meeting"]), meetings)
    print(
        f"seeded {companies:,} companies, {len(calls):,} calls, "
        f"{len(callbacks):,} callbacks, {len(meetings):,} meetings"
    )


def timed(label: str, action: Callable[[], object], repeat: int = 7) -> None:
    samples = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        samples.append(time.perf_counter() - start)
    size = len(result) if isinstance(result, list) else result
    print(f"{label:<44} median {statistics.median(samples) * 1000:7.1f} ms  ({size})")


def companies_argument(description: str | None) -> int:
    """The ``--companies N`` option every benchmark takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--companies", type=int, default=100_000)
    return int(parser.parse_args().companies)


@contextmanager
def seeded_store(
    companies: int, extra: Callable[[Store], object] | None = None
) -> Iterator[tuple[Store, object]]:
    """A store in a temp folder, seeded (plus ``extra`` setup) and ANALYZEd; yields the
    store and what ``extra`` returned."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db")
        start = time.perf_counter()
        seed(store, companies, random.Random(1))
        made = extra(store) if extra is not None else None
        print(f"seeding took {time.perf_counter() - start:.1f} s")
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        try:
            yield store, made
        finally:
            store.close()


BACKENDS = ("sqlite", "postgresql")
#: Issue 10: a search keystroke answered by the store within 20 ms at 100,000 companies.
SEARCH_TARGET_MS = 20.0


def median_ms(action: Callable[[], object], repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: search queries in the store on the shared database."""
    store = Store.open(ctx.seeded_url())
    try:
        svc = Services.of(store).companies
        companies = ctx.sizes.companies
        queries = {"'hansen'": "hansen", "'tømrer vejle'": "tømrer vejle",
                   "'75 82' phone digits": "75 82", "'zzz' no match": "zzz"}  # fmt: skip
        results: list[Result] = []
        for label, query in queries.items():
            ms = median_ms(partial(svc.company_rows, query, now=NOW))
            name = f"search {label}, {companies:,} companies: store"
            results.append(Result(name, ms, "ms", SEARCH_TARGET_MS, ctx.backend))
        ms = median_ms(lambda: svc.count_companies("hansen"))
        name = f"search count 'hansen', {companies:,} companies"
        results.append(Result(name, ms, "ms", SEARCH_TARGET_MS, ctx.backend))
        return results
    finally:
        store.close()


def main() -> None:
    companies = companies_argument(__doc__)
    with seeded_store(companies) as (store, _):
        svc = Services.of(store).companies
        middle = companies // 2
        timed("company_rows() first page", lambda: svc.company_rows(now=NOW))
        timed(
            "company_rows() page in the middle",
            lambda: svc.company_rows("", middle, now=NOW),
        )
        timed(
            "company_rows() last page",
            lambda: svc.company_rows("", companies - 200, now=NOW),
        )
        timed("company_rows('hansen')", lambda: svc.company_rows("hansen", now=NOW))
        timed(
            "company_rows('tømrer vejle')",
            lambda: svc.company_rows("tømrer vejle", now=NOW),
        )
        timed(
            "company_rows('75 82') phone digits",
            lambda: svc.company_rows("75 82", now=NOW),
        )
        timed("company_rows('zzz') no match", lambda: svc.company_rows("zzz", now=NOW))
        timed("count_companies()", svc.count_companies)
        timed("count_companies('hansen')", lambda: svc.count_companies("hansen"))


if __name__ == "__main__":
    main()
