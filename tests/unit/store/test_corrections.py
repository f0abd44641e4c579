"""Correcting a saved call: own calls of today only, a revision per change, meetings
cancelled (never deleted) and their calendar SEQUENCE bumped."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlmodel

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import CallbackDraft, MeetingDraft, WrapUp
from canvass.services import Services
from canvass.store.models import Callback, CallOutcome, CallRevision, Meeting
from canvass.store.store import Store

from .calls_data import T0, finished_call, people

LATER = T0 + timedelta(hours=2)  # still Monday in Copenhagen
MEETING = MeetingDraft(
    datetime(2026, 12, 1, 9, 0, tzinfo=UTC), 60, "company", "Vejlevej 1", "Mette", "Besøg"
)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "corrections.db") as opened:
        people(opened)
        yield opened


def _revisions(store: Store) -> list[CallRevision]:
    with store.session() as session:
        return list(session.exec(sqlmodel.select(CallRevision)).all())


def _meetings(store: Store) -> list[Meeting]:
    with store.session() as session:
        return list(session.exec(sqlmodel.select(Meeting)).all())


def test_todays_calls_are_my_own_of_this_copenhagen_day_newest_first(store: Store) -> None:
    early = finished_call(
        store, WrapUp(Outcome.BUSY), at=datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    )
    late = finished_call(store, WrapUp(Outcome.VOICEMAIL), at=T0)
    finished_call(store, WrapUp(Outcome.BUSY), consultant_id=2, at=T0)
    finished_call(store, WrapUp(Outcome.BUSY), at=datetime(2026, 11, 22, 22, 30, tzinfo=UTC))
    # 23:30 UTC on the 22nd is 00:30 on Monday in Copenhagen; 22:30 UTC is still Sunday.
    assert [c.call_id for c in Services.of(store).history.todays_calls(1, LATER)] == [late, early]


def test_changing_the_outcome_keeps_a_revision_with_before_and_after(store: Store) -> None:
    call_id = finished_call(store, WrapUp(Outcome.BUSY, "prøv igen"), notes="Ingen svar")
    changed = Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.NOT_INTERESTED, "Har folk nok"),
        notes="Talte med Mette",
    )  # fmt: skip
    assert changed is True
    [revision] = _revisions(store)
    assert (revision.call_id, revision.consultant_id) == (call_id, 1)
    assert revision.changed_at == LATER
    before, after = json.loads(revision.before_json), json.loads(revision.after_json)
    assert (before["outcome"], before["comment"], before["notes"]) == (
        "busy", "prøv igen", "Ingen svar",
    )  # fmt: skip
    assert (after["outcome"], after["comment"], after["notes"]) == (
        "not_interested", "Har folk nok", "Talte med Mette",
    )  # fmt: skip
    with store.session() as session:
        outcome = session.exec(sqlmodel.select(CallOutcome)).one()
    assert (outcome.outcome, outcome.reached) == ("not_interested", True)
    [shown] = Services.of(store).history.company_history(1)
    assert (shown.outcome, shown.notes, shown.revisions) == (
        "not_interested", "Talte med Mette", 1,
    )  # fmt: skip
    [read] = Services.of(store).history.call_revisions(call_id)
    assert read.consultant == "AB" and read.before["outcome"] == "busy"


def test_nothing_changed_stores_no_revision(store: Store) -> None:
    call_id = finished_call(store, WrapUp(Outcome.BUSY, "x"), notes="n")
    assert (
        Services.of(store).history.correct_call(
            call_id, 1, LATER, wrapup=WrapUp(Outcome.BUSY, "x"), notes="n"
        )
        is False
    )
    assert _revisions(store) == []


def test_outcome_away_from_meeting_cancels_the_meeting_and_bumps_its_sequence(
    store: Store,
) -> None:
    call_id = finished_call(store, WrapUp(Outcome.MEETING, meeting=MEETING))
    [booked] = _meetings(store)
    assert (booked.status, booked.sequence) == ("booked", 0)
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.NOT_INTERESTED)
    )
    [cancelled] = _meetings(store)  # kept, not deleted
    assert (cancelled.uid, cancelled.status, cancelled.sequence) == (booked.uid, "cancelled", 1)
    assert cancelled.updated_at == LATER
    before = json.loads(_revisions(store)[0].before_json)
    assert before["meeting"]["starts_at"] == "2026-12-01T09:00:00+00:00"


def test_a_moved_meeting_bumps_sequence_and_an_unchanged_one_does_not(store: Store) -> None:
    call_id = finished_call(store, WrapUp(Outcome.MEETING, meeting=MEETING))
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.MEETING, "ok", meeting=MEETING)
    )
    assert _meetings(store)[0].sequence == 0  # only the comment changed
    moved = MeetingDraft(MEETING.starts_at + timedelta(hours=3), 90, "video", "", "Mette", "")
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.MEETING, "ok", meeting=moved)
    )
    [meeting] = _meetings(store)
    assert meeting.sequence == 1 and meeting.duration_min == 90
    assert meeting.starts_at == MEETING.starts_at + timedelta(hours=3)
    state = Services.of(store).history.call_state(call_id)
    assert state is not None and state.wrapup is not None and state.wrapup.meeting is not None
    assert state.wrapup.meeting.location_kind == "video"
    assert state.company_name == "Hansen & Søn ApS" and state.company_address == ""


def test_changing_to_callback_makes_one_and_back_removes_it(store: Store) -> None:
    call_id = finished_call(store, WrapUp(Outcome.SEND_MATERIAL))
    due = CallbackDraft(datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "efter ferien")
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.CALLBACK, callback=due)
    )
    with store.session() as session:
        [callback] = session.exec(sqlmodel.select(Callback)).all()
    assert (callback.call_id, callback.reason) == (call_id, "efter ferien")
    Services.of(store).history.correct_call(call_id, 1, LATER, wrapup=WrapUp(Outcome.SEND_MATERIAL))
    with store.session() as session:
        assert session.exec(sqlmodel.select(Callback)).all() == []
    assert len(_revisions(store)) == 2


def test_only_my_own_calls_of_today(store: Store) -> None:
    colleague = finished_call(store, WrapUp(Outcome.BUSY), consultant_id=2)
    yesterday = finished_call(store, WrapUp(Outcome.BUSY), at=T0 - timedelta(days=1))
    for call_id in (colleague, yesterday):
        with pytest.raises(ValueError, match="kun rette dine egne opkald fra i dag"):
            Services.of(store).history.correct_call(
                call_id, 1, LATER, wrapup=WrapUp(Outcome.NOT_INTERESTED)
            )
    with pytest.raises(ValueError, match="findes ikke"):
        Services.of(store).history.correct_call(999, 1, LATER, notes="x")
    assert _revisions(store) == []


def test_a_job_order_is_changed_in_place_and_removed_when_no_longer_wanted(store: Store) -> None:
    from canvass.domain.wrapup import JobOrderDraft
    from canvass.store.models import JobOrder

    def order(title: str) -> JobOrderDraft:
        return JobOrderDraft(title, "", 2, 37, None, None, "", "", "", "", "", "")

    call_id = finished_call(store, WrapUp(Outcome.JOB_ORDER, job_order=order("Tømrer")))
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.JOB_ORDER, job_order=order("Murer"))
    )
    with store.session() as session:
        [saved] = session.exec(sqlmodel.select(JobOrder)).all()
    assert (saved.title, saved.positions, saved.contact_phone) == ("Murer", 2, None)
    state = Services.of(store).history.call_state(call_id)
    assert state is not None and state.wrapup is not None
    assert state.wrapup.job_order == order("Murer")
    Services.of(store).history.correct_call(call_id, 1, LATER, wrapup=WrapUp(Outcome.WRONG_PERSON))
    with store.session() as session:
        assert session.exec(sqlmodel.select(JobOrder)).all() == []
    assert json.loads(_revisions(store)[-1].before_json)["job_order"]["title"] == "Murer"


def test_the_next_export_carries_the_correction_with_the_same_uid(store: Store) -> None:
    import icalendar

    from canvass.transfer import meetings_calendar

    call_id = finished_call(store, WrapUp(Outcome.MEETING, meeting=MEETING))

    def exported() -> dict[str, icalendar.Event]:
        calendar = icalendar.Calendar.from_ical(meetings_calendar(store, now=LATER))
        return {str(e["UID"]): e for e in calendar.walk("VEVENT")}

    [(uid, booked)] = exported().items()
    moved = MeetingDraft(MEETING.starts_at + timedelta(days=1), 60, "company", "", "", "")
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.MEETING, meeting=moved)
    )
    [(same, changed)] = exported().items()
    assert same == uid and changed["SEQUENCE"] > booked["SEQUENCE"]
    assert changed.decoded("DTSTART") == moved.starts_at
    assert changed.decoded("LAST-MODIFIED") == LATER
    Services.of(store).history.correct_call(
        call_id, 1, LATER, wrapup=WrapUp(Outcome.NOT_INTERESTED)
    )
    [(still, cancelled)] = exported().items()
    assert still == uid and cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SEQUENCE"] > changed["SEQUENCE"]
