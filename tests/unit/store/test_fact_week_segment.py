"""``call_fact.week`` and ``call_fact.segment`` (revision 0014), on both backends: the
Copenhagen ISO week of each call's start (worked out by hand below, across the end of
summer time), the company's segment following an import, an edit and a Core UPDATE that
change it, and a database at 0013 with facts filled by the revision."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, bindparam, inspect, select, text, update
from sqlmodel import SQLModel

from canvass.domain.outcomes import Outcome
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import Actor
from canvass.domain.stats import By, Period
from canvass.domain.wrapup import WrapUp
from canvass.services import Services
from canvass.store import Store
from canvass.store.call_facts import computed_facts, kept_facts, week_of_hour
from canvass.store.models import Company
from canvass.store.schema import upgrade
from canvass.transfer import apply_import, read_companies
from tests.unit.store.calls_data import finished_call, people
from tests.unit.store.revision_helpers import engine_for
from tests.unit.store.test_call_facts import assert_right

_FACT = SQLModel.metadata.tables["call_fact"]

# Summer time ends 25 October 2026 at 01:00 UTC; that Sunday ends week 43.
# UTC start → Copenhagen local → ISO week
WEEKS = {
    datetime(2026, 10, 25, 22, 30, tzinfo=UTC): "2026-W43",  # Sunday 23:30 (UTC+1)
    datetime(2026, 10, 25, 23, 30, tzinfo=UTC): "2026-W44",  # Monday 00:30
    datetime(2026, 10, 18, 21, 30, tzinfo=UTC): "2026-W42",  # Sunday 23:30 (UTC+2)
    datetime(2026, 10, 18, 22, 30, tzinfo=UTC): "2026-W43",  # Monday 00:30
    datetime(2026, 12, 31, 23, 30, tzinfo=UTC): "2026-W53",  # Friday 1 Jan 2027, 00:30
    datetime(2027, 1, 3, 23, 30, tzinfo=UTC): "2027-W01",  # Monday 4 Jan 2027, 00:30
}


def _weeks(store: Store) -> dict[int, str | None]:
    with store.connection() as conn:
        return dict(conn.execute(select(_FACT.c.call_id, _FACT.c.week)).all())


def _segments(store: Store) -> dict[int, str | None]:
    with store.connection() as conn:
        return dict(conn.execute(select(_FACT.c.call_id, _FACT.c.segment)).all())


def test_hours_name_their_copenhagen_weeks() -> None:
    for at, week in WEEKS.items():
        assert week_of_hour(at.strftime("%Y-%m-%d %H")) == week, at


def test_each_finished_call_keeps_its_copenhagen_week(store: Store) -> None:
    people(store)
    ids = {at: finished_call(store, WrapUp(Outcome.BUSY), at=at) for at in WEEKS}
    weeks = _weeks(store)
    assert {at: weeks[call_id] for at, call_id in ids.items()} == WEEKS
    assert_right(store)


def test_the_segment_follows_an_import_an_edit_and_a_core_update(
    store: Store, tmp_path: Path
) -> None:
    people(store)
    first = finished_call(store, WrapUp(Outcome.MEETING))
    second = finished_call(store, WrapUp(Outcome.BUSY), company_id=2)
    assert _segments(store) == {first: None, second: None}
    path = tmp_path / "firmaer.csv"
    path.write_text(
        "Navn;CVR;Telefon;Segment\r\nHansen & Søn ApS;;75821140;industri\r\n", encoding="utf-8"
    )
    apply_import(store, read_companies(path), None)
    assert _segments(store) == {first: "industri", second: None}
    with store.session(write=True) as session:
        company = session.get(Company, 2)
        assert company is not None
        company.segment = "byggeri"
    assert _segments(store) == {first: "industri", second: "byggeri"}
    with store.session(write=True) as session:
        session.execute(update(Company).where(Company.id == 1).values(segment="handel"))
    with store.connection(write=True) as conn:
        conn.execute(update(_T_COMPANY).values(segment=None).where(_T_COMPANY.c.id == 2))
    assert _segments(store) == {first: "handel", second: None}
    assert_right(store)
    services = Services.of(store)
    lead = Actor(1, Role.TEAMLEAD)
    rows = services.stats.overview(lead, Period(), By.SEGMENT)
    assert [(r.key, r.calls, r.meetings) for r in rows] == [("handel", 1, 1), ("", 1, 0)]


_T_COMPANY = SQLModel.metadata.tables["company"]
_AT = datetime(2026, 10, 25, 22, 30, tzinfo=UTC)

_AT_0012 = (
    "INSERT INTO consultant (id, initials, name, created_at) VALUES (1, 'AB', 'A', :t0)",
    "INSERT INTO company (id, name, segment, created_at, updated_at, key_account,"
    " ad_protected, do_not_call, notes, search_key, sort_name) VALUES"
    " (1, 'Hansen', 'industri', :t0, :t0, false, false, false, '', '', 'hansen'),"
    " (2, 'Olsen', NULL, :t0, :t0, false, false, false, '', '', 'olsen')",
    "INSERT INTO call (id, company_id, consultant_id, script_id, script_version, script_hash,"
    " started_at, notes) VALUES (1, 1, 1, 's', 1, '', :t0, ''), (2, 2, 1, 's', 1, '', :t1, ''),"
    " (3, 1, 1, 's', 1, '', :t1, '')",
    "INSERT INTO call_outcome (call_id, outcome, reached, decided_at, comment) VALUES"
    " (1, 'meeting', true, :t0, ''), (2, 'busy', false, :t1, '')",
    "INSERT INTO call_event (call_id, at, kind, phase, detail) VALUES"
    " (1, :t0, 'variant_shown', 'aabning', 'hilsen:a'),"
    " (1, :t0, 'variant_shown', 'aabning', 'hilsen:a'),"
    " (3, :t1, 'variant_shown', 'aabning', 'hilsen:b')",
)


def write_at_0012(conn: Connection, statements: Iterable[str] = _AT_0012) -> None:
    """Run ``statements`` (those of a database at 0012) with ``:t0`` = ``_AT`` and ``:t1``
    an hour later, as UTC moments."""
    utc = _FACT.c.started_at.type
    moments = {"t0": _AT, "t1": _AT + timedelta(hours=1)}
    for sql in statements:
        names = [n for n in moments if f":{n}" in sql]
        statement = text(sql).bindparams(*(bindparam(n, type_=utc) for n in names))
        conn.execute(statement, {n: moments[n] for n in names})


def test_a_database_at_0013_gets_the_weeks_and_segments_of_its_facts(db_url: str) -> None:
    """Calls written at 0012 get their facts at 0013 (no week, no segment), then both at
    0014, and their variants shown; call 3 (no outcome) has none."""
    engine = engine_for(db_url)
    try:
        upgrade(engine, "0012")
        with engine.begin() as conn:
            write_at_0012(conn)
        upgrade(engine, "0013")
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("call_fact")}
            assert "week" not in columns and "segment" not in columns
            assert conn.execute(text("SELECT count(*) FROM call_fact")).scalar_one() == 2
        upgrade(engine)
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT call_id, week, segment FROM call_fact ORDER BY call_id")
            ).all()
            indexes = {i["name"] for i in inspect(conn).get_indexes("call_fact")}
            assert kept_facts(conn) == computed_facts(conn)
            variants = conn.execute(
                text("SELECT call_id, objection_id, detail, reached, bala1 FROM variant_fact")
            ).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [(1, "2026-W43", "industri"), (2, "2026-W44", None)]
    assert {"ix_call_fact_week", "ix_call_fact_segment"} <= indexes
    assert "ix_call_fact_hour" not in indexes
    assert [tuple(v) for v in variants] == [(1, "", "hilsen:a", True, 0)]
    Store.open(db_url).close()  # at head: opens without complaint
