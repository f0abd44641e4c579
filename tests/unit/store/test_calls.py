"""Calls in the database: claims, events, notes, resume and the wrap-up transaction."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlmodel
from sqlalchemy.exc import IntegrityError

from canvass.domain.call_session import CallSession
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BalaStep, Phase
from canvass.domain.wrapup import build_wrapup
from canvass.services import Services
from canvass.store import calls
from canvass.store.models import (
    Call,
    Callback,
    CallEvent,
    CallOutcome,
    Company,
    Consultant,
    JobOrder,
    Meeting,
)
from canvass.store.store import Store

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "calls.db") as opened:
        with opened.session() as session:
            session.add(Consultant(initials="AB", name="Anne Bech"))
            session.add(Consultant(initials="MK", name="Mads Kristensen"))
            session.add(Company(name="Hansen & Søn ApS", cvr="24256790", phone="75821140"))
        yield opened


def _start(store: Store, consultant_id: int = 1, at: datetime = T0) -> tuple[int, CallSession]:
    session_state, first = CallSession.begin(at)
    with store.session() as session:
        call_id = calls.start_call(
            session,
            company_id=1,
            consultant_id=consultant_id,
            script_id="rekruttering-besoeg",
            script_version=1,
            script_hash="abc",
            first_event=first,
        )
    return call_id, session_state


def test_a_call_claims_the_company_and_a_colleague_is_refused(store: Store) -> None:
    _start(store, consultant_id=1)
    with pytest.raises(calls.CompanyClaimed) as refused, store.session() as session:
        calls.start_call(
            session,
            company_id=1,
            consultant_id=2,
            script_id="x",
            script_version=1,
            script_hash="",
            first_event=CallSession.begin(T0)[1],
        )
    assert refused.value.initials == "AB"
    with store.session() as session:  # the refused call left nothing behind
        assert len(session.exec(sqlmodel.select(Call)).all()) == 1


def test_a_stale_claim_from_a_crashed_process_can_be_taken_over(store: Store) -> None:
    _start(store, consultant_id=1)
    later = T0 + calls.CLAIM_TTL + timedelta(seconds=1)
    _start(store, consultant_id=2, at=later)
    with store.session() as session:
        assert session.get(Company, 1).claimed_by == 2


def test_events_and_notes_are_stored_and_the_call_resumes(store: Store) -> None:
    call_id, state = _start(store)
    events = state.go_to(Phase.ANALYSE, T0 + timedelta(seconds=20))
    events.append(state.reach_bala(T0 + timedelta(seconds=30)))
    events.append(state.use_objection("ikke-tid", "ikke-tid-aaa", T0 + timedelta(seconds=40)))
    events.append(state.set_notes("Mangler 2 tømrere", T0 + timedelta(seconds=41)))
    for event in events:  # one transaction per event, as the UI does
        with store.session() as session:
            calls.record_events(session, call_id, [event])

    with store.session() as session:
        found = calls.open_call(session, consultant_id=1)
        call = session.get(Call, call_id)
        assert (call.current_phase, call.notes) == ("analyse", "Mangler 2 tømrere")
    assert found is not None and found.call_id == call_id
    assert found.company_name == "Hansen & Søn ApS"
    resumed = CallSession.replay(found.started_at, found.events)
    assert resumed.phase is Phase.ANALYSE
    assert resumed.bala == [BalaStep.BEHOV]
    assert resumed.objections[0].answer_id == "ikke-tid-aaa"
    assert resumed.notes == "Mangler 2 tømrere"


def test_finishing_stores_outcome_meeting_and_releases_claim(store: Store) -> None:
    call_id, _ = _start(store)
    with store.session() as session:
        session.add(Callback(company_id=1, consultant_id=1, due_at=T0, reason="old"))
    check = build_wrapup(
        Outcome.MEETING,
        {"date": "1/12/2026", "time": "10.00", "purpose": "Voksenlærling"},
        now=T0,
        today=date(2026, 11, 23),
    )
    end = T0 + timedelta(minutes=6)
    with store.session() as session:
        calls.finish_call(session, call_id, check.wrapup, end)
    with store.session() as session:
        assert session.get(Call, call_id).ended_at == end
        outcome = session.exec(sqlmodel.select(CallOutcome)).one()
        assert (outcome.outcome, outcome.reached) == ("meeting", True)
        meeting = session.exec(sqlmodel.select(Meeting)).one()
        assert meeting.starts_at == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
        assert meeting.purpose == "Voksenlærling"
        assert session.get(Company, 1).claimed_by is None
        assert session.exec(sqlmodel.select(Callback)).one().done_at == end
        assert calls.open_call(session, consultant_id=1) is None
        stats = calls.session_stats(session, 1, T0 - timedelta(hours=1))
    assert (stats.calls, stats.reached, stats.meetings, stats.hit_rate) == (1, 1, 1, 1.0)


def test_finishing_with_a_job_order_and_callback(store: Store) -> None:
    today = date(2026, 11, 23)
    for outcome, fields, table in [
        (Outcome.JOB_ORDER, {"title": "Tømrer", "positions": "2"}, JobOrder),
        (Outcome.CALLBACK, {"date": "2/12", "time": "13:30", "reason": "travlt"}, Callback),
    ]:
        call_id, _ = _start(store)
        wrapup = build_wrapup(outcome, fields, now=T0, today=today).wrapup
        with store.session() as session:
            calls.finish_call(session, call_id, wrapup, T0)
        with store.session() as session:
            assert session.exec(sqlmodel.select(table).where(table.call_id == call_id)).one()


def test_a_failed_finish_stores_nothing(store: Store) -> None:
    call_id, _ = _start(store)
    wrapup = build_wrapup(Outcome.NO_ANSWER, {}, now=T0, today=date(2026, 11, 23)).wrapup
    with store.session() as session:
        calls.finish_call(session, call_id, wrapup, T0)
    with pytest.raises(IntegrityError), store.session() as session:  # one outcome per call
        calls.finish_call(session, call_id, wrapup, T0)
    with store.session() as session:
        assert len(session.exec(sqlmodel.select(CallOutcome)).all()) == 1
        assert len(session.exec(sqlmodel.select(CallEvent)).all()) == 1


def test_company_card_shows_contacts_and_finished_calls(store: Store) -> None:
    from canvass.store.cards import company_card
    from canvass.store.models import ContactPerson

    with store.session() as session:
        session.add(ContactPerson(company_id=1, name="Lars Hansen", role="indehaver"))
    call_id, state = _start(store)
    with store.session() as session:
        calls.record_events(session, call_id, [state.set_notes("ring efter jul", T0)])
        unfinished = company_card(session, 1)
    assert unfinished is not None and unfinished.past_calls == ()
    wrapup = build_wrapup(Outcome.BUSY, {}, now=T0, today=date(2026, 11, 23)).wrapup
    with store.session() as session:
        calls.finish_call(session, call_id, wrapup, T0)
    with store.session() as session:
        card = company_card(session, 1)
        assert company_card(session, 999) is None
    assert card.contact is not None and card.contact.name == "Lars Hansen"
    assert [(c.consultant, c.outcome, c.notes) for c in card.past_calls] == [
        ("AB", "busy", "ring efter jul")
    ]


def test_finishing_saves_the_final_notes_in_the_same_transaction(store) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from canvass.domain.call_session import CallSession
    from canvass.domain.outcomes import Outcome
    from canvass.domain.wrapup import WrapUp
    from canvass.store.models import Call, Company

    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    me = Services.of(store).consultants.ensure_consultant("ZZ")
    with store.session() as session:
        company = Company(name="Noter ApS")
        session.add(company)
        session.flush()
        company_id = company.id
    _state, first = CallSession.begin(now)
    call_id = Services.of(store).calls.start_call(
        company_id=company_id, consultant_id=me.id, script_id="s", script_version=1,
        script_hash="", first_event=first,
    )  # fmt: skip
    # The note event never reached the database (say, it was locked): the wrap-up saves it.
    Services.of(store).calls.finish_call(
        call_id, WrapUp(Outcome.NOT_INTERESTED), now, "Har folk nok"
    )
    with store.session() as session:
        call = session.get(Call, call_id)
        assert call is not None and call.notes == "Har folk nok" and call.ended_at is not None
