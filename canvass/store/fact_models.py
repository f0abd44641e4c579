"""``call_fact``: one row per finished call (a call with an outcome) with what the
statistics group and count by, kept in the same transaction as the writes that change it
(:mod:`canvass.store.call_fact_watch`, :func:`canvass.store.call_facts.refresh_facts`).

The statistics read this narrow table through covering indexes instead of joining a
million calls to their outcomes, companies and events (issue 12, section 5). Every
column is derived: :func:`canvass.store.call_facts.refresh_facts` with no ids rebuilds
the whole table from the calls, outcomes and events.

- ``hour``: the start's UTC hour "YYYY-MM-DD HH" (whole hours map to one Copenhagen
  week each); ``week``: the start's ISO week in Copenhagen ("2026-W48"), named in Python
  from the hour where the fact is written (SQLite's SQL knows no time zones);
  ``segment``: the company's segment, rewritten when an import or an edit changes it
  (:mod:`canvass.store.fact_segment_watch`); ``goal``: ``call.goal`` set and not blank;
  ``last_phase``: ``call.current_phase``.
- ``bala1`` … ``bala4``: per BALA step (:data:`canvass.domain.phases.BALA_ORDER`) the
  call's ``bala_reached`` minus ``bala_undone`` events of that step (1: it stood at the
  end).
- ``beyond``: a ``phase_entered`` of any phase but the opening; ``bala_any``: any
  ``bala_reached``; ``objection_any``: any ``objection`` event.

- ``day``: the start's Copenhagen date ("2026-11-20"), named with the week.

``variant_fact`` (:class:`VariantFact`) holds one row per finished call and A/B variant it
showed, with the call's facts the comparison counts. Neither table holds personal text.
``objection_fact`` (:class:`ObjectionFact`) one row per objection met in a finished call.
The tallies (:mod:`canvass.store.tally_models`) add these facts up per Copenhagen day.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

_MEASURES = ("reached", "outcome", "goal")


class CallFact(SQLModel, table=True):
    """The derived facts of one finished call (see the module docstring)."""

    __tablename__ = "call_fact"
    __table_args__ = (
        Index("ix_call_fact_started", "started_at"),
        Index(
            "ix_call_fact_consultant",
            "consultant_id",
            *_MEASURES,
            "beyond",
            "bala_any",
            "objection_any",
            "started_at",
        ),
        Index(
            "ix_call_fact_script",
            "script_id",
            "script_version",
            *_MEASURES,
            "bala1",
            "bala2",
            "bala3",
            "bala4",
            "started_at",
        ),
        Index("ix_call_fact_company", "company_id", *_MEASURES, "started_at"),
        Index("ix_call_fact_week", "week", *_MEASURES, "started_at"),
        Index("ix_call_fact_segment", "segment", *_MEASURES, "started_at"),
        # Leads with the phase, not ``reached``: an index on ``reached`` first would be
        # chosen for every "reached calls" filter, then each row read from the table.
        Index(
            "ix_call_fact_stop",
            "last_phase",
            *_MEASURES,
            "bala1",
            "bala2",
            "bala3",
            "bala4",
            "started_at",
        ),
    )

    call_id: int = Field(primary_key=True, foreign_key="call.id", ondelete="CASCADE")
    consultant_id: int
    company_id: int
    started_at: datetime
    hour: str = Field(max_length=13)
    script_id: str = Field(max_length=80)
    script_version: int
    reached: bool
    outcome: str = Field(max_length=20)
    goal: bool
    last_phase: str | None = Field(default=None, max_length=20)
    bala1: int
    bala2: int
    bala3: int
    bala4: int
    beyond: bool
    bala_any: bool
    objection_any: bool
    week: str | None = Field(default=None, max_length=8)
    segment: str | None = Field(default=None, max_length=60)
    day: str | None = Field(default=None, max_length=10)


class VariantFact(SQLModel, table=True):
    """One A/B variant a finished call showed (once per call, however often), with the
    call's facts the comparison counts: its script version, consultant, start, reached,
    outcome and BALA levels. ``objection_id`` "" for a script line; ``detail`` the
    ``variant_shown`` event's "<item id>:<variant id>". Kept with the call's facts
    (:func:`canvass.store.call_facts.refresh_facts`)."""

    __tablename__ = "variant_fact"
    __table_args__ = (
        # In group order: the comparison is one pass over this index, no sort, no join.
        Index(
            "ix_variant_fact_group",
            "script_id",
            "script_version",
            "objection_id",
            "detail",
            *_MEASURES[:2],
            "bala1",
            "bala2",
            "bala3",
            "bala4",
            "started_at",
            "consultant_id",
        ),
    )

    call_id: int = Field(primary_key=True, foreign_key="call.id", ondelete="CASCADE")
    objection_id: str = Field(primary_key=True, max_length=80)
    detail: str = Field(primary_key=True, sa_type=Text)
    script_id: str = Field(max_length=80)
    script_version: int
    consultant_id: int
    started_at: datetime
    reached: bool
    outcome: str = Field(max_length=20)
    bala1: int
    bala2: int
    bala3: int
    bala4: int
    day: str | None = Field(default=None, max_length=10)  # the call fact's


class ObjectionFact(SQLModel, table=True):
    """One objection met in a finished call (each use counts), with the call's facts the
    objections' statistic counts: consultant, start, Copenhagen day, whether it ended in a
    meeting. ``phase`` and ``answer_id`` "" when none was recorded. Kept with the call's
    facts (:func:`canvass.store.call_facts.refresh_facts`); stored in the statistic's group
    order (SQLite: WITHOUT ROWID), so it is one pass over ~150,000 rows a year, no join."""

    __tablename__ = "objection_fact"
    __table_args__ = (
        Index("ix_objection_fact_call", "call_id"),  # a call's refresh, its cascade
        {"sqlite_with_rowid": False},
    )

    objection_id: str = Field(primary_key=True, max_length=80)
    phase: str = Field(primary_key=True, max_length=20)
    answer_id: str = Field(primary_key=True, max_length=80)
    event_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    call_id: int = Field(foreign_key="call.id", ondelete="CASCADE")
    consultant_id: int
    started_at: datetime
    day: str | None = Field(default=None, max_length=10)
    meeting: bool
