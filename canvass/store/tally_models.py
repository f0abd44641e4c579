"""The statistics' tallies: the call facts (:mod:`canvass.store.fact_models`) added up per
Copenhagen day and what the statistics group by, so a statistic over a year of a million
calls reads some ten thousand rows instead of a million (issue 12, section 5).

Every row is a sum of facts, kept by triggers on the fact tables in the transaction that
writes the facts (:mod:`canvass.store.fact_tallies`): a row goes when its last call does.
A period of whole Copenhagen days (every :class:`canvass.domain.stats.Period`) is a range
of ``day``; the measures are counts of calls, except ``reached_bala1`` … ``4`` and
``stop_bala1`` … ``4``: the sums of the facts' BALA levels over the reached calls and over
the reached calls without a meeting. ``segment`` and ``last_phase`` are "" for none.
"""

from __future__ import annotations

from sqlalchemy import Text
from sqlmodel import Field, SQLModel


class CallTally(SQLModel, table=True):
    """The finished calls of one day, consultant, script version and company segment."""

    __tablename__ = "call_tally"

    day: str = Field(primary_key=True, max_length=10)
    consultant_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    script_id: str = Field(primary_key=True, max_length=80)
    script_version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    segment: str = Field(primary_key=True, max_length=60)
    calls: int
    reached: int
    meetings: int
    job_orders: int
    goals: int
    reached_goals: int
    reached_beyond: int
    reached_bala_any: int
    reached_objection_any: int
    reached_bala1: int
    reached_bala2: int
    reached_bala3: int
    reached_bala4: int
    stop_bala1: int
    stop_bala2: int
    stop_bala3: int
    stop_bala4: int


class StopTally(SQLModel, table=True):
    """The reached calls without a meeting of one day and consultant, by the phase they
    ended in."""

    __tablename__ = "stop_tally"

    day: str = Field(primary_key=True, max_length=10)
    consultant_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_phase: str = Field(primary_key=True, max_length=20)
    calls: int


class VariantTally(SQLModel, table=True):
    """The finished calls of one day, consultant and script version that showed one A/B
    variant (``objection_id`` "" for a script line; ``detail`` "<item id>:<variant id>")."""

    __tablename__ = "variant_tally"
    # In the comparison's group order, the rows stored in key order (SQLite: WITHOUT
    # ROWID): one pass, no sort of the tallies of a year's answers (~150,000 rows).
    __table_args__ = {"sqlite_with_rowid": False}

    script_id: str = Field(primary_key=True, max_length=80)
    script_version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    objection_id: str = Field(primary_key=True, max_length=80)
    detail: str = Field(primary_key=True, sa_type=Text)
    day: str = Field(primary_key=True, max_length=10)
    consultant_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    calls: int
    reached: int
    meetings: int
    job_orders: int
    reached_bala1: int
    reached_bala2: int
    reached_bala3: int
    reached_bala4: int
