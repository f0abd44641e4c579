"""Call lists: the prioritised order, every skipping rule, overrides, lists and scripts."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from canvass.services import Services
from canvass.store import Store
from canvass.store.models import (
    Call,
    Callback,
    CallListMember,
    CallOutcome,
    Company,
    Consultant,
    Meeting,
    SkipOverride,
)

# Monday 23 November 2026, 10:00 in Copenhagen; the Danish day ends at 23:00 UTC.
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
AB, MK = 1, 2


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        with opened.session() as session:
            session.add(Consultant(initials="AB", name="Anne Bech"))
            session.add(Consultant(initials="MK", name="Mads Kristensen"))
        yield opened


def add(store: Store, name: str, **fields: Any) -> int:
    with store.session() as session:
        company = Company(name=name, **fields)
        session.add(company)
        session.flush()
        assert company.id is not None
        return company.id


def call(store: Store, company_id: int, at: datetime, reached: bool = True) -> None:
    """A finished call; only a reached one makes the company "called recently"."""
    with store.session() as session:
        row = Call(
            company_id=company_id, consultant_id=AB, script_id="s", started_at=at, ended_at=at
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        outcome = "not_interested" if reached else "no_answer"
        session.add(CallOutcome(call_id=row.id, outcome=outcome, reached=reached, decided_at=at))


def callback(store: Store, company_id: int, due: datetime, done: datetime | None = None) -> None:
    with store.session() as session:
        session.add(Callback(company_id=company_id, consultant_id=AB, due_at=due, done_at=done))


def meeting(store: Store, company_id: int, starts: datetime, status: str = "booked") -> None:
    with store.session() as session:
        session.add(
            Meeting(company_id=company_id, consultant_id=AB, starts_at=starts, status=status)
        )


def rows(store: Store, **changes: Any) -> list[tuple[str, str, str | None]]:
    args: dict[str, Any] = {
        "list_id": None,
        "now": NOW,
        "consultant_id": AB,
        "recent_days": 14,
        "segments": ("byggeri",),
    }
    args.update(changes)
    return [
        (r.name, r.priority, r.skip_reason)
        for r in Services.of(store).lists.prioritised_rows(**args)
    ]


def names(store: Store, **changes: Any) -> list[str]:
    return [name for name, _, _ in rows(store, **changes)]


def test_order_overdue_due_key_accounts_new_in_segment_rest(store: Store) -> None:
    rest_old = add(store, "Anker ApS", segment="byggeri")
    call(store, rest_old, NOW - timedelta(days=40))
    add(store, "Bager Bent", segment="handel")  # never called, other segment: rest
    add(store, "Cement A/S", segment="Byggeri")  # never called, in segment (any case)
    add(store, "Dæk Key", key_account=True)
    add(store, "Alfa Key", key_account=True)
    due_late = add(store, "Eg Due 15")
    callback(store, due_late, NOW + timedelta(hours=6))
    due_early = add(store, "Fyr Due 11")
    callback(store, due_early, NOW + timedelta(hours=2))
    overdue_new = add(store, "Gran Overdue", key_account=True)
    callback(store, overdue_new, NOW - timedelta(hours=1))
    overdue_old = add(store, "Hvid Overdue")
    callback(store, overdue_old, NOW - timedelta(days=3))
    tomorrow = add(store, "Ask Tomorrow")  # a callback tomorrow is not due: rest
    callback(store, tomorrow, NOW + timedelta(days=1))
    settled = add(store, "Birk Done")
    callback(store, settled, NOW - timedelta(days=1), done=NOW - timedelta(hours=5))

    assert rows(store) == [
        ("Hvid Overdue", "overdue", None),
        ("Gran Overdue", "overdue", None),
        ("Fyr Due 11", "due", None),
        ("Eg Due 15", "due", None),
        ("Alfa Key", "key_account", None),
        ("Dæk Key", "key_account", None),
        ("Cement A/S", "new_in_segment", None),
        ("Anker ApS", "rest", None),
        ("Ask Tomorrow", "rest", None),
        ("Bager Bent", "rest", None),
        ("Birk Done", "rest", None),
    ]


def test_without_segments_nobody_is_new_in_segment(store: Store) -> None:
    add(store, "Cement A/S", segment="byggeri")
    assert rows(store, segments=()) == [("Cement A/S", "rest", None)]


def test_danish_order_within_a_group(store: Store) -> None:
    for name in ("Åbo", "Yrsa", "Ørsted", "æble"):
        add(store, name)
    assert names(store) == ["Yrsa", "æble", "Ørsted", "Åbo"]


def test_every_skipping_rule_and_its_precedence(store: Store) -> None:
    add(store, "Fri")
    add(store, "Ring Ikke", do_not_call=True, ad_protected=True)
    add(store, "Beskyttet", ad_protected=True)
    booked = add(store, "Møde Senere")
    meeting(store, booked, NOW + timedelta(days=2))
    held = add(store, "Møde Holdt")  # a past or cancelled meeting does not skip
    meeting(store, held, NOW - timedelta(days=2))
    cancelled = add(store, "Møde Aflyst")
    meeting(store, cancelled, NOW + timedelta(days=2), status="cancelled")
    recent = add(store, "Ringet Nyligt")
    call(store, recent, NOW - timedelta(days=13))
    older = add(store, "Ringet For Længe Siden")
    call(store, older, NOW - timedelta(days=15))

    assert rows(store, by_name=True, include_skipped=True) == [
        ("Beskyttet", "rest", "ad_protected"),
        ("Fri", "rest", None),
        ("Møde Aflyst", "rest", None),
        ("Møde Holdt", "rest", None),
        ("Møde Senere", "rest", "meeting"),
        ("Ring Ikke", "rest", "do_not_call"),
        ("Ringet For Længe Siden", "rest", None),
        ("Ringet Nyligt", "rest", "recent"),
    ]
    assert names(store) == ["Fri", "Møde Aflyst", "Møde Holdt", "Ringet For Længe Siden"]
    counts = Services.of(store).lists.count_prioritised(list_id=None, now=NOW, recent_days=14)
    assert (counts.listed, counts.skipped) == (4, 4)
    # Shown with `v`, the skipped ones come after the listed ones.
    shown = names(store, include_skipped=True)
    assert shown[:4] == names(store) and len(shown) == 8
    # N is configurable: with 20 days the older call is recent too; with 0 nobody is.
    assert "Ringet For Længe Siden" not in names(store, recent_days=20)
    assert "Ringet Nyligt" in names(store, recent_days=0)


def test_a_due_callback_is_never_skipped_for_a_recent_call(store: Store) -> None:
    overdue = add(store, "Forfalden")
    call(store, overdue, NOW - timedelta(days=2))
    callback(store, overdue, NOW - timedelta(hours=1))
    today = add(store, "I Dag")
    call(store, today, NOW - timedelta(days=1))
    callback(store, today, NOW + timedelta(hours=3))
    later = add(store, "Næste Uge")
    call(store, later, NOW - timedelta(days=1))
    callback(store, later, NOW + timedelta(days=7))
    protected = add(store, "Beskyttet Med Tilbagekald", ad_protected=True)
    callback(store, protected, NOW - timedelta(hours=2))

    assert rows(store, include_skipped=True) == [
        ("Forfalden", "overdue", None),
        ("I Dag", "due", None),
        ("Beskyttet Med Tilbagekald", "overdue", "ad_protected"),
        ("Næste Uge", "rest", "recent"),
    ]


def test_override_lifts_ad_protection_for_good_and_a_recent_call_until_the_next(
    store: Store,
) -> None:
    protected = add(store, "Beskyttet", ad_protected=True)
    recent = add(store, "Ringet", segment="byggeri")
    call(store, recent, NOW - timedelta(days=3))
    assert names(store) == []

    Services.of(store).lists.override_skip(
        protected, AB, "ad_protected", "  Bad selv om opkald  ", NOW
    )
    Services.of(store).lists.override_skip(recent, MK, "recent", "Lovede svar i dag", NOW)
    assert rows(store) == [("Beskyttet", "rest", None), ("Ringet", "rest", None)]
    with store.session() as session:
        stored = session.exec(select(SkipOverride).order_by(col(SkipOverride.id))).all()
    assert [(o.company_id, o.consultant_id, o.kind, o.reason) for o in stored] == [
        (protected, AB, "ad_protected", "Bad selv om opkald"),
        (recent, MK, "recent", "Lovede svar i dag"),
    ]
    # The call made after the override is recent again; the protection stays lifted.
    call(store, recent, NOW + timedelta(minutes=5))
    call(store, protected, NOW + timedelta(minutes=5))
    later = NOW + timedelta(hours=1)
    assert rows(store, now=later, include_skipped=True) == [
        ("Beskyttet", "rest", "recent"),
        ("Ringet", "rest", "recent"),
    ]


def test_override_needs_a_reason_and_an_overridable_rule(store: Store) -> None:
    company = add(store, "Beskyttet", ad_protected=True)
    with pytest.raises(ValueError):
        Services.of(store).lists.override_skip(company, AB, "ad_protected", "   ", NOW)
    for kind in ("do_not_call", "meeting", "nonsense"):
        with pytest.raises(ValueError):
            Services.of(store).lists.override_skip(company, AB, kind, "fordi", NOW)
    # The database refuses an empty reason too.
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(SkipOverride(company_id=company, consultant_id=AB, kind="recent", reason=""))


def test_claims_by_others_are_marked_own_and_expired_are_not(store: Store) -> None:
    add(store, "Mads Ringer", claimed_by=MK, claimed_at=NOW - timedelta(minutes=5))
    add(store, "Jeg Ringer", claimed_by=AB, claimed_at=NOW - timedelta(minutes=5))
    add(store, "Gammel Claim", claimed_by=MK, claimed_at=NOW - timedelta(hours=2))
    found = {
        r.name: r.claimed_by
        for r in Services.of(store).lists.prioritised_rows(
            list_id=None, now=NOW, consultant_id=AB, recent_days=14
        )
    }
    assert found == {"Mads Ringer": "MK", "Jeg Ringer": None, "Gammel Claim": None}


def test_lists_members_scripts_search_and_paging(store: Store) -> None:
    campaign = Services.of(store).lists.create_call_list(
        "  Rekruttering   Q1 ", "rekruttering-besoeg"
    )
    other = Services.of(store).lists.create_call_list("Fleksjob")
    ids = [add(store, f"Firma {i:02d}", city="Vejle" if i % 2 else "Kolding") for i in range(10)]
    with store.session() as session:
        for company_id in ids[:6]:
            session.add(CallListMember(list_id=campaign, company_id=company_id))
    Services.of(store).lists.set_list_script(other, "fleksjob")
    assert [(i.name, i.script_id, i.members) for i in Services.of(store).lists.call_lists()] == [
        ("Fleksjob", "fleksjob", 0),
        ("Rekruttering Q1", "rekruttering-besoeg", 6),
    ]
    assert names(store, list_id=campaign) == [f"Firma {i:02d}" for i in range(6)]
    assert names(store, list_id=other) == []
    assert names(store, list_id=campaign, search="vejle") == ["Firma 01", "Firma 03", "Firma 05"]
    assert names(store, offset=8, limit=5) == ["Firma 08", "Firma 09"]
    counts = Services.of(store).lists.count_prioritised(
        list_id=campaign, search="kolding", now=NOW, recent_days=14
    )
    assert (counts.listed, counts.skipped) == (3, 0)
    with pytest.raises(ValueError):
        Services.of(store).lists.create_call_list("   ")
    with pytest.raises(LookupError):
        Services.of(store).lists.set_list_script(999, "x")


def test_rows_carry_the_company_list_details(store: Store) -> None:
    company = add(store, "Hansen & Søn ApS", cvr="24256790", phone="75821140", employees=12)
    callback(store, company, NOW + timedelta(hours=1))
    [row] = Services.of(store).lists.prioritised_rows(
        list_id=None, now=NOW, consultant_id=AB, recent_days=14
    )
    [plain] = Services.of(store).companies.company_rows(now=NOW)
    assert row.priority == "due"
    for field in ("id", "name", "cvr", "phone", "employees", "next_callback_at"):
        assert getattr(row, field) == getattr(plain, field)
