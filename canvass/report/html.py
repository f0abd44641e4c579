"""The debrief's sections as HTML strings (see :mod:`canvass.report`)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from canvass.domain.stats import Period, Rate
from canvass.i18n import language, t
from canvass.report.style import CSS
from canvass.report.svg import bars
from canvass.services.stats import Figures, Report, ToolRow

#: A tool used in fewer of the reached calls than this (percent) counts as ignored.
IGNORED_BELOW = 25
TOOLS = ("phases", "bala", "objections", "goals", "reviewed")


def _e(text: object) -> str:
    return escape(str(text))


def _period(period: Period) -> str:
    first, last = period.first, period.last
    if first and last:
        return f"{first:%-d/%-m/%Y}–{last:%-d/%-m/%Y}"
    if first:
        return t("stats.cli.from", first=f"{first:%-d/%-m/%Y}")
    if last:
        return t("stats.cli.until", last=f"{last:%-d/%-m/%Y}")
    return t("stats.cli.all_time")


def _rate_cell(rate: Rate) -> str:
    """The rate's text; a narrow table may wrap it only between the share and the count."""
    share, _, count = rate.text.partition(" (")
    text = "&nbsp;".join(_e(share).split(" "))
    if count:
        text += " (" + "&nbsp;".join(_e(count).split(" "))
    return f'<td class="num">{text}</td>'


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], wide: bool = False) -> str:
    """``rows`` are already cells (``<td>…</td>``); ``head`` plain text. A ``wide`` table
    may wrap its figures to fit the page."""
    heads = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join(f"<tr>{''.join(row)}</tr>" for row in rows)
    kind = ' class="wide"' if wide else ""
    return f"<table{kind}><thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table>"


def _text_cell(text: str) -> str:
    return f"<td>{_e(text)}</td>"


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{_e(title)}</h2>{body}</section>'


def _figures_rows(rows: Sequence[Figures]) -> list[list[str]]:
    return [
        [
            _text_cell(row.label),
            f'<td class="num">{row.calls}</td>',
            _rate_cell(row.reached),
            f'<td class="num">{row.meetings}</td>',
            _rate_cell(row.hit_rate),
            _rate_cell(row.job_orders),
        ]
        for row in rows
    ]


def _figures_head(first: str) -> list[str]:
    keys = ("calls", "reached", "meetings", "hit_rate", "job_orders")
    return [first, *(t(f"report.key.{k}") for k in keys)]


def _overview(report: Report, team: Figures | None, weeks: Sequence[Figures]) -> str:
    if team is None or team.calls == 0:
        return _section("overview", t("report.overview"), f"<p>{_e(t('report.nothing'))}</p>")
    keys = [
        ("calls", str(team.calls)),
        ("reached", team.reached.text),
        ("meetings", str(team.meetings)),
        ("hit_rate", team.hit_rate.text),
        ("hit_rate_calls", team.hit_rate_calls.text),
        ("job_orders", team.job_orders.text),
    ]
    figures = "".join(
        f'<div class="key"><span class="value">{_e(value)}</span>'
        f'<span class="name">{_e(t(f"report.key.{name}"))}</span></div>'
        for name, value in keys
    )
    parts = [f'<div class="keys">{figures}</div>']
    parts.append(f"<h3>{_e(t('report.per_consultant'))}</h3>")
    parts.append(_table(_figures_head(t("report.col.who")), _figures_rows(report.overview)))
    chart = [(row.label, row.hit_rate) for row in report.overview]
    parts.append(bars(t("report.chart.hit_consultant"), chart))
    parts.append(f"<h3>{_e(t('report.chart.hit_week'))}</h3>")
    parts.append(_table(_figures_head(t("report.col.week")), _figures_rows(weeks)))
    parts.append(bars(t("report.chart.hit_week"), [(w.label, w.hit_rate) for w in weeks]))
    return _section("overview", t("report.overview"), "".join(parts))


