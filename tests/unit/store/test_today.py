"""Today's commitments: my callbacks due or overdue, my meetings today, my first call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from canvass.domain.when import COPENHAGEN, copenhagen_day
from canvass.services import Services
from canvass.store import Store
from canvass.store.models import Call, Callback, Company, Meeting, MeetingStatus

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday 10:00 in Copenhagen


def _setup(store: Store) -> tuple[int, int, dict[str, int]]:
    me, other = (
        Services.of(store).consultants.ensure_consultant("MH").id,
        Services.of(store).consultants.ensure_consultant("KL").id,
    )
    ids: dict[str, int] = {}
    with store.session(write=True) as session:
        for name in ("Alfa", "Beta", "Gamma", "Delta", "Epsilon"):
            company = Company(name=name)
            session.add(company)
            session.flush()
            assert company.id is not None
            ids[name] = company.id

        def callback(company: str, due: datetime, who: int = me, done: bool = False) -> None:
            session.add(
                Callback(
                    company_id=ids[company], consultant_id=who, due_at=due,
                    done_at=due if done else None,
                )
            )  # fmt: skip

        callback("Alfa", NOW - timedelta(days=20))  # overdue from an earlier day
        callback("Alfa", NOW + timedelta(hours=2))  # the same company again: counted once
        callback("Beta", NOW)  # due right now
        callback("Gamma", NOW + timedelta(hours=3))  # later today
        callback("Delta", NOW + timedelta(hours=15))  # 01:00 tomorrow in Copenhagen: not today
        callback("Epsilon", NOW - timedelta(hours=1), who=other)  # a colleague's
        callback("Epsilon", NOW - timedelta(hours=1), done=True)  # done already

        def meeting(company: str, starts: datetime, status: str = "booked") -> None:
            session.add(
                Meeting(company_id=ids[company], consultant_id=me, starts_at=starts, status=status)
            )

        meeting("Delta", NOW + timedelta(hours=4))
        meeting("Gamma", NOW - timedelta(hours=1))  # earlier today still counts
        meeting("Beta", NOW + timedelta(days=1))  # tomorrow
        meeting("Alfa", NOW + timedelta(hours=1), MeetingStatus.CANCELLED.value)
        for started in (NOW - timedelta(hours=1, minutes=12), NOW - timedelta(days=1)):
            session.add(
                Call(company_id=ids["Alfa"], consultant_id=me, script_id="x", started_at=started)
            )
    return me, other, ids


def test_todays_callbacks_meetings_and_first_call(store: Store) -> None:
    me, _, ids = _setup(store)
    today = Services.of(store).today.today(me, NOW)
    assert [cb.company_name for cb in today.overdue] == ["Alfa", "Beta"]
    assert [cb.company_name for cb in today.later_today] == ["Gamma"]  # Alfa: counted once
    assert (today.overdue_count, today.later_count) == (2, 1)
    assert len(today.due_ids) == 2 and today.fresh == ()  # the first look: nothing fresh
    assert [m.company_name for m in today.meetings] == ["Gamma", "Delta"]
    assert today.first_call_at == NOW - timedelta(hours=1, minutes=12)
    assert today.overdue[0].company_id == ids["Alfa"]
    assert today.overdue[0].due_at == NOW - timedelta(days=20)


def test_the_callbacks_come_due_since_the_last_look_are_fresh(store: Store) -> None:
    me, _, _ = _setup(store)
    service = Services.of(store).today
    first = service.today(me, NOW)
    later = NOW + timedelta(hours=2, minutes=30)  # Alfa's second callback came due
    second = service.today(me, later, first.due_ids)
    assert [(cb.company_name, cb.due_at) for cb in second.fresh] == [
        ("Alfa", NOW + timedelta(hours=2))
    ]
    assert second.due_ids == first.due_ids | {second.fresh[0].id}
    assert second.overdue_count == 2  # Alfa and Beta, each once
    assert service.today(me, later, second.due_ids).fresh == ()  # told once


def test_a_department_s_thousands_are_counted_not_kept(store: Store) -> None:
    """The day keeps counts, ids and the first few names — not an object per callback."""
    from canvass.store.today import FRESH, NAMED, Today

    rows = [(n, n, f"Firma {n}", NOW - timedelta(minutes=5000 - n)) for n in range(5000)]
    rows += [(9000 + n, 9000 + n, f"Senere {n}", NOW + timedelta(minutes=n + 1)) for n in range(50)]
    day = Today.of(NOW, rows, known=frozenset(range(4000)))
    assert (day.overdue_count, day.later_count) == (5000, 50)
    assert [cb.company_name for cb in day.overdue] == [f"Firma {n}" for n in range(NAMED)]
    assert len(day.later_today) == NAMED and day.due_ids == frozenset(range(5000))
    assert [cb.id for cb in day.fresh] == list(range(4000, 4000 + FRESH))


def test_a_colleague_and_an_empty_day(store: Store) -> None:
    _, other, _ = _setup(store)
    theirs = Services.of(store).today.today(other, NOW)
    assert [cb.company_name for cb in theirs.overdue] == ["Epsilon"]
    assert theirs.meetings == () and theirs.first_call_at is None


def test_the_day_is_a_copenhagen_day() -> None:
    start, end = copenhagen_day(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))  # 00:30 Monday there
    assert (start, end) == (
        datetime(2026, 11, 23, tzinfo=COPENHAGEN),
        datetime(2026, 11, 24, tzinfo=COPENHAGEN),
    )
    assert start.tzinfo is UTC  # bound as UTC, like every stored moment
