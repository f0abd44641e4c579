"""Follow-up queries and changes: callbacks, meetings, job orders (on the demo data)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from canvass.i18n import set_language
from canvass.services import Services
from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.store.followup import check_job_order, next_job_order_status
from canvass.store.models import Callback, JobOrder, Meeting

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def demo(store: Store) -> Store:
    fill_demo(store, today=date(2026, 11, 23))
    return store


def _anne(store: Store) -> int:
    info = Services.of(store).consultants.consultant("AB")
    assert info is not None
    return info.id


def test_open_callbacks_for_one_consultant_earliest_first(demo: Store) -> None:
    anne = _anne(demo)
    mine = Services.of(demo).followup.callback_rows(consultant_id=anne)
    everyone = Services.of(demo).followup.callback_rows(consultant_id=None)
    assert mine and len(mine) < len(everyone)
    assert {row.consultant_initials for row in mine} == {"AB"}
    assert all(row.done_at is None for row in everyone)
    assert [row.due_at for row in everyone] == sorted(row.due_at for row in everyone)
    assert any(row.due_at < NOW for row in everyone)  # the demo has overdue ones
    assert all(row.company_name for row in everyone)
    with_done = Services.of(demo).followup.callback_rows(consultant_id=None, include_done=True)
    assert len(with_done) > len(everyone)
    with demo.session() as session:
        assert len(with_done) == len(session.exec(select(Callback)).all())


def test_mark_done_and_reassign(demo: Store) -> None:
    row = Services.of(demo).followup.callback_rows(consultant_id=None)[0]
    Services.of(demo).followup.mark_callback_done(row.id, NOW)
    Services.of(demo).followup.mark_callback_done(
        row.id, NOW + timedelta(hours=1)
    )  # the first moment stays
    with demo.session() as session:
        found = session.get(Callback, row.id)
        assert found is not None and found.done_at == NOW
    assert row.id not in {
        r.id for r in Services.of(demo).followup.callback_rows(consultant_id=None)
    }

    other = Services.of(demo).followup.callback_rows(consultant_id=None)[0]
    jonas = Services.of(demo).consultants.consultant("JH")
    assert jonas is not None and other.consultant_id != jonas.id
    Services.of(demo).followup.reassign_callback(other.id, jonas.id)
    assert [r.id for r in Services.of(demo).followup.callback_rows(consultant_id=jonas.id)] == [
        other.id
    ]


def test_callback_errors_are_translated(demo: Store) -> None:
    with pytest.raises(ValueError, match="findes ikke"):
        Services.of(demo).followup.mark_callback_done(99999, NOW)
    row = Services.of(demo).followup.callback_rows(consultant_id=None)[0]
    set_language("en")
    try:
        with pytest.raises(ValueError, match="Consultant 4242 does not exist"):
            Services.of(demo).followup.reassign_callback(row.id, 4242)
    finally:
        set_language("da")


def test_meetings_upcoming_and_past(demo: Store) -> None:
    upcoming = Services.of(demo).followup.meeting_rows(consultant_id=None, upcoming=True, now=NOW)
    past = Services.of(demo).followup.meeting_rows(consultant_id=None, upcoming=False, now=NOW)
    assert upcoming and past
    assert all(row.starts_at >= NOW for row in upcoming)
    assert all(row.starts_at < NOW for row in past)
    assert [r.starts_at for r in upcoming] == sorted(r.starts_at for r in upcoming)
    assert [r.starts_at for r in past] == sorted((r.starts_at for r in past), reverse=True)
    assert {row.status for row in upcoming} == {"booked"}
    first = upcoming[0]
    assert first.company_address and first.company_phone and first.duration_min > 0
    assert any(row.contact_name for row in upcoming)
    mine = Services.of(demo).followup.meeting_rows(
        consultant_id=_anne(demo), upcoming=True, now=NOW
    )
    assert {row.consultant_initials for row in mine} == {"AB"}


def test_set_meeting_status_with_and_without_note(demo: Store) -> None:
    row = Services.of(demo).followup.meeting_rows(consultant_id=None, upcoming=True, now=NOW)[0]
    Services.of(demo).followup.set_meeting_status(row.id, "held", "  Aftalt to praktikpladser ")
    Services.of(demo).followup.set_meeting_status(row.id, "held")  # no note given: the note stays
    with demo.session() as session:
        found = session.get(Meeting, row.id)
        assert found is not None
        assert (found.status, found.result_note) == ("held", "Aftalt to praktikpladser")
    with pytest.raises(ValueError, match="Ukendt mødestatus"):
        Services.of(demo).followup.set_meeting_status(row.id, "postponed")
    with pytest.raises(ValueError, match="findes ikke"):
        Services.of(demo).followup.set_meeting_status(99999, "held")


def test_job_orders_filtered_by_status(demo: Store) -> None:
    every = Services.of(demo).followup.job_order_rows(status=None)
    assert every and all(row.company_name and row.title for row in every)
    for status in ("open", "enough_candidates", "filled", "expired"):
        rows = Services.of(demo).followup.job_order_rows(status=status)
        assert {row.status for row in rows} <= {status}
    followup = Services.of(demo).followup
    assert sum(len(followup.job_order_rows(status=s)) for s in ("open", "enough_candidates",
               "filled", "expired")) == len(every)  # fmt: skip


def test_update_job_order_fields(demo: Store) -> None:
    row = Services.of(demo).followup.job_order_rows(status=None)[0]
    Services.of(demo).followup.update_job_order(
        row.id,
        title=" Tømrer til tagarbejde ",
        positions=2,
        hours_per_week=37.5,
        start_date=date(2027, 1, 4),
        contact_phone="+45 75 82 11 40",
        contact_email="",
        p_number="1012345678",
        status="filled",
    )
    changed = next(
        r for r in Services.of(demo).followup.job_order_rows(status="filled") if r.id == row.id
    )
    assert changed.title == "Tømrer til tagarbejde"
    assert (changed.positions, changed.hours_per_week) == (2, 37.5)
    assert changed.start_date == date(2027, 1, 4)
    assert changed.contact_phone == "75821140"
    assert changed.contact_email is None
    assert changed.updated_at > row.updated_at


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "x" * 101}, "Højst 100 tegn"),
        ({"title": "  "}, "Skal udfyldes"),
        ({"status": "closed"}, "Ukendt jobordrestatus"),
        ({"positions": 0}, "helt tal"),
        ({"hours_per_week": 120}, "timer pr. uge"),
        ({"contact_phone": "123"}, "8 cifre"),
        ({"contact_email": "ikke-en-adresse"}, "e-mailadresse"),
        ({"p_number": "12345"}, "10 cifre"),
        ({"colour": "red"}, "intet felt colour"),
    ],
)
def test_update_job_order_refuses_bad_values(
    demo: Store, fields: dict[str, object], message: str
) -> None:
    row = Services.of(demo).followup.job_order_rows(status=None)[0]
    with pytest.raises(ValueError, match=message):
        Services.of(demo).followup.update_job_order(row.id, **fields)
    with demo.session() as session:
        found = session.get(JobOrder, row.id)
        assert found is not None and found.title == row.title and found.status == row.status


def test_title_of_exactly_100_characters_is_fine(demo: Store) -> None:
    row = Services.of(demo).followup.job_order_rows(status=None)[0]
    Services.of(demo).followup.update_job_order(row.id, title="y" * 100)
    assert check_job_order({"title": "y" * 100}) == {}


def test_missing_job_order(demo: Store) -> None:
    with pytest.raises(ValueError, match="Jobordre 99999 findes ikke"):
        Services.of(demo).followup.update_job_order(99999, title="Smed")


def test_status_cycle() -> None:
    assert next_job_order_status("open") == "enough_candidates"
    assert next_job_order_status("enough_candidates") == "filled"
    assert next_job_order_status("filled") == "expired"
    assert next_job_order_status("expired") == "open"
