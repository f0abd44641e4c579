"""Shared data for the review tests: people with roles, pairs over time, calls with events,
observer notes, a held visit, and a small call rubric."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from canvass.content.rubric_model import Rubric
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.store import Store
from canvass.store.models import (
    Call,
    CallEvent,
    CallOutcome,
    Company,
    Consultant,
    Meeting,
    MeetingStatus,
)
from canvass.store.sparring_models import BuddyPair, ObserverNote

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

RUBRIC = Rubric.model_validate(
    {
        "rubric": "test-opkald",
        "version": 2,
        "title": "Opkald (test)",
        "kind": "call",
        "phases": [
            {
                "id": "aabning",
                "title": "Åbning",
                "weight": 20,
                "checkpoints": [
                    {
                        "id": "praesenterede",
                        "text": "Præsenterede sig og jobcentret",
                        "kind": "yes_no",
                        "mandatory": True,
                        "question": "Hvad tænkte du, da kunden tog telefonen?",
                    },
                    {
                        "id": "formaal",
                        "text": "Sagde formålet kort",
                        "kind": "scale",
                        "levels": ["Ingen", "Uklart", "Klart", "Klart og kort"],
                        "weight": 2,
                    },
                ],
            },
            {
                "id": "analyse",
                "title": "Analyse — find behovet",
                "weight": 30,
                "checkpoints": [
                    {
                        "id": "aabne-spoergsmaal",
                        "text": "Åbne hv-spørgsmål før løsning",
                        "kind": "scale",
                        "levels": ["Ingen", "Få", "Flere", "Gennemgående"],
                        "question": "Hvad tænkte du, da kunden fortalte om travlheden?",
                    },
                    {
                        "id": "accept",
                        "text": "Opsummerede behovet (accept)",
                        "kind": "yes_no",
                    },
                ],
            },
        ],
    }
)


VISIT_RUBRIC = Rubric.model_validate(
    {
        "rubric": "test-besoeg",
        "title": "Besøg (test)",
        "kind": "visit",
        "phases": [
            {
                "id": "forberedelse",
                "title": "Forberedelse",
                "checkpoints": [
                    {"id": "kendte-virksomheden", "text": "Kendte virksomheden", "kind": "yes_no"},
                    {"id": "havde-maal", "text": "Havde et mål", "kind": "yes_no"},
                ],
            }
        ],
    }
)


@dataclass(frozen=True)
class World:
    """Ids of the people and things the tests use."""

    ab: Actor  # the caller
    mk: Actor  # AB's buddy until T0 + 1 h
    jh: Actor  # AB's buddy from T0 + 1 h
    sl: Actor  # a trainer
    tl: Actor  # a team lead
    early_call: int  # AB's, during the MK pair (outcome meeting)
    late_call: int  # AB's, during the JH pair (outcome not_interested)
    visit: int  # AB's held visit, during the MK pair
    booked_visit: int  # AB's visit not held yet
    note: int  # MK's observer note on the early call
    bala_event: int  # an event of the early call


def build_world(store: Store) -> World:
    """AB calls; MK then JH are AB's buddy; SL trains; TL leads the team."""
    with store.session(write=True) as s:
        people = {
            initials: Consultant(initials=initials, name=name, role=role.value)
            for initials, name, role in (
                ("SL", "Sara Lund", Role.TRAINER),
                ("TL", "Tove Leth", Role.TEAMLEAD),
                ("JH", "Jonas Holm", Role.CONSULTANT),
            )
        }
        s.add_all(people.values())
        s.flush()
        ab = s.exec(_by_initials("AB")).one()
        mk = s.exec(_by_initials("MK")).one()
        jh = people["JH"]
        company = s.exec(_company()).one()
        assert ab.id and mk.id and jh.id and company.id
        switch = T0 + timedelta(hours=1)
        s.add(
            BuddyPair(
                first_id=ab.id, second_id=mk.id, started_at=T0 - timedelta(days=30), ended_at=switch
            )
        )
        s.add(BuddyPair(first_id=jh.id, second_id=ab.id, started_at=switch))
        ab.buddy_id, jh.buddy_id, mk.buddy_id = jh.id, ab.id, None
        early = Call(
            company_id=company.id,
            consultant_id=ab.id,
            script_id="standard",
            started_at=T0 + timedelta(minutes=4),
            goal="book besøg",
            goal_tools='["bala", "objections"]',
            goal_effect="finde behovet",
        )
        early.ended_at = early.started_at + timedelta(seconds=300)
        late = Call(
            company_id=company.id,
            consultant_id=ab.id,
            script_id="kort",
            started_at=T0 + timedelta(hours=2),
        )
        late.ended_at = late.started_at + timedelta(seconds=60)
        voicemail = Call(
            company_id=company.id,
            consultant_id=ab.id,
            script_id="standard",
            started_at=T0 + timedelta(minutes=50),
            ended_at=T0 + timedelta(minutes=51),
        )
        s.add_all([early, late, voicemail])
        s.flush()
        assert early.id and late.id and voicemail.id
        s.add(CallOutcome(call_id=voicemail.id, outcome="voicemail", reached=False))
        s.add(CallOutcome(call_id=early.id, outcome="meeting", reached=True))
        s.add(CallOutcome(call_id=late.id, outcome="not_interested", reached=True))
        start = early.started_at
        events = [
            CallEvent(call_id=early.id, at=start, kind="phase_entered", phase="aabning"),
            CallEvent(
                call_id=early.id,
                at=start + timedelta(seconds=40),
                kind="phase_left",
                phase="aabning",
            ),
            CallEvent(
                call_id=early.id,
                at=start + timedelta(seconds=40),
                kind="phase_entered",
                phase="analyse",
            ),
            CallEvent(
                call_id=early.id,
                at=start + timedelta(seconds=100),
                kind="bala_reached",
                phase="analyse",
                bala_step="behov",
            ),
            CallEvent(
                call_id=early.id,
                at=start + timedelta(seconds=130),
                kind="bala_reached",
                phase="analyse",
                bala_step="accept_behov",
            ),
            CallEvent(
                call_id=early.id,
                at=start + timedelta(seconds=200),
                kind="phase_entered",
                phase="indvendinger",
            ),
            CallEvent(
                call_id=early.id,
                at=start + timedelta(seconds=210),
                kind="objection",
                phase="indvendinger",
                objection_id="ikke-tid",
                answer_id="afklar",
            ),
        ]
        s.add_all(events)
        note = ObserverNote(
            call_id=early.id,
            observer_id=mk.id,
            at=start + timedelta(seconds=130),
            offset_s=130,
            phase="analyse",
            text="Accept kom før behovet [sic]",
        )
        s.add(note)
        visit = Meeting(
            company_id=company.id,
            consultant_id=ab.id,
            starts_at=T0 + timedelta(minutes=30),
            status=MeetingStatus.HELD.value,
            purpose="Voksenlærling",
            result_note="Aftalt opstart i januar",
            goal="afklare behov",
        )
        booked = Meeting(
            company_id=company.id, consultant_id=ab.id, starts_at=T0 + timedelta(days=3)
        )
        s.add_all([visit, booked])
        s.flush()
        assert note.id and visit.id and booked.id and events[3].id
        return World(
            ab=Actor(ab.id, Role.CONSULTANT),
            mk=Actor(mk.id, Role.CONSULTANT),
            jh=Actor(jh.id, Role.CONSULTANT),
            sl=Actor(people["SL"].id or 0, Role.TRAINER),
            tl=Actor(people["TL"].id or 0, Role.TEAMLEAD),
            early_call=early.id,
            late_call=late.id,
            visit=visit.id,
            booked_visit=booked.id,
            note=note.id,
            bala_event=events[3].id,
        )


def _by_initials(initials: str):  # type: ignore[no-untyped-def]
    import sqlmodel

    return sqlmodel.select(Consultant).where(Consultant.initials == initials)


def _company():  # type: ignore[no-untyped-def]
    import sqlmodel

    return sqlmodel.select(Company).order_by(Company.id).limit(1)  # type: ignore[arg-type]
