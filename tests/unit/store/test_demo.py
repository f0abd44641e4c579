"""Demo data: enough, valid, realistic, deterministic, and never added twice."""

from collections import Counter
from dataclasses import astuple
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from canvass.domain.cvr import is_valid_cvr
from canvass.domain.outcomes import Outcome
from canvass.services import Services
from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.store.demo_data import SCRIPT_IDS, VARIANT_SCRIPT
from canvass.store.models import (
    Call,
    Callback,
    CallOutcome,
    Company,
    Consultant,
    Meeting,
    SkipOverride,
)

TODAY = date(2026, 11, 23)  # a Monday
LOCAL = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def demo(store: Store) -> Store:
    assert fill_demo(store, today=TODAY) is not None
    return store


def test_summary_and_second_call(store: Store) -> None:
    summary = fill_demo(store, today=TODAY)
    assert summary is not None
    assert summary.companies >= 150 and summary.consultants >= 3
    assert 250 <= summary.calls <= 350
    assert summary.meetings > 0 and summary.callbacks > 0 and summary.job_orders >= 3
    assert fill_demo(store, today=TODAY) is None
    assert Services.of(store).companies.count_companies() == summary.companies


def test_companies_are_valid(demo: Store) -> None:
    with demo.session() as session:
        companies = session.exec(select(Company)).all()
    assert len(companies) >= 150
    assert all(c.cvr and is_valid_cvr(c.cvr) for c in companies)
    assert len({c.cvr for c in companies}) == len(companies)
    assert len({c.name for c in companies}) == len(companies)
    assert all(c.phone and len(c.phone) == 8 and c.phone[0] in "23456789" for c in companies)
    assert all(c.industry_code and len(c.industry_code) == 8 for c in companies)
    assert 5 <= sum(c.key_account for c in companies) <= 15
    assert 5 <= sum(c.ad_protected for c in companies) <= 12
    assert {c.segment for c in companies} >= {
        "byggeri",
        "industri",
        "handel",
        "transport og logistik",
    }


def test_buddy_pair(demo: Store) -> None:
    ab, mk = (
        Services.of(demo).consultants.consultant("AB"),
        Services.of(demo).consultants.consultant("MK"),
    )
    assert ab and mk and ab.name == "Anne Bech"
    assert ab.buddy_id == mk.id and mk.buddy_id == ab.id


def test_history_is_plausible(demo: Store) -> None:
    now = datetime.combine(TODAY, datetime.min.time(), tzinfo=LOCAL)
    with demo.session() as session:
        calls = session.exec(select(Call)).all()
        outcomes = Counter(o.outcome for o in session.exec(select(CallOutcome)).all())
        meetings = session.exec(select(Meeting)).all()
        callbacks = session.exec(select(Callback)).all()
        initials = {c.id: c.initials for c in session.exec(select(Consultant)).all()}
    assert all(now - timedelta(days=61) <= c.started_at < now for c in calls)
    assert all(c.script_hash == "demo" for c in calls)
    # one script changed during the history (demo_practice): its calls have either version
    varied, before, now_version = VARIANT_SCRIPT
    versions = {c.script_id: {1} for c in calls} | {varied: {before, now_version}}
    assert all(c.script_version in versions[c.script_id] for c in calls)
    assert {c.script_id for c in calls} == set(SCRIPT_IDS)  # every shipped script is used
    assert {initials[c.consultant_id] for c in calls} >= {"AB", "MK", "SL"}
    not_reached = sum(n for o, n in outcomes.items() if not Outcome(o).reached)
    assert 0.2 < not_reached / len(calls) < 0.45
    reached = len(calls) - not_reached
    assert 0.2 < outcomes["meeting"] / reached < 0.5
    for moment in [c.started_at for c in calls] + [m.starts_at for m in meetings]:
        local = moment.astimezone(LOCAL)
        assert local.weekday() < 5 and 8 <= local.hour < 16, local
    assert any(m.status == "booked" and m.starts_at > now for m in meetings)
    assert any(m.status == "held" for m in meetings)
    open_callbacks = [c.due_at.astimezone(LOCAL).date() for c in callbacks if c.done_at is None]
    assert any(d < TODAY for d in open_callbacks)
    assert any(d == TODAY for d in open_callbacks)
    assert any(d > TODAY for d in open_callbacks)


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    rows = Services.of(store).companies.company_rows(
        limit=1000, now=datetime.fromisoformat("2026-11-23T12:00+01:00")
    )
    return [astuple(row) for row in rows]


def test_deterministic(tmp_path: Path) -> None:
    snapshots = []
    for name in ("a.db", "b.db"):
        opened = Store.open(tmp_path / name)
        fill_demo(opened, today=TODAY, seed=3)
        snapshots.append(_snapshot(opened))
        opened.close()
    assert snapshots[0] == snapshots[1]
    other = Store.open(tmp_path / "c.db")
    fill_demo(other, today=TODAY, seed=4)
    assert _snapshot(other) != snapshots[0]
    other.close()


def test_not_filled_when_companies_exist(store: Store) -> None:
    with store.session() as session:
        session.add(Company(name="Egen Virksomhed ApS"))
    assert fill_demo(store, today=TODAY) is None
    assert Services.of(store).companies.count_companies() == 1


def test_every_call_to_a_reklamebeskyttet_company_has_a_stored_reason(demo: Store) -> None:
    with demo.session() as session:
        protected = {c.id for c in session.exec(select(Company)).all() if c.ad_protected}
        calls = session.exec(select(Call)).all()
        overrides = session.exec(select(SkipOverride)).all()
    called = {c.company_id for c in calls if c.company_id in protected}
    assert called, "the demo should call some reklamebeskyttede companies"
    reasons = {o.company_id: o for o in overrides if o.kind == "ad_protected"}
    assert set(reasons) == called
    first = {cid: min(c.started_at for c in calls if c.company_id == cid) for cid in called}
    assert all(o.reason.strip() and o.created_at < first[o.company_id] for o in reasons.values())


def test_job_order_calls_use_the_job_order_script(demo: Store) -> None:
    with demo.session() as session:
        outcomes = {o.call_id: o.outcome for o in session.exec(select(CallOutcome)).all()}
        calls = session.exec(select(Call)).all()
    job_order_calls = [c for c in calls if outcomes[c.id] == Outcome.JOB_ORDER.value]
    assert job_order_calls and all(c.script_id == "den-gode-jobordre" for c in job_order_calls)
