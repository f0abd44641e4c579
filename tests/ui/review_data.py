"""Fixed sparring data on top of the demo database for the review screens' tests: AB and MK
are a pair since the morning, SL trains; MK made two calls (one with events and AB's
observer notes) and held one visit; and a rubric from a fixture file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlmodel
import yaml

from canvass.content.rubric_model import Rubric
from canvass.content.validate import Library
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

FIXTURES = Path(__file__).parent / "fixtures"
PAIRED_AT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def call_rubric() -> Rubric:
    """The fixture rubric, validated as the loader will."""
    data = yaml.safe_load((FIXTURES / "rubric_call.yaml").read_text(encoding="utf-8"))
    return Rubric.model_validate(data)


def with_rubrics(library: Library, *rubrics: Rubric) -> Library:
    """The library with only ``rubrics`` (instead of the shipped ones)."""
    return replace(library, rubrics={r.rubric: r for r in rubrics})


@dataclass(frozen=True)
class Sparring:
    call_id: int  # MK's call with events and notes
    short_call_id: int  # MK's call with no events
    visit_id: int
    note_id: int


def add_sparring(store: Store) -> Sparring:
    """AB and MK paired; SL a trainer; MK's calls and visit of this morning."""
    with store.session(write=True) as s:

        def person(initials: str) -> Consultant:
            return s.exec(sqlmodel.select(Consultant).where(Consultant.initials == initials)).one()

        ab, mk, sl = person("AB"), person("MK"), person("SL")
        sl.role = "trainer"
        assert ab.id and mk.id
        # The demo's own history of AB's and MK's pairs gives way to one pair since today.
        for pair in s.exec(sqlmodel.select(BuddyPair)).all():
            if {pair.first_id, pair.second_id} & {ab.id, mk.id}:
                s.delete(pair)
        s.flush()
        s.add(BuddyPair(first_id=ab.id, second_id=mk.id, started_at=PAIRED_AT))
        company = s.exec(
            sqlmodel.select(Company).where(Company.name == "Hansen & Søn ApS [test]")
        ).first() or Company(name="Hansen & Søn ApS [test]", cvr="29998877")
        s.add(company)
        s.flush()
        assert company.id is not None
        start = PAIRED_AT + timedelta(hours=1, minutes=4)
        call = Call(
            company_id=company.id,
            consultant_id=mk.id,
            script_id="voksenlaerling",
            started_at=start,
            ended_at=start + timedelta(seconds=292),
            goal="Book besøg (voksenlærling)",
            goal_tools='["bala", "objections", "two_times"]',
            goal_effect="Finde behovet før løsningen",
        )
        short = Call(
            company_id=company.id,
            consultant_id=mk.id,
            script_id="fleksjob",
            started_at=start + timedelta(minutes=20),
            ended_at=start + timedelta(minutes=21),
        )
        s.add_all([call, short])
        s.flush()
        assert call.id and short.id
        s.add(CallOutcome(call_id=call.id, outcome="meeting", reached=True))
        s.add(CallOutcome(call_id=short.id, outcome="not_interested", reached=True))
        for offset, kind, phase, step, objection in (
            (0, "phase_entered", "aabning", None, None),
            (40, "phase_entered", "analyse", None, None),
            (130, "bala_reached", "analyse", "behov", None),
            (175, "bala_reached", "analyse", "accept_behov", None),
            (204, "phase_entered", "indvendinger", None, None),
            (215, "objection", "indvendinger", None, ("ingen-tid", "ingen-tid-konkretiser")),
            (276, "phase_entered", "loesning", None, None),
            (276, "bala_reached", "loesning", "loesning", None),
        ):
            s.add(
                CallEvent(
                    call_id=call.id,
                    at=start + timedelta(seconds=offset),
                    kind=kind,
                    phase=phase,
                    bala_step=step,
                    objection_id=objection[0] if objection else None,
                    answer_id=objection[1] if objection else None,
                )
            )
        note = ObserverNote(
            call_id=call.id,
            observer_id=ab.id,
            at=start + timedelta(seconds=130),
            offset_s=130,
            phase="analyse",
            text="Lod kunden fortælle om januar-travlheden [godt]",
        )
        s.add(note)
        s.add(
            ObserverNote(
                call_id=call.id,
                observer_id=ab.id,
                at=start + timedelta(seconds=175),
                offset_s=175,
                phase="analyse",
                text="Accept-spørgsmålet kom før behovet",
            )
        )
        visit = Meeting(
            company_id=company.id,
            consultant_id=mk.id,
            starts_at=PAIRED_AT + timedelta(minutes=30),
            status=MeetingStatus.HELD.value,
            purpose="Voksenlærling på lageret",
            result_note="Aftalt opstart i januar",
            goal="Afklare antal timer",
        )
        s.add(visit)
        s.flush()
        assert note.id and visit.id
        return Sparring(call.id, short.id, visit.id, note.id)
