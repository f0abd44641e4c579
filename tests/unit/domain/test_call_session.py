"""The call session: phases with timing, BALA in order, objections, notes, replay."""

from datetime import UTC, datetime, timedelta

from canvass.domain.call_session import CallSession, EventKind
from canvass.domain.phases import BalaStep, Phase

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def at(seconds: int) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_begin_enters_the_opening() -> None:
    session, event = CallSession.begin(T0)
    assert session.phase is Phase.AABNING
    assert (event.kind, event.phase) == (EventKind.PHASE_ENTERED, Phase.AABNING)


def test_phase_moves_record_left_and_entered_and_time_per_phase() -> None:
    session, _ = CallSession.begin(T0)
    events = session.go_to(Phase.ANALYSE, at(30))
    assert [(e.kind, e.phase) for e in events] == [
        (EventKind.PHASE_LEFT, Phase.AABNING),
        (EventKind.PHASE_ENTERED, Phase.ANALYSE),
    ]
    assert session.go_to(Phase.ANALYSE, at(31)) == []
    session.step(-1, at(90))
    assert session.phase is Phase.AABNING
    assert session.seconds_in(Phase.ANALYSE, at(200)) == 60
    assert session.seconds_in(Phase.AABNING, at(100)) == 40
    assert session.elapsed(at(100)) == 100


def test_step_stops_at_both_ends() -> None:
    session, _ = CallSession.begin(T0)
    assert session.step(-1, at(1)) == []
    for _ in range(10):
        session.step(1, at(2))
    assert session.phase is Phase.AFSLUTNING


def test_bala_goes_in_order_and_undoes() -> None:
    session, _ = CallSession.begin(T0)
    steps = [session.reach_bala(at(i)) for i in range(5)]
    assert [e.bala_step for e in steps[:4] if e] == [
        BalaStep.BEHOV,
        BalaStep.ACCEPT_BEHOV,
        BalaStep.LOESNING,
        BalaStep.ACCEPT_LOESNING,
    ]
    assert steps[4] is None
    assert session.closed
    undone = session.undo_bala(at(6))
    assert undone is not None and undone.bala_step is BalaStep.ACCEPT_LOESNING
    assert session.next_bala is BalaStep.ACCEPT_LOESNING
    assert not session.closed


def test_replay_rebuilds_everything() -> None:
    session, first = CallSession.begin(T0)
    events = [first]
    events += session.go_to(Phase.ANALYSE, at(20))
    events.append(session.reach_bala(at(25)))
    events.append(session.reach_bala(at(26)))
    events.append(session.undo_bala(at(27)))
    events.append(session.use_objection("ikke-tid", "ikke-tid-aaa", at(30)))
    events.append(session.set_notes("Mangler 2 tømrere", at(31)))
    assert session.set_notes("Mangler 2 tømrere", at(32)) is None
    events += session.go_to(Phase.INDVENDINGER, at(40))

    again = CallSession.replay(T0, [e for e in events if e is not None])
    assert again.phase is Phase.INDVENDINGER
    assert again.bala == [BalaStep.BEHOV]
    assert [(o.objection_id, o.phase) for o in again.objections] == [("ikke-tid", Phase.ANALYSE)]
    assert again.notes == "Mangler 2 tømrere"
    assert again.seconds_in(Phase.ANALYSE, at(100)) == 20
    assert again.seconds_in(Phase.INDVENDINGER, at(100)) == 60
