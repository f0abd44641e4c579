"""Time the statistics (issue 12, section 5): each statistic over every call of the shared
seeded database (1,000,000 calls; ``--quick``: 100,000), target ≤ 300 ms on SQLite.

Run alone: ``.venv/bin/python benchmarks/bench_stats.py [--calls N] [--db FILE]`` (``--db``:
an existing copy already given the statistics data, to time again without seeding).

The shared seeded database has one consultant, one script and no call events; a SQLite
copy of it gets what the statistics read (``seeding.add_statistics_data``: ten
consultants, three script versions, goals, about three call events per reached call,
an A/B variant shown on every call and with every objection, buddy pairs, reviews and
commitments, two teams), so the other benchmarks' data stays as it was.
Each statistic is read through ``StatsService`` as a team lead would (everyone's calls),
over all time (the whole table) and over one month (the ``started_at`` index), median of
five after one warm-up run. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from protocol import Context, Result, Sizes

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.domain.stats import By, Period
from canvass.services import Services
from canvass.store import Store

TARGET_MS = 300.0
RUNS = 5
MONTH = Period(date(2026, 10, 1), date(2026, 10, 31))  # the seeded calls span the year to NOW


def stats_database(ctx: Context) -> str:
    """A SQLite copy of the shared seeded database with the statistics data (made once)."""
    if "stats" not in ctx._cache:
        from seeding import add_statistics_data

        path = ctx.folder.parent / f"stats-{ctx.sizes.calls}.db"
        if not path.exists():
            with sqlite3.connect(ctx.seeded_url()) as src, sqlite3.connect(path) as dst:
                src.backup(dst)
            add_statistics_data(str(path))
        ctx._cache["stats"] = str(path)
    return str(ctx._cache["stats"])


def _median_ms(work: Callable[[], Any]) -> float:
    work()  # warm: the first read pays for the page cache
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(url: str, calls: int) -> list[Result]:
    """One result per statistic (all time, judged), then a month and the whole report."""
    results = []
    with Store.open(url) as store:
        services = Services.of(store)
        stats = services.stats
        lead = Actor(services.consultants.consultants()[0].id, Role.TEAMLEAD)
        whole = Period()
        work: list[tuple[str, Callable[[], Any]]] = [
            (f"overview by {by.value}", lambda by=by: stats.overview(lead, whole, by)) for by in By
        ]
        work += [
            ("funnel per script version", lambda: stats.funnel(lead, whole)),
            ("variants side by side", lambda: stats.variants(lead, whole)),
            ("objections and answers", lambda: stats.objections(lead, whole)),
            ("where calls stop", lambda: stats.stops(lead, whole)),
            ("sparring", lambda: stats.sparring(lead, whole)),
            ("tools used", lambda: stats.tools(lead, whole)),
        ]
        teams = services.team.teams()
        if teams:  # the team filter (`--team`, `h` on the dashboard): half the consultants
            work.append(
                (
                    f"overview by consultant, team {teams[0]}",
                    lambda: stats.overview(lead, whole, By.CONSULTANT, team=teams[0]),
                )
            )
        for name, run_one in work:
            results.append(
                Result(f"stats: {name}, {calls:,} calls", _median_ms(run_one), "ms", TARGET_MS)
            )
        month = _median_ms(lambda: stats.report(lead, MONTH, By.CONSULTANT))
        results.append(Result("stats: whole report, one month (index)", month, "ms"))
        report = _median_ms(lambda: stats.report(lead, whole, By.CONSULTANT))
        results.append(Result(f"stats: whole report, {calls:,} calls", report, "ms"))
    return results


def run(ctx: Context) -> list[Result]:
    return measure(stats_database(ctx), ctx.sizes.calls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="a copy already given the statistics data")
    args = parser.parse_args()
    if args.db:
        results = measure(str(args.db), args.calls)
    else:
        from protocol import remove, scratch_folder

        root = scratch_folder()
        try:
            (root / "sqlite").mkdir()
            sizes = Sizes(companies=args.calls // 10, calls=args.calls)
            ctx = Context("sqlite", sizes, root / "sqlite")
            ctx._cache["seeded"] = str(root / "seeded.db")
            from seeding import seed_database

            seed_database(ctx._cache["seeded"], sizes.companies, sizes.calls, random.Random(1))
            results = measure(stats_database(ctx), args.calls)
        finally:
            remove(root)
    for result in results:
        mark = {True: "✓", False: "✗", None: " "}[result.ok]
        target = f"{result.target:g} ms" if result.target else "-"
        print(f"{result.name:<52} {target:>8} {result.measured:8.1f} ms  {mark}")


if __name__ == "__main__":
    main()
