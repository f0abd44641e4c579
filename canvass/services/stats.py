"""The statistics (issue 12, section 3): what is called, reached and booked, how far calls
get in BALA, which objections come up and which answers still end in a meeting, where
calls stop, the sparring done, and which tools are used — for a period and a grouping.

Who sees what (enforced here, not by a screen): trainers and team leads see every
consultant's figures (aggregated counts only — never a review's content); a consultant sees
their own figures, and asking for a colleague's is refused with :class:`AccessDenied`.
Every result is a frozen dataclass of counts and :class:`Rate` values, the same for the
``canvass stats`` command, a dashboard screen and a report; nothing is ordered by
performance (rows go by name or key). What each figure counts: :mod:`canvass.store.stats`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from canvass.domain.phases import BALA_ORDER, PHASE_ORDER
from canvass.domain.sparring import CommitmentStatus
from canvass.domain.sparring_access import Actor
from canvass.domain.stats import By, Period, Rate, iso_week
from canvass.i18n import t
from canvass.services import stats_team
from canvass.services.base import Service
from canvass.store import stats as q
from canvass.store import stats_events as qe


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
    objections: tuple[ObjectionRow, ...]
    stops: Stops
    sparring: Sparring
    tools: tuple[ToolRow, ...]  # per consultant by initials, then the team row


class StatsService(Service):
    """The statistics' reads; each method is one read transaction."""

    def report(
        self,
        actor: Actor,
        period: Period,
        by: By,
        consultant_id: int | None = None,
        team: str | None = None,
    ) -> Report:
        """Every statistic at once (a command, dashboard, debrief); ``team``: its calls."""
        scope = self._scope(actor, period, consultant_id, team)

        def read(session: Session) -> Report:
            stats_team.checked(session, scope)
            names = q.consultant_names(session)
            return Report(
                period=period,
                by=by,
                scope=stats_team.scope_label(scope, names),
                overview=_overview(session, scope, by, names),
                funnel=_funnel(session, scope),
                objections=_objections(session, scope),
                stops=_stops(session, scope),
                sparring=_sparring(session, scope, names),
                tools=_tools(session, scope, names),
            )

        return self._store.read(read)

    def overview(
        self,
        actor: Actor,
        period: Period,
        by: By,
        consultant_id: int | None = None,
        team: str | None = None,
    ) -> tuple[Figures, ...]:
        """Calls, reached, meetings, hit-rates, job orders per ``by`` (``team``: its calls)."""
        scope = self._scope(actor, period, consultant_id, team)
        checked = stats_team.checked
        return self._store.read(
            lambda s: _overview(s, checked(s, scope), by, q.consultant_names(s))
        )

    def funnel(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[FunnelRow, ...]:
        """The BALA funnel per script version."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: _funnel(s, scope))

    def objections(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[ObjectionRow, ...]:
        """Each objection's uses, phases and answers with their meetings."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: _objections(s, scope))

    def stops(self, actor: Actor, period: Period, consultant_id: int | None = None) -> Stops:
        """Where reached calls without a meeting stopped."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: _stops(s, scope))

    def sparring(self, actor: Actor, period: Period, consultant_id: int | None = None) -> Sparring:
        """Reviews per pair, commitments, goals before calls."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: _sparring(s, scope, q.consultant_names(s)))

    def tools(
        self, actor: Actor, period: Period, consultant_id: int | None = None
    ) -> tuple[ToolRow, ...]:
        """The debrief's tools used, per consultant and for the team."""
        scope = self._scope(actor, period, consultant_id)
        return self._store.read(lambda s: _tools(s, scope, q.consultant_names(s)))

    def _scope(
        self, actor: Actor, period: Period, consultant_id: int | None, team: str | None = None
    ) -> q.Scope:
        return stats_team.scope(self._store, actor, period, consultant_id, team)


def _initials(names: dict[int, tuple[str, str]], consultant_id: int) -> str:
    return names.get(consultant_id, (f"#{consultant_id}", ""))[0]


def _figures(key: str, label: str, counts: list[q.CallCounts]) -> Figures:
    calls = sum(c.calls for c in counts)
    reached = sum(c.reached for c in counts)
    meetings = sum(c.meetings for c in counts)
    orders = sum(c.job_orders for c in counts)
    return Figures(
        key=key,
        label=label,
        calls=calls,
        reached=Rate(reached, calls),
        meetings=meetings,
        hit_rate=Rate(meetings, reached),
        hit_rate_calls=Rate(meetings, calls),
        job_orders=Rate(orders, reached),
    )


def _overview(
    session: Session, scope: q.Scope, by: By, names: dict[int, tuple[str, str]]
) -> tuple[Figures, ...]:
    if by is By.TEAM:  # per team, then no team, then the total (services/stats_team.py)
        return tuple(_figures(*row) for row in stats_team.by_team(session, scope))
    groups: dict[Any, list[q.CallCounts]] = defaultdict(list)
    for found in q.overview(session, scope, by):
        if by is By.WEEK:
            groups[iso_week(q.hour_start(found.key[0]))].append(found)
        else:
            groups[found.key].append(found)
    rows: list[tuple[Any, Figures]] = []
    for key, counts in groups.items():
        if by is By.CONSULTANT:
            initials = _initials(names, key[0])
            order: Any = (initials.casefold(),)
            rows.append((order, _figures(initials, initials, counts)))
        elif by is By.VARIANT:
            label = t("stats.variant", script=key[0], version=key[1])
            rows.append((key, _figures(f"{key[0]}@{key[1]}", label, counts)))
        elif by is By.SEGMENT:
            segment = key[0] or ""
            label = segment or t("stats.no_segment")
            rows.append(((segment == "", segment.casefold()), _figures(segment, label, counts)))
        else:  # script (its id), week (its ISO name): both sort as text
            name = key if isinstance(key, str) else str(key[0])
            rows.append(((name,), _figures(name, name, counts)))
    return tuple(figures for _, figures in sorted(rows, key=lambda row: row[0]))


def _funnel(session: Session, scope: q.Scope) -> tuple[FunnelRow, ...]:
    rows = []
    for version in sorted(qe.funnel(session, scope), key=lambda c: (c.script_id, c.script_version)):
        if not version.reached:
            continue
        rates = [Rate(at_least, version.reached) for at_least in version.steps]
        rows.append(
            FunnelRow(
                script_id=version.script_id,
                script_version=version.script_version,
                reached=version.reached,
                steps=(rates[0], rates[1], rates[2], rates[3]),
                meetings=Rate(version.meetings, version.reached),
            )
        )
    return tuple(rows)


def _phase_order(phase: str) -> tuple[int, str]:
    ids = [p.value for p in PHASE_ORDER]
    return (ids.index(phase), phase) if phase in ids else (len(ids), phase)


def _objections(session: Session, scope: q.Scope) -> tuple[ObjectionRow, ...]:
    uses: dict[str, int] = defaultdict(int)
    phases: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    answers: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in qe.objections(session, scope):
        uses[row.objection_id] += row.uses
        phases[row.objection_id][row.phase or ""] += row.uses
        tally = answers[row.objection_id][row.answer_id or ""]
        tally[0] += row.uses
        tally[1] += row.meetings
    return tuple(
        ObjectionRow(
            objection_id=objection,
            uses=total,
            phases=tuple(
                (phase, Rate(count, total))
                for phase, count in sorted(
                    phases[objection].items(), key=lambda p: _phase_order(p[0])
                )
            ),
            answers=tuple(
                AnswerRow(answer, used, Rate(meetings, used))
                for answer, (used, meetings) in sorted(answers[objection].items())
            ),
        )
        for objection, total in sorted(uses.items())
    )


def _stops(session: Session, scope: q.Scope) -> Stops:
    by_phase = {phase or "": count for phase, count in qe.stop_phases(session, scope).items()}
    total = sum(by_phase.values())
    at_least = qe.stop_steps(session, scope)
    levels = [total] + [at_least.get(step.value, 0) for step in BALA_ORDER] + [0]
    names = [""] + [step.value for step in BALA_ORDER]
    return Stops(
        calls=total,
        by_phase=tuple(
            (phase, Rate(count, total))
            for phase, count in sorted(by_phase.items(), key=lambda p: _phase_order(p[0]))
        ),
        # Ending at level k: at level ≥ k but not ≥ k + 1 (level 0: no step at all).
        by_bala=tuple(
            (names[k], Rate(levels[k] - levels[k + 1], total)) for k in range(len(names))
        ),
    )


def _sparring(session: Session, scope: q.Scope, names: dict[int, tuple[str, str]]) -> Sparring:
    pairs = sorted(
        (
            PairRow(_initials(names, p.first_id), _initials(names, p.second_id), p.shared, p.drafts)
            for p in q.review_pairs(session, scope)
        ),
        key=lambda pair: (pair.first.casefold(), pair.second.casefold()),
    )
    made = q.commitments(session, scope)
    total = sum(made.values())
    team = q.overview(session, scope, By.TEAM)
    calls = sum(row.calls for row in team)
    goals = sum(row.goals for row in team)
    return Sparring(
        pairs=tuple(pairs),
        commitments=total,
        kept=Rate(made.get(CommitmentStatus.KEPT.value, 0), total),
        dropped=Rate(made.get(CommitmentStatus.DROPPED.value, 0), total),
        open=Rate(made.get(CommitmentStatus.OPEN.value, 0), total),
        goals=Rate(goals, calls),
    )


def _tool_row(key: str, label: str, rows: list[qe.ToolCounts]) -> ToolRow:
    reached = sum(r.reached for r in rows)

    def rate(field: str) -> Rate:
        return Rate(sum(getattr(r, field) for r in rows), reached)

    return ToolRow(
        key=key,
        label=label,
        reached=reached,
        phases=rate("phases"),
        bala=rate("bala"),
        objections=rate("objections"),
        goals=rate("goals"),
        reviewed=rate("reviewed"),
    )


def _tools(
    session: Session, scope: q.Scope, names: dict[int, tuple[str, str]]
) -> tuple[ToolRow, ...]:
    counts = qe.tools(session, scope)
    rows = sorted(
        (
            _tool_row(_initials(names, c.consultant_id), _initials(names, c.consultant_id), [c])
            for c in counts
        ),
        key=lambda row: row.key.casefold(),
    )
    teams = [_tool_row(*row) for row in stats_team.tools_by_team(session, scope, counts)]
    return (*rows, *teams, _tool_row("", t("stats.total"), counts))
