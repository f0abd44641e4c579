"""A fixed, seeded database for comparing the prioritised order old against new.

:func:`seed_priority_database` fills an empty store with ``companies`` companies (10,000 in
the equivalence test) and everything the order and the skip rules read: calls with and
without an outcome (reached or not, a few after the ``now`` being asked about), open and
done callbacks of several consultants (overdue, due today, later; several per company;
some exactly at the boundaries), meetings (booked past and future, held, cancelled),
skip overrides of both kinds (before and after the last reached call), key accounts,
segments in mixed case, do-not-call, reklamebeskyttet, claims and three named lists.

Rows are bulk-inserted with SQLAlchemy Core (fast on both backends); the derived columns
the ORM keeps (``search_key``, ``sort_name``) are computed here the same way, and the
derived call state (``next_callback_at`` …) by ``refresh_call_state`` at the end.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import SQLModel

from canvass.domain.outcomes import Outcome
from canvass.store import Store
from canvass.store.call_state import refresh_call_state
from canvass.store.demo_data import PLACES, SURNAMES, TRADES
from canvass.store.models import Company, company_search_key, danish_sort_key

#: Monday 23 November 2026, 10:00 in Copenhagen (the Danish day ends at 23:00 UTC).
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
CONSULTANTS = (("AB", "Anne Bech"), ("MK", "Mads Kristensen"), ("PL", "Pia Lund"))
#: Segment spellings: the script's segments match any case (and a few are unknown).
_SEGMENTS = ("byggeri", "Byggeri", "industri", "handel", "HANDEL", "transport og logistik")
#: Names that sort by the Danish letters, and names shared by several companies.
_ODD_NAMES = ("Åbo Auto", "Ørsted El", "Æble Bageri", "aalborg Byg", "Yrsa VVS", "Øst Transport")


@dataclass(frozen=True)
class PriorityData:
    """What the seeded database holds that the queries refer to."""

    companies: int
    big_list: int  # about 30 % of the companies
    small_list: int  # 300 companies
    empty_list: int


def _boundary_times() -> list[datetime]:
    """Moments right at the edges the rules compare against (for the ``now``s tested)."""
    marks = [NOW, NOW + timedelta(hours=14), NOW + timedelta(hours=14) - timedelta(seconds=1)]
    out: list[datetime] = []
    for mark in marks:
        out += [mark, mark - timedelta(days=14), mark - timedelta(days=30)]
    return out


def seed_priority_database(store: Store, companies: int = 10_000, seed: int = 10) -> PriorityData:
    """Fill an empty ``store``; the same ``seed`` always gives the same database."""
    rng = random.Random(seed)
    t = SQLModel.metadata.tables
    edges = _boundary_times()

    def moment(low_hours: int, high_hours: int) -> datetime:
        if rng.random() < 0.05:
            return rng.choice(edges)
        return NOW + timedelta(minutes=rng.randint(low_hours * 60, high_hours * 60))

    with store.engine.begin() as conn:
        conn.execute(
            insert(t["consultant"]),
            [{"initials": i, "name": n, "created_at": NOW} for i, n in CONSULTANTS],
        )
        rows = []
        for i in range(companies):
            trade = rng.choice(TRADES)
            if rng.random() < 0.02:
                name = rng.choice(_ODD_NAMES)
            elif rng.random() < 0.03:
                name = f"{rng.choice(SURNAMES)}s {trade.word} ApS"  # shared: ties on sort_name
            else:
                name = f"{rng.choice(SURNAMES)}s {trade.word} {i} ApS"
            claimed = rng.random() < 0.02
            company = Company(
                name=name,
                cvr=f"{10_000_000 + i}",
                phone=f"{20_000_000 + rng.randint(0, 79_999_999)}",
                zip=(place := rng.choice(PLACES))[0],
                city=place[1],
                industry=trade.industry,
                segment=rng.choice(_SEGMENTS) if rng.random() < 0.9 else None,
                employees=rng.randint(1, 300),
                key_account=rng.random() < 0.04,
                ad_protected=rng.random() < 0.10,
                do_not_call=rng.random() < 0.02,
                claimed_by=rng.randint(1, 3) if claimed else None,
                claimed_at=moment(-3, 0) if claimed else None,
                created_at=NOW,
                updated_at=NOW,
            )
            row = company.model_dump(exclude={"id"})
            row |= {
                "search_key": company_search_key(company),
                "sort_name": danish_sort_key(company.name),
            }
            rows.append(row)
        conn.execute(insert(t["company"]), rows)

        calls: list[dict[str, object]] = []
        outcomes: list[dict[str, object]] = []
        callbacks: list[dict[str, object]] = []
        meetings: list[dict[str, object]] = []
        overrides: list[dict[str, object]] = []
        kinds = list(Outcome)
        for company_id in range(1, companies + 1):
            if rng.random() < 0.6:
                for _ in range(rng.randint(1, 6)):
                    started = moment(-24 * 60, 20)
                    calls.append({
                        "company_id": company_id, "consultant_id": rng.randint(1, 3),
                        "script_id": "s", "script_version": 1, "script_hash": "",
                        "started_at": started, "ended_at": started, "notes": "",
                    })  # fmt: skip
                    if rng.random() < 0.9:
                        outcome = rng.choice(kinds)
                        outcomes.append({
                            "call_id": len(calls), "outcome": outcome.value,
                            "reached": outcome.reached, "decided_at": started, "comment": "",
                        })  # fmt: skip
            if rng.random() < 0.25:
                for _ in range(rng.randint(1, 3)):
                    done = rng.random() < 0.3
                    callbacks.append({
                        "company_id": company_id, "consultant_id": rng.randint(1, 3),
                        "due_at": moment(-10 * 24, 10 * 24), "reason": "", "created_at": NOW,
                        "done_at": NOW - timedelta(hours=1) if done else None, "attempts": 0,
                    })  # fmt: skip
            if rng.random() < 0.08:
                for _ in range(rng.randint(1, 2)):
                    status = rng.choice(("booked", "booked", "held", "cancelled"))
                    meetings.append({
                        "company_id": company_id, "consultant_id": rng.randint(1, 3),
                        "starts_at": moment(-30 * 24, 30 * 24), "duration_min": 60,
                        "location_kind": "company", "location": "", "attendees": "",
                        "purpose": "", "status": status, "result_note": "",
                        "created_at": NOW, "uid": f"m{len(meetings)}@test", "sequence": 0,
                        "updated_at": NOW,
                    })  # fmt: skip
            if calls and calls[-1]["company_id"] == company_id and rng.random() < 0.05:
                overrides.append({  # exactly at a call: "until the next reached call"
                    "company_id": company_id, "consultant_id": 1, "kind": "recent",
                    "reason": "samtidig", "created_at": calls[-1]["started_at"],
                })  # fmt: skip
            if rng.random() < 0.06:
                kind = rng.choice(("ad_protected", "recent", "recent"))
                overrides.append({
                    "company_id": company_id, "consultant_id": rng.randint(1, 3),
                    "kind": kind, "reason": "fordi", "created_at": moment(-20 * 24, 14),
                })  # fmt: skip
        conn.execute(insert(t["call"]), calls)
        conn.execute(insert(t["call_outcome"]), outcomes)
        conn.execute(insert(t["callback"]), callbacks)
        conn.execute(insert(t["meeting"]), meetings)
        conn.execute(insert(t["skip_override"]), overrides)

        made = []
        for name in ("Stor liste", "Lille liste", "Tom liste"):
            made.append(
                conn.execute(
                    insert(t["call_list"]).values(name=name, script_id=None, created_at=NOW)
                ).inserted_primary_key[0]
            )
        ids = list(range(1, companies + 1))
        big = [i for i in ids if rng.random() < 0.3]
        small = rng.sample(ids, min(300, companies))
        conn.execute(
            insert(t["call_list_member"]),
            [{"list_id": made[0], "company_id": i} for i in big]
            + [{"list_id": made[1], "company_id": i} for i in small],
        )
        refresh_call_state(conn)  # the derived call state, as the store keeps it
    return PriorityData(companies, int(made[0]), int(made[1]), int(made[2]))
