"""Time ``read_companies`` + ``apply_import`` on a 100,000-row Danish CSV file.

Run: ``.venv/bin/python benchmarks/bench_import.py [--rows N]``.
Writes the file the way Danish Excel does (``;``, UTF-8 with BOM, CRLF, valid CVRs) in
a temporary folder, imports it into a new database, then imports it again with a tenth
of the rows changed. Prints the times; nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from canvass.domain.cvr import random_cvr
from canvass.store import Store
from canvass.store.demo_data import PLACES, SURNAMES, TRADES
from canvass.transfer import apply_import, read_companies

HEADER = ["Firmanavn", "CVR-nr", "Telefon", "Adresse", "Postnr", "By", "Branche", "Ansatte",
          "Kontaktperson", "E-mail", "Reklamebeskyttet"]  # fmt: skip


def write_csv(path: Path, rows: int, rng: random.Random, changed: float = 0.0) -> None:
    """A company list; ``changed`` is the share of rows whose employee count differs."""
    cvrs: set[str] = set()
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(rows):
            cvr = random_cvr(rng)
            while cvr in cvrs:
                cvr = random_cvr(rng)
            cvrs.add(cvr)
            surname, trade = rng.choice(SURNAMES), rng.choice(TRADES)
            zip_code, city, _weight = rng.choice(PLACES)
            employees = rng.randint(1, 300) + (1 if rng.random() < changed else 0)
            writer.writerow([
                f"{surname}s {trade.word} {i} ApS", cvr,
                f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                f"{surname}vej {rng.randint(1, 200)}", zip_code, city, trade.industry,
                str(employees), f"{rng.choice(['Anne', 'Bo', 'Mette'])} {surname}",
                f"kontakt{i}@example.dk", rng.choice(["", "x"]),
            ])  # fmt: skip


def timed_import(store: Store, path: Path, label: str) -> None:
    start = time.perf_counter()
    plan = read_companies(path)
    read = time.perf_counter() - start
    assert plan.ok, plan.problems[:5]
    start = time.perf_counter()
    summary = apply_import(store, plan, "Benchmark")
    write = time.perf_counter() - start
    print(
        f"{label:<10} read {read:5.1f} s  apply {write:5.1f} s  total {read + write:5.1f} s  "
        f"({summary.new:,} new, {summary.updated:,} updated, {summary.unchanged:,} unchanged)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        first, second = Path(folder) / "liste.csv", Path(folder) / "liste2.csv"
        write_csv(first, args.rows, random.Random(1))
        write_csv(second, args.rows, random.Random(1), changed=0.1)
        print(f"{args.rows:,} rows, {first.stat().st_size / 1e6:.1f} MB")
        store = Store.open(Path(folder) / "bench.db")
        timed_import(store, first, "import")
        timed_import(store, second, "re-import")
        timed_import(store, second, "again")
        store.close()


if __name__ == "__main__":
    main()
