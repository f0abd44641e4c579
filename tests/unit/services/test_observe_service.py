"""ObserveService on both backends: who may follow whom, what the observer sees of the
call, the change token, the watchers the caller sees, and the observer's own notes."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlmodel

from canvass.domain.call_session import CallSession, Event, EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BalaStep, Phase
from canvass.domain.sparring_access import AccessDenied
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.services.observe import FRESH
from canvass.store.models import Call, Company, Consultant

from .conftest import T0, Clock


def _people(services: Services) -> dict[str, int]:
    """AB and MK are buddies; CD is a consultant with no buddy; TR a trainer."""
    with services.store.session(write=True) as session:
        session.add(Consultant(initials="CD", name="Carl Dam"))
        session.add(Consultant(initials="TR", name="Tina Rask", role="trainer"))
        session.flush()
        people = {c.initials: c for c in session.exec(sqlmodel.select(Consultant)).all()}
        people["AB"].buddy_id, people["MK"].buddy_id = people["MK"].id, people["AB"].id
        for person in people.values():
            session.add(person)
        return {initials: person.id for initials, person in people.items() if person.id}


def _company(services: Services) -> int:
    with services.store.session() as session:
        company_id = session.exec(sqlmodel.select(Company.id)).first()
        assert company_id is not None
        return company_id


def _start(services: Services, caller: int, at: object) -> tuple[int, CallSession]:
    session, first = CallSession.begin(at)  # type: ignore[arg-type]
    call_id = services.calls.start_call(
        company_id=_company(services),
        consultant_id=caller,
        script_id="rekruttering",
        script_version=1,
        script_hash="",
        first_event=first,
    )
    return call_id, session


def test_only_the_buddy_or_a_trainer_may_follow(services: Services, clock: Clock) -> None:
    people = _people(services)
    observe = services.observe
    with pytest.raises(AccessDenied, match="AB"):
        observe.start(people["CD"], people["AB"], clock())
    with pytest.raises(AccessDenied):
        observe.start(people["AB"], people["AB"], clock())
    with pytest.raises(AccessDenied):
        observe.snapshot(people["CD"], people["AB"])
    assert observe.start(people["MK"], people["AB"], clock()) > 0
    assert observe.start(people["TR"], people["AB"], clock()) > 0
    # Nobody was let in by the refusals: only MK and TR follow AB.
    assert [w.initials for w in observe.watchers(people["AB"], clock())] == ["MK", "TR"]


def test_the_refused_consultant_cannot_note_on_the_call_either(
    services: Services, clock: Clock
) -> None:
    people = _people(services)
    call_id, _ = _start(services, people["AB"], clock())
    with pytest.raises(AccessDenied):
        services.observe.add_note(call_id, people["CD"], "hej", 3, Phase.AABNING, clock())
    with pytest.raises(AccessDenied):
        services.observe.call_snapshot(people["CD"], call_id)
    assert services.observe.notes(call_id, people["CD"]) == []


def test_the_snapshot_follows_the_call_event_by_event(services: Services, clock: Clock) -> None:
    people = _people(services)
    ab, mk, observe = people["AB"], people["MK"], services.observe
    assert observe.snapshot(mk, ab) is None  # between calls
    call_id, session = _start(services, ab, clock())
    with services.store.session(write=True) as db:
        call = db.get(Call, call_id)
        assert call is not None
        call.goal, call.goal_tools, call.goal_effect = "Book besøg", '["bala"]', "Behovet afklaret"
        db.add(call)
    clock.advance(40)
    services.calls.record_events(call_id, session.go_to(Phase.ANALYSE, clock()))
    clock.advance(30)
    services.calls.record_events(call_id, [session.reach_bala(clock())])  # type: ignore[list-item]
    services.calls.record_events(call_id, [session.set_notes("kun for AB", clock())])  # type: ignore[list-item]
    clock.advance(20)
    services.calls.record_events(call_id, session.go_to(Phase.INDVENDINGER, clock()))
    clock.advance(5)
    services.calls.record_events(call_id, [session.use_objection("ikke-tid", "afklar", clock())])
    observe.add_note(call_id, mk, "  gode hv-spørgsmål ", 71, Phase.ANALYSE, clock())

    snap = observe.snapshot(mk, ab)
    assert snap is not None and snap.call_id == call_id and not snap.ended
    view = snap.view
    assert view.company_name == "Hansen & Søn ApS"
    assert (view.goal, view.goal_tools, view.goal_effect) == (
        "Book besøg",
        ("bala",),
        "Behovet afklaret",
    )
    assert view.started_at == T0
    assert snap.phase is Phase.INDVENDINGER
    assert snap.visited == (Phase.AABNING, Phase.ANALYSE, Phase.INDVENDINGER)
    now = clock()
    assert snap.in_phase(now) == 5
    assert snap.seconds_in(Phase.AABNING, now) == 40
    assert snap.seconds_in(Phase.ANALYSE, now) == 50
    assert snap.elapsed(now) == 95
    assert snap.bala == (BalaStep.BEHOV,)
    assert [(o.objection_id, o.answer_id) for o in snap.objections] == [("ikke-tid", "afklar")]
    kinds = [e.kind for e in snap.events]
    assert EventKind.NOTE not in kinds  # the caller's notes are the caller's
    assert kinds.count(EventKind.PHASE_ENTERED) == 3 and EventKind.OBJECTION in kinds
    assert [(n.text, n.offset_s, n.phase) for n in snap.notes] == [
        ("gode hv-spørgsmål", 71, Phase.ANALYSE)
    ]
    # The observer's notes never land in the caller's call notes, and others don't see them.
    assert services.calls.open_call(ab) is not None
    assert services.calls.open_call(ab).notes == "kun for AB"  # type: ignore[union-attr]
    trainer_view = observe.snapshot(people["TR"], ab)
    assert trainer_view is not None and trainer_view.notes == ()

    clock.advance(10)
    services.calls.finish_call(call_id, WrapUp(Outcome.NOT_INTERESTED), clock())
    assert observe.snapshot(mk, ab) is None
    ended = observe.call_snapshot(mk, call_id)
    assert ended is not None and ended.ended and ended.view.outcome == "not_interested"
    later = clock() + timedelta(minutes=5)
    assert ended.elapsed(later) == 105  # the clock stops when the call ends
    assert ended.seconds_in(Phase.INDVENDINGER, later) == 15


def test_the_change_token_changes_with_every_event_phase_and_end(
    services: Services, clock: Clock
) -> None:
    people = _people(services)
    ab, token = people["AB"], services.observe.change_token
    seen = [token(ab)]

    def changed() -> bool:
        seen.append(token(ab))
        return seen[-1] != seen[-2]

    call_id, session = _start(services, ab, clock())
    assert changed()
    assert not changed()  # nothing happened: the same token
    clock.advance(3)
    services.calls.record_events(call_id, session.go_to(Phase.ANALYSE, clock()))
    assert changed()
    services.calls.record_events(call_id, [session.reach_bala(clock())])  # type: ignore[list-item]
    assert changed()
    services.calls.record_events(call_id, [session.undo_bala(clock())])  # type: ignore[list-item]
    assert changed()
    services.calls.record_events(call_id, [Event(EventKind.DIAL, clock(), detail="75821140")])
    assert changed()
    services.calls.finish_call(call_id, WrapUp(Outcome.NO_ANSWER), clock())
    assert changed() and seen[-1] == (None,)
    _start(services, ab, clock())
    assert changed()


def test_watchers_are_fresh_for_ten_seconds_and_gone_when_stopped(
    services: Services, clock: Clock
) -> None:
    people = _people(services)
    ab, mk, observe = people["AB"], people["MK"], services.observe
    observation = observe.start(mk, ab, clock())
    assert [w.initials for w in observe.watchers(ab, clock())] == ["MK"]
    assert observe.watchers(mk, clock()) == []  # MK is not followed
    clock.advance(FRESH.total_seconds() + 1)
    assert observe.watchers(ab, clock()) == []  # no heartbeat: stale
    assert observe.heartbeat(observation, clock())
    assert [w.name for w in observe.watchers(ab, clock())] == ["Mads Kristensen"]
    observe.stop(observation, clock())
    assert observe.watchers(ab, clock()) == []
    assert not observe.heartbeat(observation, clock())  # ended: the screen must start again
    # Starting again ends the earlier open observation: one watcher, never two.
    observe.start(mk, ab, clock())
    observe.start(mk, ab, clock())
    assert len(observe.watchers(ab, clock())) == 1


def test_an_empty_or_overlong_note_is_refused(services: Services, clock: Clock) -> None:
    people = _people(services)
    call_id, _ = _start(services, people["AB"], clock())
    with pytest.raises(ValueError, match="tom"):
        services.observe.add_note(call_id, people["MK"], "   ", 0, None, clock())
    with pytest.raises(ValueError, match="for lang"):
        services.observe.add_note(call_id, people["MK"], "x" * 2001, 0, None, clock())
    assert services.observe.notes(call_id, people["MK"]) == []


def test_a_buddy_no_longer_paired_is_refused_from_then_on(services: Services, clock: Clock) -> None:
    people = _people(services)
    ab, mk, observe = people["AB"], people["MK"], services.observe
    observe.start(mk, ab, clock())
    _start(services, ab, clock())
    assert observe.snapshot(mk, ab) is not None
    with services.store.session(write=True) as session:
        caller = session.get(Consultant, ab)
        assert caller is not None
        caller.buddy_id = people["CD"]
        session.add(caller)
    with pytest.raises(AccessDenied):
        observe.snapshot(mk, ab)
    with pytest.raises(AccessDenied):
        observe.check(mk, ab)
    observe.check(people["CD"], ab)  # the new buddy may
