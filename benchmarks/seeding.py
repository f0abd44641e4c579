"""Data the benchmarks make for themselves: company lists as CSV, seeded databases.

Everything is fictional and reproducible (a seeded ``random.Random``). Run alone to write a
CSV file: ``.venv/bin/python benchmarks/seeding.py OUT.csv --rows 1000000``.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import SQLModel

sys.path.insert(0, str(Path(__file__).parent))
from bench_company_rows import NOW, seed

from canvass.domain.cvr import is_valid_cvr
from canvass.domain.outcomes import Outcome
from canvass.store import Store
from canvass.store.call_state import refresh_call_state
from canvass.store.demo_data import FIRST_NAMES, PLACES, SURNAMES, TRADES
from canvass.transfer.bulk import insert_rows

#: The headings of a CVR-register export as a consultant saves it from Excel.
CSV_HEADER = ["CVR-nr", "Firmanavn", "Adresse", "Postnr", "By", "Telefon", "Branche",
              "Ansatte", "Reklamebeskyttelse", "Kontaktperson", "E-mail"]  # fmt: skip


def unique_cvrs(count: int, rng: random.Random) -> list[str]:
    """``count`` different valid CVR numbers (modulus 11), in random order."""
    found: set[str] = set()
    while len(found) < count:
        # Every eleventh number in a row of ten has a valid check digit: draw the first
        # seven digits, then take the one last digit that makes the sum a multiple of 11.
        base = rng.randint(1_000_000, 9_999_999)
        for last in range(10):
            candidate = f"{base}{last}"
            if is_valid_cvr(candidate):
                found.add(candidate)
                break
    cvrs = sorted(found)
    rng.shuffle(cvrs)
    return cvrs


def write_company_csv(path: Path, rows: int, seed: int = 1, changed: float = 0.0) -> int:
    """Write a company list of ``rows`` rows the way Danish Excel saves one (``;``, UTF-8
    with BOM, CRLF); returns its size in bytes.

    The same ``seed`` gives the same companies; ``changed`` is the share of rows whose
    employee count differs (a re-import that updates a tenth of them).
    """
    rng = random.Random(seed)
    cvrs = unique_cvrs(rows, rng)
    change = random.Random(seed + 1)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for i, cvr in enumerate(cvrs):
            surname, trade = rng.choice(SURNAMES), rng.choice(TRADES)
            zip_code, city, _weight = rng.choice(PLACES)
            low, high = trade.employees
            employees = rng.randint(low, high) + (1 if change.random() < changed else 0)
            phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " + (
                f"{rng.randint(10, 99)}"
            )
            writer.writerow([
                cvr, f"{surname}s {trade.word} {i} ApS", f"{surname}vej {rng.randint(1, 200)}",
                zip_code, city, phone, trade.industry, str(employees),
                rng.choice(["", "", "ja"]),
                f"{rng.choice(FIRST_NAMES)} {surname}", f"kontakt{i}@example.dk",
            ])  # fmt: skip
    return path.stat().st_size


def seed_database(url: str, companies: int, calls: int, rng: random.Random) -> None:
    """Fill the empty database at ``url``: ``companies`` companies (with callbacks and
    meetings for some, as ``bench_company_rows.seed`` makes them), calls with outcomes up
    to ``calls`` in all, the derived call state, then ANALYZE."""
    start = time.perf_counter()
    store = Store.open(url)
    try:
        seed(store, companies, rng)
        _more_calls(store, calls, companies, rng)
        with store.engine.begin() as conn:
            refresh_call_state(conn)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    finally:
        store.close()
    print(f"seeded {url} in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def _more_calls(store: Store, wanted: int, companies: int, rng: random.Random) -> None:
    """Calls (nine in ten with an outcome) on random companies until ``wanted``."""
    tables = SQLModel.metadata.tables
    outcomes = list(Outcome)
    with store.engine.begin() as conn:
        have = int(conn.execute(text("SELECT count(*) FROM call")).scalar_one())
        next_id = int(conn.execute(text("SELECT coalesce(max(id), 0) FROM call")).scalar_one())
        consultant = int(conn.execute(text("SELECT min(id) FROM consultant")).scalar_one())
        while have < wanted:
            batch = min(50_000, wanted - have)
            calls, results = [], []
            for _ in range(batch):
                next_id += 1
                started = NOW - timedelta(minutes=rng.randint(1, 60 * 24 * 365))
                calls.append({
                    "id": next_id, "company_id": rng.randint(1, companies),
                    "consultant_id": consultant, "script_id": "rekruttering-besoeg",
                    "script_version": 1, "script_hash": "b", "started_at": started,
                    "ended_at": started + timedelta(minutes=4), "notes": "",
                })  # fmt: skip
                if rng.random() < 0.9:
                    outcome = rng.choice(outcomes)
                    results.append({
                        "call_id": next_id, "outcome": outcome.value,
                        "reached": outcome.reached, "decided_at": started, "comment": "",
                    })  # fmt: skip
            insert_rows(conn, tables["call"], calls)
            insert_rows(conn, tables["call_outcome"], results)
            have += batch
        if conn.dialect.name == "postgresql":  # ids were given: move the sequence on
            conn.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('call', 'id'), (SELECT max(id) FROM call))"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--changed", type=float, default=0.0)
    args = parser.parse_args()
    size = write_company_csv(args.out, args.rows, args.seed, args.changed)
    print(f"{args.rows:,} rows, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
