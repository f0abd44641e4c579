"""Time the prioritised call list (``Store.prioritised_rows`` / ``count_prioritised``).

Run: ``.venv/bin/python benchmarks/bench_priority.py [--companies N]``.
Seeds like ``bench_company_rows.py`` (calls, callbacks, meetings for a third of the
companies), then marks key accounts, reklamebeskyttede and do-not-call companies, and
puts a fifth of the companies on a named list. Prints the median time of each query.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from bench_company_rows import NOW, companies_argument, seeded_store, timed

from canvass.services import Services
from canvass.store import Store

SEGMENTS = ("byggeri", "industri", "handel", "transport og logistik")


def mark(store: Store, companies: int) -> int:
    """Flags and a named list on a share of the companies; returns the list id."""
    list_id = Services.of(store).lists.create_call_list("Rekruttering Q1", "rekruttering-besoeg")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE company SET key_account = 1 WHERE id % 50 = 0"))
        conn.execute(text("UPDATE company SET ad_protected = 1 WHERE id % 9 = 0"))
        conn.execute(text("UPDATE company SET do_not_call = 1 WHERE id % 97 = 0"))
        conn.execute(
            text(
                "INSERT INTO call_list_member (list_id, company_id)"
                " SELECT :l, id FROM company WHERE id % 5 = 0"
            ),
            {"l": list_id},
        )
    return list_id


def main() -> None:
    companies = companies_argument(__doc__)
    with seeded_store(companies, lambda store: mark(store, companies)) as (store, list_id):
        base = {"now": NOW, "consultant_id": 1, "recent_days": 14, "segments": SEGMENTS}
        lists = Services.of(store).lists
        counts = lists.count_prioritised(list_id=None, **base)
        print(f"all companies: {counts.listed:,} listed, {counts.skipped:,} skipped")
        for label, lid in (("all", None), ("list", list_id)):
            timed(
                f"prioritised_rows({label}) first page",
                lambda lid=lid: lists.prioritised_rows(list_id=lid, **base),
            )
            timed(
                f"prioritised_rows({label}) page at 10.000",
                lambda lid=lid: lists.prioritised_rows(list_id=lid, offset=10_000, **base),
            )
            timed(
                f"prioritised_rows({label}, skipped too)",
                lambda lid=lid: lists.prioritised_rows(list_id=lid, include_skipped=True, **base),
            )
            timed(
                f"prioritised_rows({label}, 'hansen')",
                lambda lid=lid: lists.prioritised_rows(list_id=lid, search="hansen", **base),
            )
            timed(
                f"count_prioritised({label})",
                lambda lid=lid: lists.count_prioritised(list_id=lid, **base),
            )


if __name__ == "__main__":
    main()
