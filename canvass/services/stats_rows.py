"""The statistics' results: frozen dataclasses of counts and :class:`Rate` values, the same
for the ``canvass stats`` command, the dashboard and the debrief report. Rows go by name or
key, never by performance."""

from __future__ import annotations

from dataclasses import dataclass

from canvass.domain.stats import By, Period, Rate


@dataclass(frozen=True)
class Figures:
    """One overview row. ``key`` is stable (JSON/CSV); ``label`` is for people."""

    key: str
    label: str
    calls: int
    reached: Rate  # of calls
    meetings: int
    hit_rate: Rate  # meetings of reached
    hit_rate_calls: Rate  # meetings of calls
    job_orders: Rate  # of reached


@dataclass(frozen=True)
class FunnelRow:
    """One script version's funnel: of its reached calls, how many got to B, B A, B A L,
    B A L A (the BALA level at the end), and how many booked a meeting."""

    script_id: str
    script_version: int
    reached: int
    steps: tuple[Rate, Rate, Rate, Rate]
    meetings: Rate

    @property
    def key(self) -> str:
        return f"{self.script_id}@{self.script_version}"


@dataclass(frozen=True)
class VariantRow:
    """One A/B variant of a line or an answer: the calls that showed it, how many reached
    the right person, of those how many stood at B, B A, B A L, B A L A at the end, and
    how many booked a meeting (``hit_rate``: meetings of reached)."""

    variant: str
    calls: int
    reached: Rate  # of calls
    steps: tuple[Rate, Rate, Rate, Rate]  # of reached
    meetings: int
    hit_rate: Rate  # meetings of reached


@dataclass(frozen=True)
class VariedItem:
    """A script line (of one script version) or an objection's answer with variants, its
    variants side by side (by variant id). ``key``: "script@version/line" for a line,
    "objection/answer" for an answer."""

    key: str
    label: str
    script_id: str | None  # None: an answer (the objection bank is not a script's)
    script_version: int | None
    objection_id: str | None  # None: a script line
    item_id: str
    variants: tuple[VariantRow, ...]


@dataclass(frozen=True)
class AnswerRow:
    """One answer to an objection: how often it was used, and how many of those calls
    still ended in a meeting. ``answer_id`` "" when none was recorded."""

    answer_id: str
    uses: int
    meetings: Rate


@dataclass(frozen=True)
class ObjectionRow:
    """One objection: how often it came up, in which phases, and each answer's result."""

    objection_id: str
    uses: int
    phases: tuple[tuple[str, Rate], ...]  # phase id ("" unknown) → share of the uses
    answers: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class Stops:
    """Reached calls that booked no meeting: the phase they ended in, the last BALA step."""

    calls: int
    by_phase: tuple[tuple[str, Rate], ...]  # phase id ("" unknown), in phase order
    by_bala: tuple[tuple[str, Rate], ...]  # "" (no step), then behov … accept_loesning


@dataclass(frozen=True)
class PairRow:
    """Reviews between two people in the period (either may have reviewed the other)."""

    first: str
    second: str
    shared: int
    drafts: int


@dataclass(frozen=True)
class Sparring:
    """Reviews per pair, the commitments made and their state, goals set before calls."""

    pairs: tuple[PairRow, ...]
    commitments: int
    kept: Rate
    dropped: Rate
    open: Rate
    goals: Rate  # calls with a goal of all calls


@dataclass(frozen=True)
class ToolRow:
    """The debrief's "tools used" (module 5 C): of the reached calls, how many used each."""

    key: str  # initials, or "" for the team row
    label: str
    reached: int
    phases: Rate  # a script phase beyond the opening
    bala: Rate  # any BALA step
    objections: Rate  # the objection bank
    goals: Rate  # a goal before the call
    reviewed: Rate  # a shared review by the buddy (or a trainer)


@dataclass(frozen=True)
class Report:
    """Every statistic for one period and grouping, read in one transaction."""

    period: Period
    by: By
    scope: str  # who the figures cover, for people ("Hele afdelingen", "Kun AB")
    overview: tuple[Figures, ...]
    funnel: tuple[FunnelRow, ...]
    variants: tuple[VariedItem, ...]
    objections: tuple[ObjectionRow, ...]
    stops: Stops
    sparring: Sparring
    tools: tuple[ToolRow, ...]  # per consultant by initials, then the team row
