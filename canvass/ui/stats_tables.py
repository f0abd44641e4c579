"""The dashboard's tables as Rich renderables, and its periods (used by
:mod:`canvass.ui.screens.stats`).

Every cell is a :class:`rich.text.Text` (never markup): initials, script, objection and
answer ids come from files and the database and are shown literally. Every rate is shown
with its count: "25 % (3 af 12)" (:attr:`Rate.text`), or in a table whose row shows what
it is counted of, "25 % (3)" — so the tables fit 80 columns. Rows keep the service's order (by
name or key) — never a ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from canvass.domain.stats import Period, Rate
from canvass.i18n import t
from canvass.safe_text import printable

if TYPE_CHECKING:
    from canvass.services.stats import Figures, FunnelRow, Report, VariedItem

#: The periods ``p`` steps through, from "today".
PERIODS = ("week", "four_weeks", "month", "all")


def period_of(name: str, today: date) -> Period:
    """This week (Monday to today), the last 4 weeks (28 days up to today), this month
    (the 1st to today) or all time."""
    if name == "week":
        return Period(today - timedelta(days=today.weekday()), today)
    if name == "four_weeks":
        return Period(today - timedelta(days=27), today)
    if name == "month":
        return Period(today.replace(day=1), today)
    return Period()


def period_label(name: str, period: Period) -> str:
    """E.g. "denne uge (23/11–26/11)"; "hele tiden" without bounds."""
    title = t(f"dashboard.period.{name}")
    if period.first is None or period.last is None:
        return title
    return t(
        "dashboard.period.span",
        name=title,
        first=f"{period.first:%-d/%-m}",
        last=f"{period.last:%-d/%-m/%Y}",
    )


def _cell(text: str, style: str = "") -> Text:
    return Text(printable(text), style=style, overflow="fold")


def _table(heads: Sequence[str], rows: Sequence[Sequence[str]], *, left: int = 1) -> Table:
    """A plain table: the first ``left`` columns left-aligned, the numbers right-aligned."""
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold", expand=False)
    for index, head in enumerate(heads):
        table.add_column(_cell(head), justify="left" if index < left else "right")
    for row in rows:
        table.add_row(*(_cell(cell) for cell in row))
    return table


def _short(rate: Rate) -> str:
    """A rate in a table whose row shows what it is counted of: "83 % (24)"."""
    percent = "–" if rate.percent is None else f"{rate.percent} %"
    return t("dashboard.rate_short", percent=percent, count=rate.count)


def _legend(key: str) -> Text:
    return Text(printable(t(key)), style="dim")


def _section(title: str, *parts: RenderableType) -> Group:
    return Group(Text(printable(title), style="bold underline"), *parts, Text(""))


def _nothing() -> Text:
    return Text("  " + t("dashboard.nothing"), style="dim")


def overview(rows: Sequence[Figures]) -> Group:
    """Calls, reached, meetings, hit-rate and job orders per group, each rate with counts."""
    heads = [
        t("stats.col.group"),
        t("stats.col.calls"),
        t("stats.col.reached"),
        t("stats.col.meetings"),
        t("stats.col.hit_rate"),
        t("dashboard.col.job_orders"),
    ]
    cells = [
        [r.label, str(r.calls), r.reached.text, str(r.meetings), r.hit_rate.text, r.job_orders.text]
        for r in rows
    ]
    return _section(t("dashboard.overview"), _table(heads, cells) if cells else _nothing())


def funnel(rows: Sequence[FunnelRow]) -> Group:
    """One row per script version, side by side: reached, B, B A, B A L, B A L A, meeting;
    the versions as [1], [2] … named below (so the table fits 80 columns)."""
    if not rows:
        return _section(t("dashboard.funnel"), _nothing())
    stages = ["reached", "b", "ba", "bal", "bala", "meeting"]
    heads = ["", *(t(f"stats.funnel.{stage}") for stage in stages)]
    cells = [
        [f"[{n}]", str(r.reached)] + [_short(rate) for rate in (*r.steps, r.meetings)]
        for n, r in enumerate(rows, 1)
    ]
    names = [
        f"[{n}] " + t("stats.variant", script=r.script_id, version=r.script_version)
        for n, r in enumerate(rows, 1)
    ]
    return _section(
        t("dashboard.funnel"), _table(heads, cells), *_packed(names), _legend("dashboard.of_row")
    )


def _packed(names: Sequence[str], width: int = 76) -> list[Text]:
    """``names`` joined by " · " into lines of at most ``width`` (80 columns less the
    margins), a name never split over two lines."""
    lines: list[str] = []
    for name in names:
        if lines and len(lines[-1]) + 3 + len(name) <= width:
            lines[-1] += " · " + name
        else:
            lines.append(name)
    return [_cell(line) for line in lines]


def variants(items: Sequence[VariedItem]) -> Group:
    """Each line or answer with variants, its variants in columns side by side: calls,
    reached, then of the reached B, B A, B A L, B A L A and the meetings (the hit-rate)."""
    if not items:
        return _section(t("dashboard.variants"), _nothing())
    stages = ["b", "ba", "bal", "bala", "meeting"]
    labels = [t("stats.col.calls"), t("stats.funnel.reached")]
    labels += [t(f"stats.funnel.{stage}") for stage in stages]
    parts: list[RenderableType] = []
    for item in items:
        parts.append(_cell(item.label, "bold"))
        columns = [
            [str(v.calls), _short(v.reached), *(_short(r) for r in (*v.steps, v.hit_rate))]
            for v in item.variants
        ]
        heads = ["", *(v.variant for v in item.variants)]
        rows = [[label, *(column[i] for column in columns)] for i, label in enumerate(labels)]
        parts.append(_table(heads, rows))
    return _section(t("dashboard.variants"), *parts, _legend("dashboard.variants.of"))


def _phase(phase: str) -> str:
    return t(f"phase.short.{phase}") if phase else t("stats.cli.unknown_phase")


def objections(report: Report) -> Group:
    """Each objection: how often and in which phases; then each answer, how often it was
    used and how often the call still ended in a meeting."""
    if not report.objections:
        return _section(t("dashboard.objections"), _nothing())
    heads = [t("dashboard.col.answer"), t("dashboard.col.uses"), t("dashboard.col.still_meeting")]
    parts: list[RenderableType] = []
    for row in report.objections:
        phases = ", ".join(f"{_phase(p)} {_short(rate)}" for p, rate in row.phases)
        title = t("dashboard.objection", objection=row.objection_id, uses=row.uses, phases=phases)
        parts.append(_cell(title, "bold"))
        cells = [
            [a.answer_id or t("stats.cli.no_answer"), str(a.uses), _short(a.meetings)]
            for a in row.answers or ()
        ]
        if cells:
            parts.append(_table(heads, cells))
    return _section(t("dashboard.objections"), *parts)


def _shares(label: str, items: Sequence[tuple[str, Rate]]) -> Table:
    return _table([label, t("dashboard.col.share")], [[name, rate.text] for name, rate in items])


def stops(report: Report) -> Group:
    """The last phase and the last BALA step of reached calls that booked nothing."""
    title = t("dashboard.stops", calls=report.stops.calls)
    if not report.stops.calls:
        return _section(title, _nothing())
    phases = [(_phase(p), rate) for p, rate in report.stops.by_phase]
    steps = [
        (t(f"bala.{step}") if step else t("stats.cli.no_step"), rate)
        for step, rate in report.stops.by_bala
    ]
    return _section(
        title, _shares(t("stats.col.last_phase"), phases), _shares(t("stats.col.last_step"), steps)
    )


def sparring(report: Report) -> Group:
    """Reviews per pair (shared, drafts), the commitments kept, goals before calls."""
    spar = report.sparring
    parts: list[RenderableType] = []
    if spar.pairs:
        heads = [t("stats.col.pair"), t("stats.col.shared"), t("stats.col.drafts")]
        rows = [[f"{p.first} – {p.second}", str(p.shared), str(p.drafts)] for p in spar.pairs]
        parts.append(_table(heads, rows))
    else:
        parts.append(Text(t("stats.cli.no_reviews"), style="dim"))
    commitments = t(
        "dashboard.commitments",
        total=spar.commitments,
        kept=spar.kept.text,
        dropped=spar.dropped.text,
        open=spar.open.text,
    )
    parts.append(_cell(commitments))
    parts.append(_cell(t("dashboard.goals", goals=spar.goals.text)))
    return _section(t("dashboard.sparring"), *parts)


def tools(report: Report) -> Group:
    """The debrief's tools used per consultant and for the team (module 5 C)."""
    heads = [
        "",
        t("stats.col.reached"),
        t("stats.col.phases"),
        t("stats.col.bala"),
        t("stats.col.objections"),
        t("stats.col.goals"),
        t("stats.col.reviewed"),
    ]
    rows = [
        [
            r.label,
            str(r.reached),
            *(_short(x) for x in (r.phases, r.bala, r.objections, r.goals, r.reviewed)),
        ]
        for r in report.tools
    ]
    legend = _legend("stats.cli.tools_legend")
    return _section(t("dashboard.tools"), _table(heads, rows), legend, _legend("dashboard.of_row"))


