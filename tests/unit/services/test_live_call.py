"""What each thing the consultant does during a call writes — no screen, both backends.

The call screen only turns keys into these calls and draws the result; here the events
the writer stores are read back from the database, in order.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlmodel

from canvass.content.validate import Library
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BalaStep, Phase
from canvass.domain.wrapup import build_wrapup
from canvass.services import LiveCall, OpenedCall, Refusal, Services, Writer
from canvass.store.calls import CLAIM_TTL
from canvass.store.models import Call, CallEvent, CallOutcome

from .conftest import T0, Clock


def _open_live(services: Services, library: Library, clock: Clock, writer: Writer) -> LiveCall:
    """AB's call on the company, open as the call screen holds it."""
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    opened = services.calls.open(library, company_id=1, consultant_id=consultant.id, at=clock())
    assert isinstance(opened, OpenedCall)
    return LiveCall(services.calls, writer, library, clock, opened)


@pytest.fixture
def live(
    services: Services, library: Library, clock: Clock, writer: tuple[Writer, list[BaseException]]
) -> LiveCall:
    return _open_live(services, library, clock, writer[0])


def _events(services: Services, call_id: int) -> list[tuple[str, str | None, str]]:
    """(kind, phase, what) of the call's stored events in order; what: the BALA step,
    the objection and answer, or the detail."""
    query = sqlmodel.select(CallEvent).where(CallEvent.call_id == call_id)
    with services.store.session() as session:
        rows = session.exec(query.order_by(sqlmodel.col(CallEvent.id))).all()
        return [
            (
                r.kind,
                r.phase,
                r.bala_step or "/".join(filter(None, (r.objection_id, r.answer_id))) or r.detail,
            )
            for r in rows
        ]


def test_phases_bala_objections_notes_and_dialling_are_stored_in_order(
    services: Services, library: Library, clock: Clock, live: LiveCall
) -> None:
    assert not live.go_to(1)  # already in the opening: nothing happens
    clock.advance(20)
    assert live.step(1)
    assert live.visited == {Phase.AABNING}
    assert live.reach_bala()
    objection = next(iter(library.objections.values()))
    live.use_objection(objection.id, objection.answers[0].id)
    live.set_notes("Ring efter kl. 14")
    live.set_notes("Ring efter kl. 14")  # unchanged: not written twice
    live.dialled("75821140")
    live.undo_bala()
    assert live.go_to(5)
    live.flush()
    answer = f"{objection.id}/{objection.answers[0].id}"
    assert _events(services, live.call_id) == [
        ("phase_entered", "aabning", ""),
        ("phase_left", "aabning", ""),
        ("phase_entered", "analyse", ""),
        ("bala_reached", "analyse", BalaStep.BEHOV.value),
        ("objection", "analyse", answer),
        ("note", "analyse", "Ring efter kl. 14"),
        ("dial", "analyse", "75821140"),
        ("bala_undone", "analyse", BalaStep.BEHOV.value),
        ("phase_left", "analyse", ""),
        ("phase_entered", "afslutning", ""),
    ]
    assert live.objections_said() == [objection.says]
    assert not live.behind


def test_bala_stops_after_the_fourth_step(live: LiveCall, services: Services) -> None:
    assert [live.reach_bala() for _ in range(5)] == [True, True, True, True, False]
    live.flush()
    kinds = [kind for kind, _, _ in _events(services, live.call_id)]
    assert kinds.count("bala_reached") == 4


def test_switching_contact_and_script_is_stored_on_the_call(
    live: LiveCall, services: Services, library: Library
) -> None:
    first = live.card.contact
    assert first is not None
    chosen = live.switch_contact()
    assert chosen is not None and chosen.id != first.id and live.card.contact == chosen
    assert live.switch_contact() == first  # round again
    assert not live.switch_script("no-such-script")
    assert live.switch_script("fleksjob") and live.script is not None
    live.flush()
    with services.store.session() as session:
        call = session.get(Call, live.call_id)
        assert call is not None
        assert (call.contact_id, call.script_id) == (first.id, "fleksjob")
        assert call.script_hash == library.content_hash("fleksjob")
    switched = [d for kind, _, d in _events(services, live.call_id) if kind == "contact_switched"]
    assert switched == [str(chosen.id), str(first.id)]


def test_the_outcome_is_stored_once_after_every_earlier_event(
    live: LiveCall, services: Services
) -> None:
    wrapup = build_wrapup(Outcome.NO_ANSWER, {}, now=T0, today=date(2026, 11, 23)).wrapup
    assert wrapup is not None
    done: list[int | None] = []
    live.set_notes("Ingen svar")
    assert live.finish(wrapup, "Ingen svar, prøv igen", done.append, lambda: None)
    assert not live.finish(wrapup, "twice", done.append, lambda: None)  # already on its way
    live.flush()
    assert done == [None]
    with services.store.session() as session:
        outcome = session.exec(sqlmodel.select(CallOutcome)).one()
        call = session.get(Call, live.call_id)
        assert outcome.call_id == live.call_id and outcome.outcome == Outcome.NO_ANSWER.value
        assert call is not None and call.notes == "Ingen svar, prøv igen"
        assert call.ended_at is not None
    assert services.companies.live_claims([1], T0, None) == {1: None}  # released
    assert services.calls.open_call(1) is None


def test_a_failed_outcome_keeps_the_call_open_for_another_try(
    live: LiveCall, services: Services, writer: tuple[Writer, list[BaseException]]
) -> None:
    wrapup = build_wrapup(Outcome.NO_ANSWER, {}, now=T0, today=date(2026, 11, 23)).wrapup
    assert wrapup is not None
    with services.store.session(write=True) as session:  # the call vanished underneath
        session.delete(session.get(Call, live.call_id))
    failed: list[bool] = []
    assert live.finish(wrapup, "", lambda _: None, lambda: failed.append(True))
    live.flush()
    assert failed == [True] and not live.ending
    assert writer[1] and isinstance(writer[1][0], LookupError)


def test_a_resumed_call_picks_up_its_phase_bala_notes_and_visited_phases(
    services: Services, library: Library, clock: Clock, writer: tuple[Writer, list[BaseException]]
) -> None:
    live = _open_live(services, library, clock, writer[0])
    clock.advance(30)
    live.go_to(3)
    live.reach_bala()
    live.set_notes("Vil gerne have en praktikant")
    live.flush()
    resumed = _open_live(services, library, clock, writer[0])  # my own unfinished call
    assert resumed.resumed and resumed.call_id == live.call_id
    assert resumed.session.phase is Phase.INDVENDINGER
    assert resumed.session.bala == [BalaStep.BEHOV]
    assert resumed.session.notes == "Vil gerne have en praktikant"
    assert resumed.visited == {Phase.AABNING, Phase.INDVENDINGER}


def test_resuming_long_after_is_refused_while_a_colleague_holds_the_company(
    services: Services, library: Library
) -> None:
    ab, mk = services.consultants.consultant("AB"), services.consultants.consultant("MK")
    assert ab is not None and mk is not None
    assert isinstance(
        services.calls.open(library, company_id=1, consultant_id=ab.id, at=T0), OpenedCall
    )
    later = T0 + CLAIM_TTL + timedelta(minutes=1)  # AB's claim has run out
    services.calls.claim_company(1, mk.id, later)
    unfinished = services.calls.open_call(ab.id)
    refused = services.calls.open(
        library, company_id=1, consultant_id=ab.id, at=later, resume=unfinished
    )
    assert isinstance(refused, Refusal) and "MK" in refused.message
