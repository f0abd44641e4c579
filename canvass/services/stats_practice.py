"""The practice around calls: sparring reviews per pair, commitments, goals before calls, and
the debrief's "tools used" per consultant and for the team (module 5 C)."""

from __future__ import annotations

from sqlmodel import Session

from canvass.domain.sparring import CommitmentStatus
from canvass.domain.stats import By, Rate
from canvass.i18n import t
from canvass.services.stats_figures import initials
from canvass.services.stats_rows import PairRow, Sparring, ToolRow
from canvass.store import stats as q
from canvass.store import stats_events as qe


def sparring(session: Session, scope: q.Scope, names: dict[int, tuple[str, str]]) -> Sparring:
    pairs = sorted(
        (
            PairRow(initials(names, p.first_id), initials(names, p.second_id), p.shared, p.drafts)
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


def tool_row(key: str, label: str, rows: list[qe.ToolCounts]) -> ToolRow:
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


def tools(
    session: Session, scope: q.Scope, names: dict[int, tuple[str, str]]
) -> tuple[ToolRow, ...]:
    counts = qe.tools(session, scope)
    rows = sorted(
        (
            tool_row(initials(names, c.consultant_id), initials(names, c.consultant_id), [c])
            for c in counts
        ),
        key=lambda row: row.key.casefold(),
    )
    return (*rows, tool_row("", t("stats.total"), counts))
