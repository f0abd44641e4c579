"""Keep the tallies (:mod:`canvass.store.tally_models`) equal to the sums of the facts
they add up, with triggers on ``call_fact`` and ``variant_fact``: every write of a fact —
a finished call, a corrected outcome, an event, a segment or week named, a call forgotten
or purged (the facts go with the call, ON DELETE CASCADE) — takes the old fact's counts
out of its tally row and adds the new one's, in the same statement's transaction. A row
whose calls come to 0 is deleted. SQLite and PostgreSQL run the same statements (in a
trigger body, in a PL/pgSQL function).

A rebuild of every fact (:func:`canvass.store.call_facts.refresh_facts` with no ids, the
revision's backfill) runs :func:`suspended`: the triggers go, the tallies are summed again
from the facts in one INSERT … SELECT each, and the triggers come back — a million rows
added up once instead of a million trigger runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from canvass.domain.outcomes import Outcome

_MEETING = f"'{Outcome.MEETING.value}'"
_JOB_ORDER = f"'{Outcome.JOB_ORDER.value}'"


def _when(condition: str, then: str = "1") -> str:
    return f"CASE WHEN {condition} THEN {then} ELSE 0 END"


@dataclass(frozen=True)
class _Tally:
    """One tally table: its key columns (each as an expression over a fact row ``{r}``),
    its measures (likewise), the fact table it sums and which facts count (``where``)."""

    table: str
    facts: str
    keys: tuple[tuple[str, str], ...]
    measures: tuple[tuple[str, str], ...]
    where: str = "1 = 1"

    def _keys(self, r: str) -> list[tuple[str, str]]:
        return [(name, expr.format(r=r)) for name, expr in self.keys]

    def _measures(self, r: str) -> list[tuple[str, str]]:
        return [(name, expr.format(r=r)) for name, expr in self.measures]

    def add(self, r: str) -> str:
        """Add the fact row ``r`` ("NEW.") to its tally row (made when missing)."""
        keys, measures = self._keys(r), self._measures(r)
        names = ", ".join(name for name, _ in keys + measures)
        values = ", ".join(expr for _, expr in keys + measures)
        sums = ", ".join(f"{n} = {self.table}.{n} + excluded.{n}" for n, _ in measures)
        return (
            f"INSERT INTO {self.table} ({names}) SELECT {values} "
            f"WHERE {self.where.format(r=r)} "
            f"ON CONFLICT ({', '.join(n for n, _ in keys)}) DO UPDATE SET {sums}"
        )

    def take(self, r: str) -> list[str]:
        """Take the fact row ``r`` ("OLD.") out of its tally row (gone at 0 calls)."""
        match = " AND ".join(f"{name} = {expr}" for name, expr in self._keys(r))
        minus = ", ".join(f"{n} = {n} - {expr}" for n, expr in self._measures(r))
        where = self.where.format(r=r)
        return [
            f"UPDATE {self.table} SET {minus} WHERE {match} AND {where}",
            f"DELETE FROM {self.table} WHERE {match} AND calls = 0",
        ]

    def rebuild(self) -> list[str]:
        """Every tally row summed again from the facts."""
        keys, measures = self._keys(""), self._measures("")
        names = ", ".join(name for name, _ in keys + measures)
        groups = ", ".join(expr for _, expr in keys)
        sums = ", ".join(f"sum({expr})" for _, expr in measures)
        return [
            f"DELETE FROM {self.table}",
            f"INSERT INTO {self.table} ({names}) SELECT {groups}, {sums} FROM {self.facts} "
            f"WHERE {self.where.format(r='')} GROUP BY {groups}",
        ]

    def computed(self) -> str:
        """The tally rows as the facts sum up now, in key order (to compare)."""
        keys, measures = self._keys(""), self._measures("")
        groups = ", ".join(expr for _, expr in keys)
        sums = ", ".join(f"sum({expr})" for _, expr in measures)
        return (
            f"SELECT {groups}, {sums} FROM {self.facts} WHERE {self.where.format(r='')} "
            f"GROUP BY {groups} ORDER BY {groups}"
        )

    def kept(self) -> str:
        """The tally rows as kept, in key order."""
        keys = ", ".join(name for name, _ in self.keys)
        measures = ", ".join(name for name, _ in self.measures)
        return f"SELECT {keys}, {measures} FROM {self.table} ORDER BY {keys}"


_DAY = ("day", "coalesce({r}day, '')")
_REACHED = "{r}reached"
_BALA = tuple(range(1, 5))

#: What both the calls' and the variants' tallies count: calls, reached, meetings, job
#: orders, then the reached calls' BALA levels summed.
_CALLS = (
    ("calls", "1"),
    ("reached", _when(_REACHED)),
    ("meetings", _when(f"{{r}}outcome = {_MEETING}")),
    ("job_orders", _when(f"{{r}}outcome = {_JOB_ORDER}")),
    *((f"reached_bala{n}", _when(_REACHED, f"{{r}}bala{n}")) for n in _BALA),
)

CALL_TALLY = _Tally(
    table="call_tally",
    facts="call_fact",
    keys=(
        _DAY,
        ("consultant_id", "{r}consultant_id"),
        ("script_id", "{r}script_id"),
        ("script_version", "{r}script_version"),
        ("segment", "coalesce({r}segment, '')"),
    ),
    measures=(
        *_CALLS[:4],
        ("goals", _when("{r}goal")),
        ("reached_goals", _when(f"{_REACHED} AND {{r}}goal")),
        ("reached_beyond", _when(f"{_REACHED} AND {{r}}beyond")),
        ("reached_bala_any", _when(f"{_REACHED} AND {{r}}bala_any")),
        ("reached_objection_any", _when(f"{_REACHED} AND {{r}}objection_any")),
        *_CALLS[4:],
        *(
            (f"stop_bala{n}", _when(f"{_REACHED} AND {{r}}outcome <> {_MEETING}", f"{{r}}bala{n}"))
            for n in _BALA
        ),
    ),
)

STOP_TALLY = _Tally(
    table="stop_tally",
    facts="call_fact",
    keys=(
        _DAY,
        ("consultant_id", "{r}consultant_id"),
        ("last_phase", "coalesce({r}last_phase, '')"),
    ),
    measures=(("calls", "1"),),
    where=f"{_REACHED} AND {{r}}outcome <> {_MEETING}",
)

VARIANT_TALLY = _Tally(
    table="variant_tally",
    facts="variant_fact",
    keys=(
        ("script_id", "{r}script_id"),
        ("script_version", "{r}script_version"),
        ("objection_id", "{r}objection_id"),
        ("detail", "{r}detail"),
        _DAY,
        ("consultant_id", "{r}consultant_id"),
    ),
    measures=_CALLS,
)

#: Per fact table, the tallies its triggers keep.
TALLIES: dict[str, tuple[_Tally, ...]] = {
    "call_fact": (CALL_TALLY, STOP_TALLY),
    "variant_fact": (VARIANT_TALLY,),
}
_SQLITE_TRIGGERS = ("insert", "delete", "update")


def _body(facts: str, *, old: bool, new: bool) -> list[str]:
    statements: list[str] = []
    for tally in TALLIES[facts]:
        if old:
            statements += tally.take("OLD.")
        if new:
            statements.append(tally.add("NEW."))
    return statements


def _sqlite_ddl(facts: str) -> list[str]:
    made = []
    for kind in _SQLITE_TRIGGERS:
        body = _body(facts, old=kind != "insert", new=kind != "delete")
        made.append(
            f"CREATE TRIGGER {facts}_tally_{kind} AFTER {kind.upper()} ON {facts} "
            f"BEGIN {'; '.join(body)}; END"
        )
    return made


def _postgres_ddl(facts: str) -> list[str]:
    take = "; ".join(_body(facts, old=True, new=False))
    add = "; ".join(_body(facts, old=False, new=True))
    return [
        f"CREATE OR REPLACE FUNCTION {facts}_tally() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN IF TG_OP <> 'INSERT' THEN {take}; END IF; "
        f"IF TG_OP <> 'DELETE' THEN {add}; END IF; RETURN NULL; END $$",
        f"CREATE TRIGGER {facts}_tally AFTER INSERT OR UPDATE OR DELETE ON {facts} "
        f"FOR EACH ROW EXECUTE FUNCTION {facts}_tally()",
    ]


def trigger_names(conn: Connection) -> list[str]:
    """The tallies' triggers for the backend behind ``conn``."""
    if conn.dialect.name == "sqlite":
        return [f"{facts}_tally_{kind}" for facts in TALLIES for kind in _SQLITE_TRIGGERS]
    return [f"{facts}_tally" for facts in TALLIES]


