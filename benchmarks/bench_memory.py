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
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from app_driver import make_app, rss_mb, settle
from protocol import Context, Result, run_child

TARGET_MB = 200.0


async def scroll_all(db: Path, max_seconds: float) -> dict[str, Any]:
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
    return {"rows": rows, "total": total, "before": before, "after": after, "seconds": took}


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: the app in a fresh process (its own heap) on a copy
    of the shared seeded database, scrolled through every company."""
    limit = 120.0 if ctx.quick else 900.0
    db = ctx.app_database()
    found = run_child(Path(__file__), "--db", str(db), "--max-seconds", str(limit))
    rows, total = found["rows"], found["total"]
    note = f"{rows:,} of {total:,} rows loaded in {found['seconds']:.0f} s; "
    note += f"{found['before']:.0f} MB at the first page"
    if rows < total:
        note += f"; NOT all rows: stopped after {limit:.0f} s"
    name = f"memory after scrolling the whole list, {total:,} rows"
    return [Result(name, found["after"], "MB", TARGET_MB, ctx.backend, note)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument("--json-out", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    found = asyncio.run(scroll_all(args.db, args.max_seconds))
    if args.json_out:
        args.json_out.write_text(json.dumps(found))


if __name__ == "__main__":
    main()