def count_ticks(top: int, most: int = 5) -> list[int]:
    """Whole-number marks from 0 to at least ``top`` for a chart of counts, at most
    ``most`` + 1 of them (plotext's own would be "14.8, 29.7, …")."""
    step = max(1, -(-top // most))
    return list(range(0, top + step, step)) if top else [0, 1]


def week_series(weeks: Sequence[Figures]) -> list[int]:
    """The calls per ISO week from the first week with calls to the last, a quiet week as 0
    (the service lists only weeks with calls; a gap must not look like no gap)."""
    if not weeks:
        return []
    calls = {w.key: w.calls for w in weeks}
    first, last = (_monday(w.key) for w in (weeks[0], weeks[-1]))
    series = []
    while first <= last:
        year, week, _ = first.isocalendar()
        series.append(calls.get(f"{year}-W{week:02d}", 0))
        first += timedelta(days=7)
    return series


def _monday(iso_week: str) -> date:
    year, week = iso_week.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)


def weeks_line(weeks: Sequence[Figures]) -> str:
    """The calls per ISO week behind the sparkline, e.g. "2026-W47 1 · 2026-W48 5"."""
    if not weeks:
        return t("dashboard.no_weeks")
    counts = " · ".join(f"{w.label} {w.calls}" for w in weeks)
    return t("dashboard.weeks", counts=counts)
