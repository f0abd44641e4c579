"""Revision 0018: each company's last outcome in the derived call state, filled from the
rows already there, and what the list's rows show from it (both databases)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import bindparam, select, text
from sqlmodel import SQLModel

from canvass.store import Store, companies
from canvass.store.schema import upgrade
from tests.unit.store.calls_data import T0
from tests.unit.store.revision_helpers import engine_for

_T = SQLModel.metadata.tables

#: At revision 0017: company 1 has three calls (the latest without an outcome, the two
#: before it at the same moment: the higher id is the later), company 2 one call without
#: an outcome, company 3 none.
_AT_0017 = (
    "INSERT INTO consultant (id, initials, name, created_at) VALUES (1, 'AB', 'A', :t0)",
    "INSERT INTO company (id, name, created_at, updated_at, key_account, ad_protected,"
    " do_not_call, notes, search_key, sort_name, ad_override) VALUES"
    " (1, 'Hansen', :t0, :t0, false, false, false, '', 'hansen', 'hansen', false),"
    " (2, 'Olsen', :t0, :t0, false, false, false, '', 'olsen', 'olsen', false),"
    " (3, 'Jensen', :t0, :t0, false, false, false, '', 'jensen', 'jensen', false)",
    "INSERT INTO call (id, company_id, consultant_id, script_id, script_version, script_hash,"
    " started_at, notes, goal_tools, goal_effect) VALUES"
    " (1, 1, 1, 's', 1, '', :t1, '', '[]', ''), (2, 1, 1, 's', 1, '', :t1, '', '[]', ''),"
    " (3, 1, 1, 's', 1, '', :t0, '', '[]', ''), (4, 1, 1, 's', 1, '', :t2, '', '[]', ''),"
    " (5, 2, 1, 's', 1, '', :t0, '', '[]', '')",
    "INSERT INTO call_outcome (call_id, outcome, reached, decided_at, comment) VALUES"
    " (1, 'busy', false, :t1, ''), (2, 'meeting', true, :t1, ''),"
    " (3, 'no_answer', false, :t0, '')",
)


def test_the_revision_fills_the_last_outcome(db_url: str) -> None:
    """The outcome of each company's latest call with one (started_at, then id); none
    for a company whose calls have none, or that has no call. The company page and the
    prioritised list's details show it."""
    engine = engine_for(db_url)
    moments = {"t0": T0, "t1": T0 + timedelta(days=1), "t2": T0 + timedelta(days=2)}
    utc = _T["call"].c.started_at.type
    try:
        upgrade(engine, "0017")
        with engine.begin() as conn:
            for sql in _AT_0017:
                names = [name for name in moments if f":{name}" in sql]
                statement = text(sql).bindparams(*(bindparam(n, type_=utc) for n in names))
                conn.execute(statement, {n: moments[n] for n in names})
        upgrade(engine)
    finally:
        engine.dispose()
    c = _T["company"].c
    with Store.open(db_url) as store, store.session() as session:
        stored = dict(session.execute(select(c.id, c.last_outcome)).all())
        rows = companies.company_rows(session, "", 0, 10, T0)
    assert stored == {1: "meeting", 2: None, 3: None}
    assert {row.id: row.last_outcome for row in rows} == stored
