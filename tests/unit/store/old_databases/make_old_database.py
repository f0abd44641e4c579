"""Make a database the way an earlier canvass release did — run with that release's code.

The files beside this script (``v1.db.gz`` … ``v5.db.gz``) were made with it, one per schema
version of the release before Alembic, each from the last commit at which that version
was the newest::

    git worktree add /tmp/old-v3 9a5858a
    PYTHONPATH=/tmp/old-v3 .venv/bin/python tests/unit/store/old_databases/make_old_database.py \
        tests/unit/store/old_databases/v3.db
    git worktree remove /tmp/old-v3

(v1: 9ef839e, v2: 329c618, v3: 9a5858a, v4: 622208a, v5: 3dea2b6.) It imports only what
every one of those releases has — ``Store.open``, ``fill_demo`` and the SQLModel tables —
and adds a few rows to the tables the demo leaves empty (a review, call lists, skip reasons,
call revisions) when that release has them, so every table of the old schema has data.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import select

from canvass.store import models
from canvass.store.demo import fill_demo
from canvass.store.store import Store

TODAY = date(2026, 11, 20)
AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _extra_rows(store: Store) -> None:
    with store.session() as session:
        companies = session.exec(select(models.Company.id).order_by(models.Company.id)).all()
        consultant = session.exec(select(models.Consultant).order_by(models.Consultant.id)).first()
        call = session.exec(select(models.Call).order_by(models.Call.id)).first()
        assert consultant is not None and call is not None
        session.add(
            models.Review(
                call_id=call.id,
                reviewer_id=consultant.id,
                caller_id=call.consultant_id,
                goal="Åbningen på under 30 sekunder",
                scores_json='{"aabning": 4}',
                feedback="God ro på.",
                created_at=AT,
            )
        )
        if hasattr(models, "CallList"):
            for number, name in enumerate(("Byggeri Vejle", "Transport øst"), start=1):
                session.add(models.CallList(id=number, name=name, script_id=None, created_at=AT))
            session.flush()
            for index, company_id in enumerate(companies[:30]):
                session.add(models.CallListMember(list_id=1 + index % 2, company_id=company_id))
        if hasattr(models, "SkipOverride"):
            for company_id in companies[:3]:
                session.add(
                    models.SkipOverride(
                        company_id=company_id,
                        consultant_id=consultant.id,
                        kind="ad_protected",
                        reason="Virksomheden bad selv om at blive ringet op.",
                        created_at=AT,
                    )
                )
        if hasattr(models, "CallRevision"):
            session.add(
                models.CallRevision(
                    call_id=call.id,
                    consultant_id=consultant.id,
                    changed_at=AT,
                    before_json='{"notes": "før"}',
                    after_json='{"notes": "efter"}',
                )
            )


def main(path: Path) -> None:
    if path.exists():
        raise SystemExit(f"{path} exists")
    store = Store.open(path)
    try:
        fill_demo(store, today=TODAY)
        _extra_rows(store)
    finally:
        store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    conn.execute("VACUUM")
    conn.close()
    with path.open("rb") as plain, gzip.open(f"{path}.gz", "wb", compresslevel=9) as packed:
        shutil.copyfileobj(plain, packed)  # kept compressed: ≈80 KB instead of ≈500 KB
    path.unlink()
    print(f"{path}.gz", Path(f"{path}.gz").stat().st_size, "bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