def _funnel(report: Report) -> str:
    parts = [f'<p class="note">{_e(t("report.funnel_note"))}</p>']
    steps = ("b", "ba", "bal", "bala")
    for row in report.funnel:
        title = t(
            "report.funnel.version",
            script=row.script_id,
            version=row.script_version,
            reached=row.reached,
        )
        chart = [(t("stats.funnel.reached"), Rate(row.reached, row.reached))]
        chart += [(t(f"stats.funnel.{s}"), r) for s, r in zip(steps, row.steps, strict=True)]
        chart.append((t("stats.funnel.meeting"), row.meetings))
        parts.append(f'<div class="block"><h3>{_e(title)}</h3>{bars(title, chart)}</div>')
    if not report.funnel:
        parts.append(f"<p>{_e(t('report.nothing'))}</p>")
    parts.append(_variants(report))
    return _section("funnel", t("report.funnel"), "".join(parts))


def _variants(report: Report) -> str:
    """The A/B variants beside the versions' funnels: per line or answer, its variants'
    calls, reached and, of the reached, each BALA step and the meetings."""
    parts = [f"<h3>{_e(t('report.variants'))}</h3>"]
    if not report.variants:
        return "".join([*parts, f"<p>{_e(t('report.no_variants'))}</p>"])
    parts.append(f'<p class="note">{_e(t("report.variants_note"))}</p>')
    head = [
        t("report.col.variant"),
        t("report.col.calls"),
        t("stats.funnel.reached"),
        *(t(f"stats.funnel.{s}") for s in ("b", "ba", "bal", "bala", "meeting")),
    ]
    for item in report.variants:
        rows = [
            [
                _text_cell(v.variant),
                f'<td class="num">{v.calls}</td>',
                *(_rate_cell(rate) for rate in (v.reached, *v.steps, v.hit_rate)),
            ]
            for v in item.variants
        ]
        parts.append(f'<div class="block"><h4>{_e(item.label)}</h4>')
        parts.append(_table(head, rows, wide=True) + "</div>")
    return "".join(parts)


def _phase(phase: str) -> str:
    return t(f"phase.short.{phase}") if phase else t("report.unknown")


def _objections(report: Report) -> str:
    if not report.objections:
        body = f"<p>{_e(t('report.no_objections'))}</p>"
        return _section("objections", t("report.objections"), body)
    head = [
        t("report.col.objection"),
        t("report.col.uses"),
        t("report.col.phases"),
        t("report.col.answer"),
        t("report.col.uses"),
        t("report.col.meeting_after"),
    ]
    rows: list[list[str]] = []
    for objection in report.objections:
        phases = ", ".join(f"{_phase(p)} {rate.text}" for p, rate in objection.phases)
        for index, answer in enumerate(objection.answers):
            first = index == 0
            rows.append(
                [
                    _text_cell(objection.objection_id if first else ""),
                    f'<td class="num">{objection.uses if first else ""}</td>',
                    _text_cell(phases if first else ""),
                    _text_cell(answer.answer_id or t("report.no_answer")),
                    f'<td class="num">{answer.uses}</td>',
                    _rate_cell(answer.meetings),
                ]
            )
    return _section("objections", t("report.objections"), _table(head, rows))


def _stops(report: Report) -> str:
    stops = report.stops
    parts = [f'<p class="note">{_e(t("report.stops_note", calls=stops.calls))}</p>']
    if stops.calls:
        phase_chart = [(_phase(p), rate) for p, rate in stops.by_phase]
        step_chart = [
            (t(f"bala.{s}") if s else t("report.no_step"), rate) for s, rate in stops.by_bala
        ]
        parts.append(f"<h3>{_e(t('report.chart.stop_phase'))}</h3>")
        parts.append(bars(t("report.chart.stop_phase"), phase_chart))
        parts.append(f"<h3>{_e(t('report.chart.stop_step'))}</h3>")
        parts.append(bars(t("report.chart.stop_step"), step_chart))
    return _section("stops", t("report.stops"), "".join(parts))


