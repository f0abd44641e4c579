"""The TUI's memory after scrolling the call list through every company.

Run: ``.venv/bin/python benchmarks/bench_memory.py --db PATH [--max-seconds 600]``
(a database made by ``bench_startup.py``, e.g. 100,000 companies + 1,000,000 calls).
Runs the app headless (Pilot, 120×34), then moves the cursor to the last loaded row
again and again so the list loads page after page, until every row of the list is
loaded (or the time is up), and prints the resident memory before and after, the rows
loaded and the memory per row. Target (issue 10): ≤ 200 MB with 100k companies.

With another checkout's interpreter (``/work/main/.venv/bin/python
benchmarks/bench_memory.py ...``) it measures that canvass: old vs new.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from app_driver import make_app, rss_mb, settle

TARGET_MB = 200.0


async def scroll_all(db: Path, max_seconds: float) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        from canvass.ui.widgets.company_table import CompanyTable

        table = app.screen.query_one(CompanyTable)
        before, started = rss_mb(), time.perf_counter()
        total = app.call_list._total or 0
        while table.row_count < total and time.perf_counter() - started < max_seconds:
            table.move_cursor(row=table.row_count - 1)
            await settle(pilot)
        await pilot.pause(0.2)
        after, took = rss_mb(), time.perf_counter() - started
    rows = table.row_count
    per_row = (after - before) * 1024 / rows if rows else 0.0
    print(f"rows loaded {rows:,} of {total:,} in {took:.0f} s")
    print(f"RSS at the first page {before:.0f} MB, after scrolling {after:.0f} MB")
    print(f"about {per_row:.1f} KB per row loaded")
    verdict = "ok" if after <= TARGET_MB and rows >= total else "MISSED"
    print(f"target ≤ {TARGET_MB:.0f} MB after all rows; measured {after:.0f} MB ({verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args()
    asyncio.run(scroll_all(args.db, args.max_seconds))


if __name__ == "__main__":
    main()
