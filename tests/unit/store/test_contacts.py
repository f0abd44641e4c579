"""What the wrap-up learns about a company, stored with the outcome in one transaction:
the right person, the right number, do-not-call; and switching contact mid-call."""

from datetime import UTC, date, datetime

import pytest
import sqlmodel
from sqlalchemy.exc import IntegrityError

from canvass.domain.call_session import CallSession, Event, EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import ContactDraft, WrapUp, build_wrapup
from canvass.services import Services
from canvass.store import calls
from canvass.store.cards import company_card
from canvass.store.models import Call, CallOutcome, Company, Consultant, ContactPerson
from canvass.store.store import Store

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "contacts.db") as opened:
        with opened.session() as session:
            session.add(Consultant(initials="AB", name="Anne Bech"))
            session.add(Company(name="Hansen & Søn ApS", cvr="24256790", phone="75821140"))
            session.add(ContactPerson(company_id=1, name="Lars Hansen", role="indehaver"))
            session.add(ContactPerson(company_id=1, name="Mette Holm", role="HR"))
        yield opened


def _start(store: Store) -> int:
    _, first = CallSession.begin(T0)
    with store.session() as session:
        return calls.start_call(
            session,
            company_id=1,
            consultant_id=1,
            script_id="rekruttering-besoeg",
            script_version=1,
            script_hash="abc",
            first_event=first,
            contact_id=1,
        )


def _finish(store: Store, outcome: Outcome, **fields: str) -> int | None:
    call_id = _start(store)
    wrapup = build_wrapup(outcome, fields, now=T0, today=TODAY).wrapup
    assert wrapup is not None
    return Services.of(store).calls.finish_call(call_id, wrapup, T0)


def test_wrong_person_adds_the_right_one_as_a_contact(store: Store) -> None:
    new_id = _finish(
        store, Outcome.WRONG_PERSON, person_name="Jens Lund", person_role="værkfører",
        person_phone="20 30 40 50",
    )  # fmt: skip
    assert new_id is not None
    with store.session() as session:
        person = session.get(ContactPerson, new_id)
        assert (person.company_id, person.name, person.role, person.phone) == (
            1, "Jens Lund", "værkfører", "20304050",
        )  # fmt: skip
        card = company_card(session, 1)
    assert [c.name for c in card.contacts] == ["Lars Hansen", "Mette Holm", "Jens Lund"]
    assert card.with_contact(new_id).contact.name == "Jens Lund"
    assert [c.name for c in card.with_contact(new_id).contacts][1:] == ["Lars Hansen", "Mette Holm"]
    assert card.with_contact(999) is card


def test_wrong_number_corrects_the_company_phone(store: Store) -> None:
    assert _finish(store, Outcome.WRONG_NUMBER, new_phone="+45 76 81 00 00") is None
    with store.session() as session:
        assert session.get(Company, 1).phone == "76810000"


def test_declined_marks_the_company_do_not_call(store: Store) -> None:
    _finish(store, Outcome.DECLINED)
    with store.session() as session:
        assert session.get(Company, 1).do_not_call
        assert session.exec(sqlmodel.select(CallOutcome.outcome)).one() == "declined"


def test_company_changes_are_rolled_back_with_a_failed_finish(store: Store) -> None:
    call_id = _start(store)
    Services.of(store).calls.finish_call(call_id, WrapUp(Outcome.BUSY), T0)
    wrapup = WrapUp(
        Outcome.WRONG_NUMBER, company_phone="76810000", new_contact=ContactDraft("X", None, None)
    )
    with pytest.raises(IntegrityError):  # a second outcome for the same call
        Services.of(store).calls.finish_call(call_id, wrapup, T0)
    with store.session() as session:
        assert session.get(Company, 1).phone == "75821140"
        assert len(session.exec(sqlmodel.select(ContactPerson)).all()) == 2


def test_switching_contact_updates_the_call_and_resumes_with_it(store: Store) -> None:
    call_id = _start(store)
    switched = Event(EventKind.CONTACT_SWITCHED, T0, detail="2")
    Services.of(store).calls.record_events(call_id, [switched])
    with store.session() as session:
        assert session.get(Call, call_id).contact_id == 2
    resumed = Services.of(store).calls.open_call(1)
    assert resumed is not None and resumed.contact_id == 2
    assert resumed.events[-1].kind is EventKind.CONTACT_SWITCHED
