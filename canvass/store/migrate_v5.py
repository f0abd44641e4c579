"""Schema step 5: recompute ``company.search_key`` with the one letter folding.

Up to step 4 the key was only casefolded, so ``aadalens`` and ``kjaer`` could not find
"Ådalens" and "Kjær". The key is derived data: this step recomputes it for every
company with :func:`canvass.store.models.company_search_key` (the recipe of the release
that adds the step). Should the recipe change again, add a step that does the same.

A data step, no DDL. Fast at 100,000 companies: rows are read in id order in batches
and only the keys that change are written, with one executemany per batch.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Connection, bindparam, text

from canvass.store.models import company_search_key

#: Companies read and written per round trip.
BATCH_SIZE = 5_000

_SELECT = text(
    "SELECT id, name, city, cvr, phone, zip, search_key FROM company"
    " WHERE id > :after ORDER BY id LIMIT :limit"
)
_UPDATE = text("UPDATE company SET search_key = :key WHERE id = :company_id").bindparams(
    bindparam("key"), bindparam("company_id")
)


class _Parts(NamedTuple):
    name: str
    city: str | None
    cvr: str | None
    phone: str | None
    zip: str | None


def step5_fold_search_keys(conn: Connection) -> int:
    """Run step 5 on ``conn`` (inside the migration's transaction); returns keys changed."""
    changed = 0
    after = 0
    while True:
        rows = conn.execute(_SELECT, {"after": after, "limit": BATCH_SIZE}).all()
        if not rows:
            return changed
        updates = []
        for company_id, name, city, cvr, phone, zip_code, old_key in rows:
            key = company_search_key(_Parts(name, city, cvr, phone, zip_code))
            if key != old_key:
                updates.append({"key": key, "company_id": company_id})
        if updates:
            conn.execute(_UPDATE, updates)
            changed += len(updates)
        after = rows[-1][0]
