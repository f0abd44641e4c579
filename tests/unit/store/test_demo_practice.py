"""The demo's practice: what the trainer's and team lead's screens show on demo data —
variants of the shipped content shown as the app would, reviews on the shipped rubric,
commitments in every state, goals, and calls that stop early — on both databases."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from canvass.content.validate import load_library, load_rubrics
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.domain.stats import By, Period
from canvass.domain.variants import choose_variant, parse_variant_detail
from canvass.services import Services
from canvass.store import Store
from canvass.store import demo_data as d
from canvass.store.demo import fill_demo
from canvass.store.models import Call, CallEvent, CallOutcome, Consultant
from canvass.store.sparring_models import Review, ReviewComment, SparringCommitment
from tests.unit.store.test_call_facts import assert_right

TODAY = date(2026, 11, 23)
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def demo(store: Store) -> Store:
    assert fill_demo(store, today=TODAY) is not None
    return store


def test_the_demo_uses_the_variants_and_the_rubric_that_ship() -> None:
    library = load_library(REPO / "scripts", REPO / "objections")
    assert not library.problems
    lines = {
        phase.value: {line.id: tuple(line.variants) for line in content.lines if line.variants}
        for script in library.scripts.values()
        for phase, content in script.phases.items()
        if any(line.variants for line in content.lines)
    }
    script_id, _, version = d.VARIANT_SCRIPT
    with_variants = [
        s.id for s in library.scripts.values() for p in s.phases.values() for x in p.lines
        if x.variants
    ]  # fmt: skip
    assert with_variants == [script_id] and library.scripts[script_id].version == version
    assert lines == d.LINE_VARIANTS
    answers = {
        a.id: tuple(a.variants)
        for bank in library.objections.values()
        for a in bank.answers
        if a.variants
    }
    assert answers == d.ANSWER_VARIANTS
    assert {answer for _, answer in d.OBJECTIONS} >= set(answers)  # the demo uses them
    rubric = load_rubrics(REPO / "rubrics")[d.RUBRIC[0]]
    assert rubric.version == d.RUBRIC[1]
    shipped = tuple((p.id, c.id, c.kind.value) for p in rubric.phases for c in p.checkpoints)
    assert shipped == d.RUBRIC_CHECKPOINTS


def test_variants_are_recorded_as_the_call_screen_records_them(demo: Store) -> None:
    script_id, before, now = d.VARIANT_SCRIPT
    with demo.session() as session:
        calls = {c.id: c for c in session.exec(select(Call)).all()}
        shown = session.exec(select(CallEvent).where(CallEvent.kind == "variant_shown")).all()
        used = session.exec(
            select(CallEvent).where(
                CallEvent.kind == "objection",
                CallEvent.answer_id.in_(d.ANSWER_VARIANTS),  # type: ignore[attr-defined]
            )
        ).all()
    versions = Counter(c.script_version for c in calls.values() if c.script_id == script_id)
    assert set(versions) == {before, now} and min(versions.values()) >= 20
    lines = [e for e in shown if e.answer_id is None]
    current = {i for i, c in calls.items() if c.script_id == script_id and c.script_version == now}
    assert {e.call_id for e in lines} == current  # every call of the new version, once
    assert len(lines) == len(current)
    for event in shown:
        parsed = parse_variant_detail(event.detail)
        assert parsed is not None
        item, variant = parsed
        variants = d.ANSWER_VARIANTS.get(item) or d.LINE_VARIANTS["aabning"][item]
        assert variant == choose_variant(calls[event.call_id].company_id, item, variants)
    answered = [e for e in shown if e.answer_id is not None]
    assert answered and {e.call_id for e in answered} <= {e.call_id for e in used}
    assert Counter(parse_variant_detail(e.detail)[1] for e in lines).keys() == {"fag", "kandidater"}  # type: ignore[index]
    assert_right(demo)  # call_fact and variant_fact as a rebuild from scratch


def test_calls_without_a_meeting_stop_in_a_phase_and_some_have_no_goal(demo: Store) -> None:
    with demo.session() as session:
        rows = session.exec(select(Call, CallOutcome).join(CallOutcome)).all()
    lost = [c for c, o in rows if o.reached and o.outcome not in ("meeting", "job_order")]
    assert len(Counter(c.current_phase for c in lost)) == 5  # every phase is somewhere a stop
    won = [c for c, o in rows if o.outcome == "meeting"]
    assert {c.current_phase for c in won} == {"afslutning"}
    without = sum(not c.goal for c, _ in rows)
    assert 0.1 < without / len(rows) < 0.35
    assert all(c.goal_tools != "[]" for c, _ in rows if c.goal)


def test_reviews_commitments_and_the_dashboard_figures(demo: Store) -> None:
    with demo.session() as session:
        people = {c.id: c for c in session.exec(select(Consultant)).all()}
        reviews = session.exec(select(Review)).all()
        commitments = session.exec(select(SparringCommitment)).all()
        comments = session.exec(select(ReviewComment)).all()
    initials = {i: p.initials for i, p in people.items()}
    statuses = Counter(r.status for r in reviews)
    assert statuses["shared"] >= 10 and statuses["draft"] == 1
    assert {initials[r.reviewer_id] for r in reviews} == {"AB", "MK", "SL"}
    assert all(initials[r.caller_id] != initials[r.reviewer_id] for r in reviews)
    acknowledged = [r for r in reviews if r.acknowledged_at is not None]
    assert acknowledged and all(r.acknowledged_at >= r.shared_at for r in acknowledged)  # type: ignore[operator]
    unread = [r for r in reviews if r.status == "shared" and r.acknowledged_at is None]
    assert unread  # something new in a caller's inbox
    assert any(r.version == 2 for r in reviews)  # a draft saved, then shared
    assert comments
    assert {c.status for c in commitments} == {"open", "kept", "dropped"}
    assert all(c.settled_at is not None for c in commitments if c.status != "open")
    lead = next(p for p in people.values() if p.role == Role.TEAMLEAD.value)
    assert lead.id is not None
    services = Services.of(demo)
    actor = Actor(lead.id, Role.TEAMLEAD)
    report = services.stats.report(actor, Period(), By.CONSULTANT)
    assert report.variants and all(len(item.variants) == 2 for item in report.variants)
    assert report.sparring.pairs and report.sparring.kept.count > 0
    assert 0 < report.sparring.goals.count < report.sparring.goals.total
    assert [rate.count > 0 for _, rate in report.stops.by_phase] == [True] * 5
    trends = services.trends.rubric_trends(actor, Period(), rubrics=load_rubrics(REPO / "rubrics"))
    assert trends.reviews == statuses["shared"] and trends.buckets
    first, last = trends.phases[0].points[0], trends.phases[0].points[-1]
    assert last.mean > first.mean  # the team gets better at the opening over the weeks


def test_without_the_practice_the_demo_has_none_of_it(store: Store) -> None:
    summary = fill_demo(store, today=TODAY, practice=False)
    assert summary is not None and summary.reviews == 0
    with store.session() as session:
        assert session.exec(select(Review)).first() is None
        assert (
            session.exec(select(CallEvent).where(CallEvent.kind == "variant_shown")).first() is None
        )
