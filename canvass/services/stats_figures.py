"""The overview figures (calls, reached, meetings, hit-rates, job orders per grouping; by
variant: :mod:`canvass.services.stats_variants`) and
the BALA funnel per script version; the names helpers the other statistics share."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session

from canvass.domain.stats import By, Rate
from canvass.i18n import t
from canvass.services.stats_rows import Figures, FunnelRow
from canvass.services.stats_variants import variant_figures
from canvass.store import stats as q
from canvass.store import stats_events as qe


def scope_label(scope: q.Scope, names: dict[int, tuple[str, str]]) -> str:
    if scope.consultant_id is None:
        return t("stats.scope_all")
    initials = names.get(scope.consultant_id, ("?", ""))[0]
    return t("stats.scope_one", initials=initials)


def initials(names: dict[int, tuple[str, str]], consultant_id: int) -> str:
    return names.get(consultant_id, (f"#{consultant_id}", ""))[0]


def figures(key: str, label: str, counts: list[q.CallCounts]) -> Figures:
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


def overview(
    session: Session, scope: q.Scope, by: By, names: dict[int, tuple[str, str]]
) -> tuple[Figures, ...]:
    if by is By.VARIANT:
        return variant_figures(session, scope)
    groups: dict[Any, list[q.CallCounts]] = defaultdict(list)
    for found in q.overview(session, scope, by):
        # No segment and a blank one are the same row.
        groups[(found.key[0] or "",) if by is By.SEGMENT else found.key].append(found)
    rows: list[tuple[Any, Figures]] = []
    for key, counts in groups.items():
        if by is By.CONSULTANT:
            who = initials(names, key[0])
            order: Any = (who.casefold(),)
            rows.append((order, figures(who, who, counts)))
        elif by is By.SEGMENT:
            segment = key[0] or ""
            label = segment or t("stats.no_segment")
            rows.append(((segment == "", segment.casefold()), figures(segment, label, counts)))
        elif by is By.TEAM:
            rows.append(((), figures("", t("stats.total"), counts)))
        else:  # script (its id), week (its ISO name): both sort as text
            name = key if isinstance(key, str) else str(key[0])
            rows.append(((name,), figures(name, name, counts)))
    return tuple(figures for _, figures in sorted(rows, key=lambda row: row[0]))


def funnel(session: Session, scope: q.Scope) -> tuple[FunnelRow, ...]:
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