def _sparring(report: Report) -> str:
    sparring = report.sparring
    parts: list[str] = []
    if sparring.pairs:
        head = [t("report.col.pair"), t("report.col.shared"), t("report.col.drafts")]
        rows = [
            [
                _text_cell(f"{pair.first} + {pair.second}"),
                f'<td class="num">{pair.shared}</td>',
                f'<td class="num">{pair.drafts}</td>',
            ]
            for pair in sparring.pairs
        ]
        parts.append(_table(head, rows))
    else:
        parts.append(f"<p>{_e(t('report.no_reviews'))}</p>")
    commitments = t(
        "report.commitments",
        total=sparring.commitments,
        kept=sparring.kept.text,
        dropped=sparring.dropped.text,
        open=sparring.open.text,
    )
    parts.append(f"<p>{_e(commitments)}</p>")
    parts.append(f"<p>{_e(t('report.goals', goals=sparring.goals.text))}</p>")
    return _section("sparring", t("report.sparring"), "".join(parts))


def sentence(tool: str, rate: Rate) -> str:
    """E.g. "Indvendingsbanken blev brugt i 63 % af de nåede opkald (41 af 65)."."""
    name = t(f"report.tool.{tool}")
    if rate.percent is None:
        return t("report.sentence_none", tool=name)
    percent = f"{rate.percent} %"
    return t("report.sentence", tool=name, percent=percent, count=rate.count, total=rate.total)


def split_tools(row: ToolRow) -> tuple[list[str], list[str]]:
    """The tools a row uses and the ones it ignores (under :data:`IGNORED_BELOW` percent);
    with no reached calls, neither."""
    used: list[str] = []
    ignored: list[str] = []
    for tool in TOOLS:
        percent = getattr(row, tool).percent
        if percent is not None:
            (ignored if percent < IGNORED_BELOW else used).append(tool)
    return used, ignored


def _names(tools: Sequence[str]) -> str:
    return ", ".join(t(f"report.tool.{tool}") for tool in tools) or t("report.none")


def _short(tools: Sequence[str]) -> str:
    return ", ".join(t(f"report.short.{tool}") for tool in tools) or t("report.none")


def _debrief(report: Report) -> str:
    team = report.tools[-1]
    parts = [f'<p class="note">{_e(t("report.debrief_note", limit=IGNORED_BELOW))}</p>']
    sentences = "".join(f"<li>{_e(sentence(tool, getattr(team, tool)))}</li>" for tool in TOOLS)
    parts.append(f'<ul class="summary">{sentences}</ul>')
    used, ignored = split_tools(team)
    parts.append(
        f"<p><strong>{_e(t('report.used', tools=_names(used)))}</strong> "
        f"{_e(t('report.ignored', tools=_names(ignored)))}</p>"
    )
    parts.append(
        bars(t("report.chart.tools"), [(t(f"report.tool.{x}"), getattr(team, x)) for x in TOOLS])
    )
    head = [
        t("report.col.who"),
        t("report.key.reached"),
        *(t(f"report.short.{tool}") for tool in TOOLS),
        t("report.col.tools_ignored"),
    ]
    rows = []
    for row in report.tools:
        _, missing = split_tools(row)
        rows.append(
            [
                _text_cell(row.label),
                f'<td class="num">{row.reached}</td>',
                *(_rate_cell(getattr(row, tool)) for tool in TOOLS),
                _text_cell(_short(missing) if row.reached else ""),
            ]
        )
    parts.append(_table(head, rows, wide=True))
    parts.append(f'<p class="note">{_e(t("report.short_legend"))}</p>')
    return _section("debrief", t("report.debrief"), "".join(parts))


def render(
    report: Report,
    team: Figures | None,
    weeks: Sequence[Figures],
    team_name: str | None = None,
) -> str:
    """The whole HTML document: ``report`` read per consultant, ``team`` the one team row
    (None: no calls), ``weeks`` the rows per ISO week, ``team_name`` for the heading."""
    title = t("report.title")
    subtitle = t("report.subtitle", period=_period(report.period), scope=report.scope)
    heading = f"<h1>{_e(title)}</h1><p class='sub'>{_e(subtitle)}</p>"
    if team_name:
        heading += f"<p class='sub'>{_e(t('report.team', team=team_name))}</p>"
    body = "".join(
        (
            f"<header>{heading}</header>",
            _overview(report, team, weeks),
            _funnel(report),
            _objections(report),
            _stops(report),
            _sparring(report),
            _debrief(report),
        )
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)} {_e(_period(report.period))}</title>"
        f"<style>{CSS}</style></head><body>{body}</body></html>\n"
    )
