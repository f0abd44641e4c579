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
from typing import Any

from sqlalchemy import text
from sqlmodel import SQLModel

sys.path.insert(0, str(Path(__file__).parent))
from bench_company_rows import NOW, seed

from canvass.domain.cvr import is_valid_cvr
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BALA_ORDER, PHASE_ORDER
from canvass.store import Store
from canvass.store.call_facts import refresh_facts
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
            refresh_facts(conn, None)  # the statistics' call facts (revision 0013)
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


#: What the statistics read beyond calls and outcomes (see :func:`add_statistics_data`).
STATS_CONSULTANTS = 10


def add_statistics_data(url: str) -> None:
    """Give a copy of the seeded database what the statistics read (``bench_stats``): ten
    consultants sharing the calls (five in team Nord, five in Syd), three script versions,
    goals, call events on the reached calls (the phases entered, BALA steps with some
    undone, objections with answers), A/B variants shown (an opening line on every call,
    an answer's with every objection), ``current_phase`` to match, buddy pairs, shared
    reviews and commitments; then ANALYZE.

    All in SQL from each call's id (reproducible, no Python loop over the calls); the
    shared seeded database the other benchmarks read is never changed by this.
    """
    start = time.perf_counter()
    store = Store.open(url)
    try:
        with store.engine.begin() as conn:
            _statistics_rows(conn)
            refresh_facts(conn, None)  # written in bulk: the call facts from scratch
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    finally:
        store.close()
    print(f"statistics data added to {url} in {time.perf_counter() - start:.0f} s",
          file=sys.stderr)  # fmt: skip


#: A call's reproducible pseudo-random number (0..1000002) from its id, in SQL.
_H = "((c.id * 2654435761) % 1000003)"
_REACHED = "FROM call c JOIN call_outcome o ON o.call_id = c.id WHERE o.reached = :yes"


def _event_selects() -> list[str]:
    """One SELECT per kind of event the statistics read, on the reached calls: the phases
    entered (h % 5 after the opening), BALA steps ((h / 5) % 5, every eleventh call with a
    step took its last one back) and, on every fourth call, one of 25 objections answered
    with one of three answers."""
    head = "SELECT c.id AS call_id, c.started_at AS at, "
    selects = [
        f"{head}'phase_entered', '{phase.value}', NULL, NULL, NULL {_REACHED} "
        f"AND {_H} % 5 >= {depth}"
        for depth, phase in enumerate(PHASE_ORDER)
    ]
    selects += [
        f"{head}'bala_reached', 'analyse', '{step.value}', NULL, NULL {_REACHED} "
        f"AND ({_H} / 5) % 5 >= {level}"
        for level, step in enumerate(BALA_ORDER, start=1)
    ]
    selects.append(
        f"{head}'bala_undone', 'analyse', 'behov', NULL, NULL {_REACHED} "
        f"AND ({_H} / 5) % 5 >= 1 AND c.id % 11 = 0"
    )
    selects.append(
        f"{head}'objection', 'indvendinger', NULL, 'indvending-' || ({_H} / 300 % 25), "
        f"'svar-' || ({_H} / 100 % 3) {_REACHED} AND {_H} / 25 % 4 = 0"
    )
    return selects


def add_variant_events(conn: Any) -> None:
    """A/B variants shown: the opening line "hilsen" (a or b) on every call, and with every
    objection its answer's variant (kort or lang) — about 1.15 events per call."""
    conn.execute(
        text(
            "INSERT INTO call_event (call_id, at, kind, phase, objection_id, answer_id, detail) "
            "SELECT * FROM (SELECT c.id, c.started_at, 'variant_shown', 'aabning', NULL, NULL, "
            f"'hilsen:' || CASE {_H} % 2 WHEN 0 THEN 'a' ELSE 'b' END FROM call c UNION ALL "
            "SELECT e.call_id, e.at, 'variant_shown', e.phase, e.objection_id, e.answer_id, "
            "e.answer_id || ':' || CASE e.call_id % 2 WHEN 0 THEN 'kort' ELSE 'lang' END "
            "FROM call_event e WHERE e.kind = 'objection') v ORDER BY 1"
        )
    )


def _statistics_rows(conn: Any) -> None:
    first = int(conn.execute(text("SELECT min(id) FROM consultant")).scalar_one())
    ids = [first]
    for n in range(1, STATS_CONSULTANTS):
        conn.execute(
            text(
                "INSERT INTO consultant (initials, name, role, created_at) "
                "VALUES (:i, :n, 'consultant', :at)"
            ),
            {"i": f"K{n:02d}", "n": f"Konsulent {n}", "at": NOW},
        )
        ids.append(int(conn.execute(text("SELECT max(id) FROM consultant")).scalar_one()))
    for team, members in (("Nord", ids[: len(ids) // 2]), ("Syd", ids[len(ids) // 2 :])):
        conn.execute(
            text(f"UPDATE consultant SET team = :t WHERE id IN ({', '.join(map(str, members))})"),
            {"t": team},
        )
    who = " ".join(f"WHEN {n} THEN {cid}" for n, cid in enumerate(ids))
    phases = " ".join(f"WHEN {n} THEN '{phase.value}'" for n, phase in enumerate(PHASE_ORDER))
    conn.execute(
        text(
            f"UPDATE call SET consultant_id = CASE id % {len(ids)} {who} END, "
            "script_version = 1 + id % 3, "
            "goal = CASE WHEN id % 7 = 0 THEN 'Book et besøg' END, "
            f"current_phase = CASE {_H.replace('c.id', 'id')} % 5 {phases} END"
        )
    )
    # In call order, as a real database holds them (events are written as calls happen).
    conn.execute(
        text(
            "INSERT INTO call_event (call_id, at, kind, phase, bala_step, objection_id, "
            "answer_id, detail) SELECT e.*, '' FROM ("
            + " UNION ALL ".join(_event_selects())
            + ") e ORDER BY 1"
        ),
        {"yes": True},
    )
    add_variant_events(conn)
    for a, b in zip(ids[0::2], ids[1::2], strict=True):
        conn.execute(
            text("INSERT INTO buddy_pair (first_id, second_id, started_at) VALUES (:a, :b, :at)"),
            {"a": a, "b": b, "at": NOW - timedelta(days=365)},
        )
    buddy = " ".join(f"WHEN {cid} THEN {ids[n ^ 1]}" for n, cid in enumerate(ids))
    conn.execute(  # every 199th reached call: a shared review by the buddy
        text(
            "INSERT INTO review (call_id, reviewer_id, caller_id, rubric_id, rubric_version, "
            "answers_json, worked_json, try_next, status, version, created_at, updated_at, "
            f"shared_at) SELECT c.id, CASE c.consultant_id {buddy} END, c.consultant_id, "
            "'samtale', 1, '{}', '[]', '', 'shared', 1, c.started_at, c.started_at, "
            f"c.started_at {_REACHED} AND c.id % 199 = 0"
        ),
        {"yes": True},
    )
    conn.execute(  # and its commitment: open, kept or dropped
        text(
            "INSERT INTO sparring_commitment (review_id, consultant_id, text, status, "
            "created_at) SELECT id, caller_id, 'Spørg efter behov', CASE id % 3 WHEN 0 "
            "THEN 'open' WHEN 1 THEN 'kept' ELSE 'dropped' END, created_at FROM review"
        )
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
