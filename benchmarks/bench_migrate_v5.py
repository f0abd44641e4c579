"""Time schema step 5 (refolding ``company.search_key``) on 100,000 companies.

Run: ``.venv/bin/python benchmarks/bench_migrate_v5.py [--companies N]``.
Seeds a temporary database like ``bench_company_rows.py``, puts back the old
casefolded keys of step 4, then times the step. Nothing is asserted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from bench_company_rows import companies_argument, seeded_store

from canvass.store.migrate_v5 import step5_fold_search_keys


def main() -> None:
    companies = companies_argument(__doc__)
    with seeded_store(companies) as (store, _):
        with store.engine.begin() as conn:
            rows = conn.execute(text("SELECT id, name, city, cvr, phone, zip FROM company"))
            old = [{"i": r[0], "k": "\x1f".join((p or "").casefold() for p in r[1:])} for r in rows]
            conn.execute(text("UPDATE company SET search_key = :k WHERE id = :i"), old)
        start = time.perf_counter()
        with store.engine.begin() as conn:
            changed = step5_fold_search_keys(conn)
        took = time.perf_counter() - start
        print(f"step 5 on {companies:,} companies: {took:.2f} s ({changed:,} keys changed)")
        start = time.perf_counter()
        with store.engine.begin() as conn:
            changed = step5_fold_search_keys(conn)
        print(f"step 5 again (nothing to change): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
