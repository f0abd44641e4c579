"""Callbacks as commitments, resuming one's own open call, live claims, and "recent" meaning
reached — each test fails on the code before these rules."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlmodel

from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import Phase
from canvass.domain.wrapup import build_wrapup
from canvass.services import Services
from canvass.store.models import Call, Callback, Company, Consultant
from canvass.store.store import Store

# Monday 23 November 2026, 10:00 in Copenhagen; the Danish day ends at 23:00 UTC.
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)
AB, SL = 1, 2
COMPANY, OTHER = 1, 2


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "commitments.db") as opened:
        with opened.session() as session:
            session.add(Consultant(initials="AB", name="Anne Bech"))
            session.add(Consultant(initials="SL", name="Søren Lund"))
            session.add(Company(name="Hansen & Søn ApS", phone="75821140"))
            session.add(Company(name="Vejle Tømrer ApS", phone="75820000"))
        yield opened


def _callback(store: Store, consultant_id: int, due: datetime, company_id: int = COMPANY) -> int:
    with store.session() as session:
        row = Callback(company_id=company_id, consultant_id=consultant_id, due_at=due, reason="r")
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def _call(
    store: Store, consultant_id: int, outcome: Outcome, at: datetime, company_id: int = COMPANY
) -> int:
    """A whole call through the store: start, then finish with ``outcome``."""
    _, first = CallSession.begin(at)
    call_id = Services.of(store).calls.start_call(
        company_id=company_id,
        consultant_id=consultant_id,
        script_id="s",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    wrapup = build_wrapup(outcome, {}, now=at, today=TODAY).wrapup
    Services.of(store).calls.finish_call(call_id, wrapup, at + timedelta(minutes=2))
    return call_id


def _get(store: Store, callback_id: int) -> Callback:
    with store.session() as session:
        found = session.get(Callback, callback_id)
        assert found is not None
        return found


# 1. Callbacks are settled only by their owner's reached call -----------------------------


@pytest.mark.parametrize(
    "outcome", [Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL, Outcome.WRONG_NUMBER]
)
def test_a_call_that_reaches_nobody_counts_an_attempt_and_keeps_the_callback_open(
    store: Store, outcome: Outcome
) -> None:
    overdue = _callback(store, AB, NOW - timedelta(hours=1))
    _call(store, AB, outcome, NOW)
    _call(store, AB, outcome, NOW + timedelta(minutes=40))
    found = _get(store, overdue)
    assert found.done_at is None and found.settled_by_call_id is None
    assert found.attempts == 2
    assert found.last_attempt_at == NOW + timedelta(minutes=42)
    # Still open, so still first in the list and on the callbacks screen.
    assert [r.id for r in Services.of(store).followup.callback_rows(consultant_id=AB)] == [overdue]
    assert Services.of(store).followup.callback_rows(consultant_id=AB)[0].attempts == 2


def test_a_reached_call_settles_the_owners_callbacks_due_by_tonight_only(store: Store) -> None:
    overdue = _callback(store, AB, NOW - timedelta(days=2))
    tonight = _callback(store, AB, datetime(2026, 11, 23, 22, 30, tzinfo=UTC))  # 23:30 CPH
    tomorrow = _callback(store, AB, datetime(2026, 11, 23, 23, 0, tzinfo=UTC))  # 00:00 CPH
    next_week = _callback(store, AB, NOW + timedelta(days=7))
    elsewhere = _callback(store, AB, NOW - timedelta(hours=1), company_id=OTHER)
    call_id = _call(store, AB, Outcome.NOT_INTERESTED, NOW)
    for settled in (overdue, tonight):
        found = _get(store, settled)
        assert (found.done_at, found.settled_by_call_id) == (NOW + timedelta(minutes=2), call_id)
    for kept in (tomorrow, next_week, elsewhere):
        found = _get(store, kept)
        assert (found.done_at, found.settled_by_call_id, found.attempts) == (None, None, 0)


def test_a_colleagues_call_never_touches_my_callback(store: Store) -> None:
    mine = _callback(store, AB, NOW - timedelta(hours=1))
    _call(store, SL, Outcome.NO_ANSWER, NOW)
    _call(store, SL, Outcome.NOT_INTERESTED, NOW + timedelta(minutes=10))
    found = _get(store, mine)
    assert (found.done_at, found.attempts, found.last_attempt_at) == (None, 0, None)


def test_a_callback_outcome_settles_the_old_promise_and_keeps_the_new_one(store: Store) -> None:
    old = _callback(store, AB, NOW - timedelta(hours=1))
    _, first = CallSession.begin(NOW)
    call_id = Services.of(store).calls.start_call(
        company_id=COMPANY,
        consultant_id=AB,
        script_id="s",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    fields = {"date": "23/11", "time": "14:00", "reason": "efter frokost"}
    wrapup = build_wrapup(Outcome.CALLBACK, fields, now=NOW, today=TODAY).wrapup
    Services.of(store).calls.finish_call(call_id, wrapup, NOW)
    assert _get(store, old).settled_by_call_id == call_id
    rows = Services.of(store).followup.callback_rows(consultant_id=AB)
    assert [(r.reason, r.done_at) for r in rows] == [("efter frokost", None)]


def test_the_card_shows_colleagues_open_callbacks_not_my_own(store: Store) -> None:
    _callback(store, AB, NOW - timedelta(hours=1))
    due = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    _callback(store, SL, due)
    card = Services.of(store).calls.company_card(COMPANY, consultant_id=AB)
    assert card is not None
    assert [(c.initials, c.due_at, c.reason) for c in card.colleague_callbacks] == [
        ("SL", due, "r")
    ]
    other = Services.of(store).calls.company_card(COMPANY, consultant_id=SL)
    assert other is not None and [c.initials for c in other.colleague_callbacks] == ["AB"]


# 3. One's own unfinished call on a company is found (to resume, not to start anew) --------


def test_open_call_finds_the_consultants_unfinished_call_on_that_company(store: Store) -> None:
    state, first = CallSession.begin(NOW)
    call_id = Services.of(store).calls.start_call(
        company_id=COMPANY,
        consultant_id=AB,
        script_id="s",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    Services.of(store).calls.record_events(
        call_id, state.go_to(Phase.ANALYSE, NOW + timedelta(seconds=30))
    )
    # A later unfinished call elsewhere is the one offered at start ...
    _, other_first = CallSession.begin(NOW + timedelta(minutes=5))
    other_id = Services.of(store).calls.start_call(
        company_id=OTHER,
        consultant_id=AB,
        script_id="s",
        script_version=1,
        script_hash="",
        first_event=other_first,
    )
    found = Services.of(store).calls.open_call(AB)
    assert found is not None and found.call_id == other_id
    # ... but calling the first company again finds the call that is open there.
    here = Services.of(store).calls.open_call(AB, company_id=COMPANY)
    assert here is not None and here.call_id == call_id
    assert CallSession.replay(here.started_at, here.events).phase is Phase.ANALYSE
    assert Services.of(store).calls.open_call(SL, company_id=COMPANY) is None


# 4. Live claims --------------------------------------------------------------------------


def test_live_claims_name_colleagues_and_ignore_own_and_stale(store: Store) -> None:
    with store.session() as session:
        session.add(Company(name="Gammel ApS", claimed_by=SL, claimed_at=NOW - timedelta(hours=1)))
    _, first = CallSession.begin(NOW)
    Services.of(store).calls.start_call(
        company_id=COMPANY,
        consultant_id=SL,
        script_id="s",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    assert Services.of(store).companies.live_claims([COMPANY, OTHER, 3], NOW, AB) == {
        COMPANY: "SL",
        OTHER: None,
        3: None,
    }
    assert Services.of(store).companies.live_claims([COMPANY], NOW, SL) == {COMPANY: None}


# 5. Only a reached call makes a company "called recently" ------------------------------


def _skip(store: Store, company_id: int) -> str | None:
    rows = Services.of(store).lists.prioritised_rows(
        list_id=None, now=NOW + timedelta(hours=1), consultant_id=AB, recent_days=14,
        include_skipped=True,
    )  # fmt: skip
    return next(r.skip_reason for r in rows if r.id == company_id)


def test_only_a_reached_call_starts_the_quiet_period(store: Store) -> None:
    _call(store, AB, Outcome.BUSY, NOW - timedelta(days=1))
    _call(store, AB, Outcome.NO_ANSWER, NOW)
    assert _skip(store, COMPANY) is None
    _call(store, AB, Outcome.NOT_INTERESTED, NOW - timedelta(days=3), company_id=OTHER)
    assert _skip(store, OTHER) == "recent"
    # A miss after a reached call does not lift the quiet period either.
    _call(store, AB, Outcome.VOICEMAIL, NOW + timedelta(minutes=5), company_id=OTHER)
    assert _skip(store, OTHER) == "recent"
    # The row says since when: the reached call, not the later miss.
    rows = Services.of(store).lists.prioritised_rows(
        list_id=None, now=NOW + timedelta(hours=1), consultant_id=AB, recent_days=14,
        include_skipped=True,
    )  # fmt: skip
    other = next(r for r in rows if r.id == OTHER)
    assert other.last_reached_at == NOW - timedelta(days=3)
    assert other.last_contact_at == NOW + timedelta(minutes=5)


def test_a_company_called_but_never_reached_is_no_longer_new_in_segment(store: Store) -> None:
    with store.session() as session:
        company = session.get(Company, COMPANY)
        assert company is not None
        company.segment = "byggeri"
        session.add(company)
        session.add(Company(name="Aldrig Ringet", segment="byggeri"))
    _call(store, AB, Outcome.NO_ANSWER, NOW - timedelta(days=1))
    rows = Services.of(store).lists.prioritised_rows(
        list_id=None, now=NOW, consultant_id=AB, recent_days=14, segments=("byggeri",)
    )
    assert {r.name: r.priority for r in rows if r.segment == "byggeri"} == {
        "Aldrig Ringet": "new_in_segment",
        "Hansen & Søn ApS": "rest",
    }
    with store.session() as session:
        assert len(session.exec(sqlmodel.select(Call)).all()) == 1


def test_live_claims_for_more_companies_than_one_lookup_by_id(store: Store) -> None:
    _, first = CallSession.begin(NOW)
    Services.of(store).calls.start_call(
        company_id=OTHER,
        consultant_id=SL,
        script_id="s",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    many = [COMPANY, OTHER, *range(1000, 2000)]  # a long list paged far down
    claims = Services.of(store).companies.live_claims(many, NOW, AB)
    assert len(claims) == len(many)
    assert claims[OTHER] == "SL" and claims[COMPANY] is None
    assert {key for key, value in claims.items() if value} == {OTHER}