def install(conn: Connection) -> None:
    """Create the triggers (the tables exist: revision 0016)."""
    for facts in TALLIES:
        ddl = _sqlite_ddl(facts) if conn.dialect.name == "sqlite" else _postgres_ddl(facts)
        for statement in ddl:
            conn.exec_driver_sql(statement)


def _drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in trigger_names(conn):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        return
    for facts in TALLIES:
        conn.exec_driver_sql(f"DROP TRIGGER {facts}_tally ON {facts}")


def rebuild(conn: Connection) -> None:
    """Sum every tally again from the facts."""
    for tallies in TALLIES.values():
        for tally in tallies:
            for statement in tally.rebuild():
                conn.exec_driver_sql(statement)


@contextmanager
def suspended(conn: Connection) -> Iterator[None]:
    """Rewrite every fact inside: no triggers meanwhile, the tallies rebuilt after."""
    _drop(conn)
    yield
    rebuild(conn)
    install(conn)


def computed_and_kept(conn: Connection) -> list[tuple[list[Any], list[Any]]]:
    """Per tally, its rows summed from the facts now and as kept (equal when right)."""
    found = []
    for tallies in TALLIES.values():
        for tally in tallies:
            computed = [tuple(row) for row in conn.execute(text(tally.computed()))]
            kept = [tuple(row) for row in conn.execute(text(tally.kept()))]
            found.append((computed, kept))
    return found
