"""Importing streams the file: memory does not grow with it, progress is told, what is
written is what was checked, and a killed import leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from canvass.config import CONFIG_KEYS
from canvass.services import Services
from canvass.store import Store
from canvass.transfer import ImportProgress, apply_import, read_companies


def _list(path: Path, rows: int, first: int = 0) -> Path:
    lines = "".join(
        f"Firma {i} ApS;{30_000_000 + i};Vejlevej {i};7100;Vejle;Anne {i};a{i}@firma.dk\r\n"
        for i in range(first, first + rows)
    )
    header = "navn;telefon;adresse;postnr;by;kontaktperson;email\r\n"
    path.write_text(header + lines, encoding="utf-8")
    return path


def _peak_while_reading(path: Path) -> int:
    tracemalloc.start()
    try:
        plan = read_companies(path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert plan.ok and plan.rows > 0
    plan.close()
    return peak


def test_reading_does_not_hold_the_file_or_its_records(tmp_path: Path) -> None:
    small = _peak_while_reading(_list(tmp_path / "small.csv", 5_000))
    large = _peak_while_reading(_list(tmp_path / "large.csv", 40_000))  # 8× the rows
    # Holding the text would cost ≈80 bytes a row, the records ≈1 KB; what may grow is one
    # duplicate key per row (≈100 bytes). The rest is a chunk of the file, whatever its size.
    assert (large - small) / 35_000 < 150


def test_progress_is_told_for_every_phase_up_to_the_end(tmp_path: Path, store: Store) -> None:
    path = _list(tmp_path / "liste.csv", 5_000)
    steps: list[ImportProgress] = []
    plan = read_companies(path, steps.append)
    summary = apply_import(store, plan, progress=steps.append)
    assert summary.new == 5_000
    phases = [s.phase for s in steps]
    assert phases == sorted(phases, key=["read", "check", "write"].index)
    for phase in ("read", "check", "write"):
        mine = [s for s in steps if s.phase == phase]
        assert mine[-1].fraction == 1.0
        assert [s.done_bytes for s in mine] == sorted(s.done_bytes for s in mine)
    assert [s.rows for s in steps if s.phase == "check"][-1] == 5_000
    assert [s.rows for s in steps if s.phase == "write"][-1] == 5_000


def test_what_is_written_is_what_was_checked(tmp_path: Path, store: Store) -> None:
    path = _list(tmp_path / "liste.csv", 3)
    plan = read_companies(path)
    path.write_text("navn;telefon\r\nNoget helt andet;12\r\n", encoding="utf-8")
    assert apply_import(store, plan).new == 3
    names = sorted(row.name for row in Services.of(store).companies.company_rows(""))
    assert names == ["Firma 0 ApS", "Firma 1 ApS", "Firma 2 ApS"]


def test_a_rejected_import_leaves_the_database_file_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store.open(db) as opened:
        apply_import(opened, read_companies(_list(tmp_path / "a.csv", 10)))
    before = db.read_bytes()
    bad = _list(tmp_path / "b.csv", 10_000, first=100)
    with bad.open("a", encoding="utf-8") as file:
        file.write("Uden telefon ApS;;;;;;\r\n")
    code = subprocess.run(
        [sys.executable, "-m", "canvass", "import", str(bad), "--db", str(db)],
        capture_output=True, env=_env(tmp_path), timeout=120,
    ).returncode  # fmt: skip
    assert code == 1
    assert db.read_bytes() == before


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CONFIG_KEYS.values()}
    return env | {"CANVASS_CONFIG": str(tmp_path / "config.toml")}


def test_an_import_killed_while_writing_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store.open(db) as opened:
        apply_import(opened, read_companies(_list(tmp_path / "a.csv", 10)))
    path = _list(tmp_path / "big.csv", 60_000, first=100)  # indexes deferred (bulk_load)
    schema = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
    with Store.open(db) as opened, opened.engine.connect() as conn:
        before = conn.exec_driver_sql(schema).all()
    wal = Path(f"{db}-wal")
    start = wal.stat().st_size if wal.exists() else 0
    child = subprocess.Popen(
        [sys.executable, "-m", "canvass", "import", str(path), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(tmp_path),
    )  # fmt: skip
    deadline = time.monotonic() + 120
    # The write transaction has begun once the log grows (pages spill before the commit).
    while time.monotonic() < deadline and child.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 2_000_000:
            break
        time.sleep(0.005)
    assert child.poll() is None, "the import ended before it could be killed"
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    with Store.open(db) as opened:
        assert Services.of(opened).companies.count_companies() == 10
        with opened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            # The paused trigger and the dropped indexes are back, the search index whole.
            assert conn.exec_driver_sql(schema).all() == before
            fts = "INSERT INTO company_search(company_search) VALUES ('integrity-check')"
            conn.exec_driver_sql(fts)
        assert Services.of(opened).companies.count_companies("firma") == 10


def test_the_derived_call_state_stays_right_through_an_import(tmp_path: Path, store: Store) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import text

    from canvass.store.call_state import COLUMNS, refresh_call_state
    from canvass.store.models import Call, Callback, Consultant

    apply_import(store, read_companies(_list(tmp_path / "a.csv", 3)))
    with store.session() as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.flush()
        at = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        session.add(Call(company_id=1, consultant_id=1, script_id="s", started_at=at))
        session.add(Callback(company_id=1, consultant_id=1, due_at=at, created_at=at))
    apply_import(store, read_companies(_list(tmp_path / "b.csv", 5)))  # 3 again, 2 new
    query = text(f"SELECT id, {', '.join(COLUMNS)} FROM company ORDER BY id")
    with store.engine.connect() as conn:
        kept = [tuple(row) for row in conn.execute(query)]
    with store.engine.begin() as conn:
        refresh_call_state(conn)
        recomputed = [tuple(row) for row in conn.execute(query)]
    assert kept == recomputed and len(kept) == 5
    assert kept[0][1] is not None and kept[0][3] is not None  # the callback and the call
    assert all(
        row[1:] in ((None,) * 5 + (False, None, None), (None,) * 5 + (0, None, None))
        for row in kept[3:]
    )
