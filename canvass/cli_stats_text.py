"""``canvass stats`` as plain-text tables that fit 80 columns (used by :mod:`canvass.cli_stats`).

A rate is shown as its count and its percent side by side ("2  67 %"), the total it is a
share of in its own column, so small numbers are seen as small. Text from the database
(initials, script and objection ids) is printed literally, control characters shown.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from canvass.domain.stats import Rate
from canvass.i18n import t
from canvass.safe_text import printable
from canvass.services.stats import FunnelRow, Report, VariedItem

WIDTH = 80
_LABEL = 14


def _pct(rate: Rate) -> str:
    return "–" if rate.percent is None else f"{rate.percent} %"


def _cut(text: str, width: int) -> str:
    text = printable(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _line(label: str, cells: Sequence[str], widths: Sequence[int], label_width: int) -> str:
    parts = [_cut(label, label_width).ljust(label_width)]
    parts += [cell.rjust(width) for cell, width in zip(cells, widths, strict=True)]
    return " ".join(parts).rstrip()


def _heading(report: Report) -> str:
    first, last = report.period.first, report.period.last
    if first and last:
        period = f"{first:%-d/%-m/%Y}–{last:%-d/%-m/%Y}"
    elif first:
        period = t("stats.cli.from", first=f"{first:%-d/%-m/%Y}")
    elif last:
        period = t("stats.cli.until", last=f"{last:%-d/%-m/%Y}")
    else:
        period = t("stats.cli.all_time")
    by = t(f"stats.by.{report.by.value}")
    return t("stats.cli.heading", period=period, scope=report.scope, by=by)


def _overview(report: Report) -> list[str]:
    heads = ["calls", "reached", "pct", "meetings", "hit_rate", "per_call", "job_orders", "pct"]
    widths = [7, 7, 5, 6, 7, 6, 7, 5]
    # The label column widens for long labels (a variant's) up to what 80 columns leave.
    longest = max((len(printable(row.label)) for row in report.overview), default=0)
    label = max(_LABEL, min(longest, WIDTH - sum(widths) - len(widths)))
    lines = [t("stats.cli.overview")]
    lines.append(_line("", [t(f"stats.col.{h}") for h in heads], widths, label))
    for row in report.overview:
        cells = [
            str(row.calls),
            str(row.reached.count),
            _pct(row.reached),
            str(row.meetings),
            _pct(row.hit_rate),
            _pct(row.hit_rate_calls),
            str(row.job_orders.count),
            _pct(row.job_orders),
        ]
        lines.append(_line(row.label, cells, widths, label))
    if not report.overview:
        lines.append("  " + t("stats.cli.nothing"))
    return lines


def _count_pct(rate: Rate) -> str:
    return f"{rate.count} {_pct(rate):>5}"


def _funnel(rows: Sequence[FunnelRow]) -> list[str]:
    lines = [t("stats.cli.funnel")]
    if not rows:
        return [*lines, "  " + t("stats.cli.nothing")]
    per_block, width, label = 5, 13, 9
    stages = ["b", "ba", "bal", "bala"]
    for start in range(0, len(rows), per_block):
        block = rows[start : start + per_block]
        numbers = [f"[{start + n + 1}]" for n in range(len(block))]
        widths = [width] * len(block)
        lines.append(_line("", numbers, widths, label))
        lines.append(
            _line(t("stats.funnel.reached"), [str(r.reached) for r in block], widths, label)
        )
        for index, stage in enumerate(stages):
            cells = [_count_pct(r.steps[index]) for r in block]
            lines.append(_line(t(f"stats.funnel.{stage}"), cells, widths, label))
        cells = [_count_pct(r.meetings) for r in block]
        lines.append(_line(t("stats.funnel.meeting"), cells, widths, label))
    legend = " · ".join(
        f"[{n + 1}] {printable(t('stats.variant', script=r.script_id, version=r.script_version))}"
        for n, r in enumerate(rows)
    )
    return lines + _wrap(legend)


def _variants(items: Sequence[VariedItem]) -> list[str]:
    """Each line or answer with variants: its variants as columns (five to a block), the
    calls, reached, the funnel of the reached and the meetings with the hit-rate."""
    lines = [t("stats.cli.variants")]
    if not items:
        return [*lines, t("stats.cli.no_variants")]
    per_block, width, label = 5, 13, 9
    stages = ["b", "ba", "bal", "bala"]
    for item in items:
        lines.append(printable(item.label))
        for start in range(0, len(item.variants), per_block):
            block = item.variants[start : start + per_block]
            widths = [width] * len(block)
            names = [_cut(v.variant, width) for v in block]
            lines.append(_line("", names, widths, label))
            calls = [str(v.calls) for v in block]
            lines.append(_line(t("stats.cli.variant_calls"), calls, widths, label))
            reached = [_count_pct(v.reached) for v in block]
            lines.append(_line(t("stats.funnel.reached"), reached, widths, label))
            for index, stage in enumerate(stages):
                cells = [_count_pct(v.steps[index]) for v in block]
                lines.append(_line(t(f"stats.funnel.{stage}"), cells, widths, label))
            cells = [_count_pct(v.hit_rate) for v in block]
            lines.append(_line(t("stats.funnel.meeting"), cells, widths, label))
    return lines


def _phase(phase: str) -> str:
    return t(f"phase.short.{phase}") if phase else t("stats.cli.unknown_phase")


def _objections(report: Report) -> list[str]:
    lines = [t("stats.cli.objections")]
    if not report.objections:
        return [*lines, t("stats.cli.no_objections")]
    for row in report.objections:
        lines.append(
            t("stats.cli.objection_line", objection=printable(row.objection_id), uses=row.uses)
        )
        phases = " · ".join(f"{_phase(phase)} {rate.text}" for phase, rate in row.phases)
        lines += textwrap.wrap(
            t("stats.cli.phases", phases=phases), WIDTH, subsequent_indent="    "
        )
        for answer in row.answers:
            name = printable(answer.answer_id) or t("stats.cli.no_answer")
            text = t(
                "stats.cli.answer_line",
                answer=name,
                uses=answer.uses,
                meetings=answer.meetings.text,
            )
            lines += _wrap(text, "    ")
    return lines


def _stops(report: Report) -> list[str]:
    stops = report.stops
    widths = [7, 5]
    lines = [t("stats.cli.stops", calls=stops.calls)]
    lines.append(_line("  " + t("stats.col.last_phase"), [t("stats.col.calls"), "%"], widths, 24))
    for phase, rate in stops.by_phase:
        lines.append(_line("  " + _phase(phase), [str(rate.count), _pct(rate)], widths, 24))
    lines.append(_line("  " + t("stats.col.last_step"), [t("stats.col.calls"), "%"], widths, 24))
    for step, rate in stops.by_bala:
        name = t(f"bala.{step}") if step else t("stats.cli.no_step")
        lines.append(_line("  " + name, [str(rate.count), _pct(rate)], widths, 24))
    return lines


def _sparring(report: Report) -> list[str]:
    sparring = report.sparring
    lines = [t("stats.cli.sparring")]
    widths = [7, 7]
    if sparring.pairs:
        heads = [t("stats.col.shared"), t("stats.col.drafts")]
        lines.append(_line("  " + t("stats.col.pair"), heads, widths, 24))
        for pair in sparring.pairs:
            name = f"  {printable(pair.first)} + {printable(pair.second)}"
            lines.append(_line(name, [str(pair.shared), str(pair.drafts)], widths, 24))
    else:
        lines.append(t("stats.cli.no_reviews"))
    lines += textwrap.wrap(
        t(
            "stats.cli.commitments",
            total=sparring.commitments,
            kept=sparring.kept.text,
            dropped=sparring.dropped.text,
            open=sparring.open.text,
        ),
        WIDTH,
        subsequent_indent="    ",
    )
    lines.append(t("stats.cli.goals", goals=sparring.goals.text))
    return lines


def _tools(report: Report) -> list[str]:
    heads = ["reached", "phases", "bala", "objections", "goals", "reviewed"]
    widths = [7, 11, 11, 11, 11, 11]
    lines = [t("stats.cli.tools")]
    lines.append(_line("", [t(f"stats.col.{h}") for h in heads], widths, 10))
    for row in report.tools:
        rates = (row.phases, row.bala, row.objections, row.goals, row.reviewed)
        cells = [str(row.reached)] + [_count_pct(rate) for rate in rates]
        lines.append(_line(row.label, cells, widths, 10))
    return lines + _wrap(t("stats.cli.tools_legend"))


def render(report: Report) -> str:
    """The whole report as text, every line at most 80 columns."""
    sections = [
        [_heading(report)],
        _overview(report),
        _funnel(report.funnel),
        _variants(report.variants),
        _objections(report),
        _stops(report),
        _sparring(report),
        _tools(report),
    ]
    return "\n\n".join("\n".join(_fit(lines)) for lines in sections) + "\n"


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, subsequent_indent=indent, break_on_hyphens=False)


def _fit(lines: list[str]) -> list[str]:
    """Every line at most 80 columns: a longer one (a note, a long name) is wrapped."""
    return [part for line in lines for part in (_wrap(line, "  ") if len(line) > WIDTH else [line])]
