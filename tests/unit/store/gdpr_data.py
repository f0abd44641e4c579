"""A company with two contact persons, calls with each, and what the GDPR tests look for.

Made through the real store path (start, events, finish). The erased person is Jens
Kjærgaard; Mette Ulstrup stays, so every raw search has a positive control.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from canvass.domain.call_session import CallSession, Event, EventKind
from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import CallbackDraft, JobOrderDraft, MeetingDraft, WrapUp
from canvass.services import Services
from canvass.store.models import Company, Consultant, ContactPerson
from canvass.store.store import Store

#: Monday 23 November 2026, 10:00 in Copenhagen.
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

#: Strings that must be gone after Jens is forgotten (as bytes anywhere in the database).
JENS = ("Kjærgaard", "22446688", "jens@hansen.example", "ondt i ryggen", "Jens")
#: Strings of Mette, the other contact, which must stay.
METTE = ("Ulstrup", "33557799", "mette@hansen.example")


def fill(store: Store) -> dict[str, int]:
    """Consultant AB; Hansen & Søn ApS (CVR 24256790) with Jens (1) and Mette (2);
    Østergaard Byg with one call; returns the ids."""
    with store.session(write=True) as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        company = Company(
            name="Hansen & Søn ApS", cvr="24256790", phone="75821140", notes="Spørg efter Jens."
        )
        other = Company(name="Østergaard Byg", cvr="72494814", phone="86123456")
        session.add_all([company, other])
        session.flush()
        assert company.id is not None and other.id is not None
        jens = ContactPerson(
            company_id=company.id,
            name="Jens Kjærgaard",
            role="indehaver",
            phone="22446688",
            email="jens@hansen.example",
        )
        mette = ContactPerson(
            company_id=company.id,
            name="Mette Ulstrup",
            role="bogholder",
            phone="33557799",
            email="mette@hansen.example",
        )
        session.add_all([jens, mette])
        session.flush()
        ids = {"company": company.id, "other": other.id, "jens": jens.id, "mette": mette.id}
    meeting = MeetingDraft(
        starts_at=T0 + timedelta(days=3),
        duration_min=60,
        location_kind="company",
        location="",
        attendees="Jens Kjærgaard",
        purpose="Tal med Jens om en lærling",
    )
    ids["call_jens"] = call(
        store,
        ids["company"],
        ids["jens"],
        T0,
        "Jens Kjærgaard har ondt i ryggen, ring 22 44 66 88",
        WrapUp(Outcome.MEETING, "Jens vil gerne", meeting=meeting),
        dialled="22446688",
    )
    order = JobOrderDraft(
        title="Lærling",
        description="Jens vil have en tømrerlærling",
        positions=1,
        hours_per_week=37,
        start_date=date(2027, 1, 4),
        deadline=None,
        requirements="",
        workplace_address="",
        contact_name="Jens Kjærgaard",
        contact_phone="22446688",
        contact_email="jens@hansen.example",
        p_number="",
    )
    ids["call_mette"] = call(
        store,
        ids["company"],
        ids["mette"],
        T0 + timedelta(hours=1),
        "Mette Ulstrup siger at Jens er syg",
        WrapUp(
            Outcome.JOB_ORDER,
            "Mette sender papirer",
            job_order=order,
            callback=None,
        ),
    )
    ids["call_other"] = call(
        store,
        ids["other"],
        None,
        T0 + timedelta(hours=2),
        "Ingen tid nu",
        WrapUp(
            Outcome.CALLBACK,
            callback=CallbackDraft(T0 + timedelta(days=1), "Ring igen, Mette Ulstrup kender dem"),
        ),
    )
    return ids


def call(
    store: Store,
    company_id: int,
    contact_id: int | None,
    at: datetime,
    notes: str,
    wrapup: WrapUp,
    dialled: str | None = None,
) -> int:
    """A call with notes (and a dial event), wrapped up a minute later."""
    state, first = CallSession.begin(at)
    call_id = Services.of(store).calls.start_call(
        company_id=company_id,
        consultant_id=1,
        script_id="rekruttering-besoeg",
        script_version=1,
        script_hash="",
        first_event=first,
        contact_id=contact_id,
    )
    note = state.set_notes(notes, at)
    events = [note] if note else []
    if dialled:
        events.append(Event(EventKind.DIAL, at, detail=dialled))
    Services.of(store).calls.record_events(call_id, events)
    Services.of(store).calls.finish_call(call_id, wrapup, at + timedelta(minutes=1))
    return call_id


def statistics(store: Store) -> dict[str, object]:
    """What must survive any erasure: counts of calls, outcomes, meetings, callbacks,
    job orders, events and the session numbers."""
    counts = {}
    with store.engine.connect() as conn:
        for table in ("call", "call_outcome", "meeting", "callback", "job_order", "call_event"):
            counts[table] = conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
        counts["outcomes"] = sorted(
            conn.execute(text("SELECT outcome, reached FROM call_outcome")).all()
        )
    stats = Services.of(store).today.session_stats(1, T0 - timedelta(days=1))
    counts["session"] = (stats.calls, stats.reached, stats.meetings)
    return counts


def raw_bytes(store: Store) -> bytes:
    """Every byte the database keeps on disk: the SQLite file and its WAL, or every
    PostgreSQL relation file (tables, TOAST, indexes) of the database, after a CHECKPOINT
    so the server's buffers are on disk."""
    if store.target.file is not None:
        files = [store.target.file, Path(f"{store.target.file}-wal")]
        return b"".join(f.read_bytes() for f in files if f.exists())
    engine = create_engine(store.engine.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("CHECKPOINT"))
            paths = conn.execute(
                text(
                    "SELECT pg_relation_filepath(c.oid) FROM pg_class c"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')"
                )
            ).scalars()
            chunks = []
            for path in paths:
                if path is None:
                    continue
                chunks.append(
                    conn.execute(
                        text("SELECT pg_read_binary_file(:p, 0, 100000000, true)"), {"p": path}
                    ).scalar()
                    or b""
                )
            stats = conn.execute(
                text(
                    "SELECT coalesce(most_common_vals::text, '')"
                    " || coalesce(histogram_bounds::text, '')"
                    " FROM pg_stats WHERE schemaname = 'public'"
                )
            ).scalars()
            chunks.extend(s.encode() for s in stats)
            return b"".join(bytes(c) for c in chunks)
    finally:
        engine.dispose()


def text_columns_containing(store: Store, needle: str) -> list[str]:
    """``table.column`` of every text column holding ``needle`` (case-insensitive)."""
    found = []
    with store.engine.connect() as conn:
        if store.target.is_sqlite:
            tables = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).scalars()
            columns = [
                (table, row[1])
                for table in list(tables)
                for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')
                if any(word in str(row[2]).upper() for word in ("TEXT", "CHAR"))
            ]
        else:
            columns = [
                (row[0], row[1])
                for row in conn.execute(
                    text(
                        "SELECT table_name, column_name FROM information_schema.columns"
                        " WHERE table_schema = 'public'"
                        " AND data_type IN ('text', 'character varying')"
                    )
                )
            ]
        for table, column in columns:
            hits = conn.execute(
                text(f'SELECT count(*) FROM "{table}" WHERE lower("{column}") LIKE :n'),
                {"n": f"%{needle.lower()}%"},
            ).scalar()
            if hits:
                found.append(f"{table}.{column}")
    return found
