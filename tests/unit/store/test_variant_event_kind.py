"""Revision 0012: ``call_event.kind`` holds ``variant_shown`` — both backends, from a
database at 0011 with its events kept, and an unknown kind still refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from canvass.store import Store
from canvass.store.schema import upgrade
from tests.unit.store.revision_helpers import engine_for

AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _insert_event(conn, kind: str, detail: str = "") -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        text("INSERT INTO call_event (call_id, at, kind, detail) VALUES (1, :at, :kind, :d)"),
        {"at": AT, "kind": kind, "d": detail},
    )


def test_a_database_at_0011_keeps_its_events_and_takes_variant_shown(db_url: str) -> None:
    engine = engine_for(db_url)
    try:
        assert upgrade(engine, "0011").revision == "0011"
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO consultant (id, initials, name, created_at)"
                    " VALUES (1, 'AB', 'A', :at)"
                ),
                {"at": AT},
            )
            conn.execute(
                text(
                    "INSERT INTO company (id, name, created_at, updated_at)"
                    " VALUES (1, 'Firma', :at, :at)"
                ),
                {"at": AT},
            )
            conn.execute(
                text(
                    "INSERT INTO call (id, company_id, consultant_id, script_id, script_version,"
                    " script_hash, started_at) VALUES (1, 1, 1, 'demo', 1, :h, :at)"
                ),
                {"at": AT, "h": "0" * 64},
            )
            _insert_event(conn, "script_switched", "anden")
        with pytest.raises(IntegrityError), engine.begin() as conn:
            _insert_event(conn, "variant_shown", "hilsen:a")  # not yet at 0011
        assert upgrade(engine).revision >= "0012"
        with engine.begin() as conn:
            _insert_event(conn, "variant_shown", "hilsen:a")
            rows = conn.execute(text("SELECT kind, detail FROM call_event ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [
            ("script_switched", "anden"),
            ("variant_shown", "hilsen:a"),
        ]
        with pytest.raises(IntegrityError), engine.begin() as conn:
            _insert_event(conn, "bogus")
        with engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("call_event")}
        assert "ix_call_event_call_id" in indexes  # rebuilt with the table on SQLite
    finally:
        engine.dispose()
    Store.open(db_url).close()  # at head: opens without complaint
