"""``canvass stats``: the statistics of a period as text tables, JSON or CSV.

Registered on the ``canvass`` group by :mod:`canvass.cli` (kept apart to keep it small).
Who asks (``--user``) decides what is shown: a consultant their own figures, team leads
and trainers everyone's (the rules live in :class:`canvass.services.stats.StatsService`).
JSON and CSV keep stable English keys whatever the language; the CSV is long ("section,
key, measure, count, total, percent"), one figure a line, formula-safe for Excel.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from typing import Any

import click

from canvass.domain.stats import By, Period, Rate
from canvass.errors import ConfigError
from canvass.i18n import t


def _plain(value: Any) -> Any:
    """A report value as JSON: dataclasses as objects, rates as count/total/percent, a
    tuple of (name, rate) pairs as an object by name."""
    if isinstance(value, Rate):
        return {"count": value.count, "total": value.total, "percent": value.percent}
    if is_dataclass(value) and not isinstance(value, type):
        plain = {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
        if hasattr(value, "key") and "key" not in plain:
            plain = {"key": value.key, **plain}
        return plain
    if isinstance(value, tuple | list):
        if value and all(
            isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], Rate) for v in value
        ):
            return {name: _plain(rate) for name, rate in value}
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value.value if isinstance(value, By) else value


def report_json(report: Any) -> str:
    """The report as JSON (stable keys: the dataclasses' field names)."""
    return json.dumps(_plain(report), ensure_ascii=False, indent=2) + "\n"


def _csv_rows(report: Any) -> list[list[Any]]:
    rows: list[list[Any]] = []

    def add(section: str, key: str, measure: str, value: Rate | int) -> None:
        if isinstance(value, Rate):
            rows.append([section, key, measure, value.count, value.total, value.percent])
        else:
            rows.append([section, key, measure, value, "", ""])

    for row in report.overview:
        add("overview", row.key, "calls", row.calls)
        add("overview", row.key, "reached", row.reached)
        add("overview", row.key, "meetings", row.meetings)
        add("overview", row.key, "hit_rate", row.hit_rate)
        add("overview", row.key, "hit_rate_calls", row.hit_rate_calls)
        add("overview", row.key, "job_orders", row.job_orders)
    for row in report.funnel:
        add("funnel", row.key, "reached", row.reached)
        for step, rate in zip(("b", "ba", "bal", "bala"), row.steps, strict=True):
            add("funnel", row.key, step, rate)
        add("funnel", row.key, "meetings", row.meetings)
    for item in report.variants:
        for variant in item.variants:
            key = f"{item.key}:{variant.variant}"
            add("variants", key, "calls", variant.calls)
            add("variants", key, "reached", variant.reached)
            for step, rate in zip(("b", "ba", "bal", "bala"), variant.steps, strict=True):
                add("variants", key, step, rate)
            add("variants", key, "meetings", variant.meetings)
            add("variants", key, "hit_rate", variant.hit_rate)
    for objection in report.objections:
        add("objections", objection.objection_id, "uses", objection.uses)
        for phase, rate in objection.phases:
            add("objections", objection.objection_id, f"phase:{phase}", rate)
        for answer in objection.answers:
            add("objections", objection.objection_id, f"answer:{answer.answer_id}", answer.meetings)
    for phase, rate in report.stops.by_phase:
        add("stops", "", f"phase:{phase}", rate)
    for step, rate in report.stops.by_bala:
        add("stops", "", f"bala:{step}", rate)
    for pair in report.sparring.pairs:
        add("sparring", f"{pair.first}+{pair.second}", "shared", pair.shared)
        add("sparring", f"{pair.first}+{pair.second}", "drafts", pair.drafts)
    for name in ("kept", "dropped", "open", "goals"):
        add("sparring", "", name, getattr(report.sparring, name))
    for tool in report.tools:
        for name in ("phases", "bala", "objections", "goals", "reviewed"):
            add("tools", tool.key, name, getattr(tool, name))
    return rows


def report_csv(report: Any) -> str:
    """The report as a long CSV: section, key, measure, count, total, percent."""
    from canvass.transfer.csv_export import spreadsheet_safe

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "key", "measure", "count", "total", "percent"])
    for row in _csv_rows(report):
        writer.writerow([spreadsheet_safe(c) if isinstance(c, str) else c for c in row])
    return out.getvalue()


def _period(
    ctx: click.Context, start: str | None, end: str | None, title: str | None = None
) -> Period:
    """The period of --from/--to; a bad date or order ends the command (exit 2) with a
    panel titled ``title`` (default: the statistics')."""
    from canvass.cli import COPENHAGEN, _fail
    from canvass.domain.when import parse_date

    today = datetime.now(UTC).astimezone(COPENHAGEN).date()
    days: list[date | None] = []
    for option, value in (("--from", start), ("--to", end)):
        try:
            days.append(parse_date(value, today) if value else None)
        except ValueError as error:
            reason = t("stats.cli.bad_date", option=option, reason=str(error))
            _fail(ctx, ConfigError(reason, title or t("stats.cli.title")), 2)
    try:
        return Period(days[0], days[1])
    except ValueError as error:
        _fail(ctx, ConfigError(str(error), title or t("stats.cli.title")), 2)


def _actor(ctx: click.Context, services: Any, initials: str, title: str) -> Any:
    """The configured user as the statistics' access rules see them; unknown initials end
    the command (exit 2) with a panel titled ``title``."""
    from canvass.cli import _fail
    from canvass.domain.sparring import Role
    from canvass.domain.sparring_access import Actor

    who = services.consultants.consultant(initials)
    if who is None:
        _fail(ctx, ConfigError(t("stats.cli.unknown_user", initials=initials), title), 2)
    return Actor(who.id, Role(who.role))


@click.command(name="stats")
@click.option("--json", "as_json", is_flag=True, help="Write JSON (stable English keys).")
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV: one figure a line.")
@click.option("--from", "start", metavar="DATE", help="First day, e.g. 1/12/2026.")
@click.option("--to", "end", metavar="DATE", help="Last day (included).")
@click.option(
    "--by",
    "by",
    default="consultant",
    metavar="|".join(b.value for b in By),
    help="Rows of the overview (default: consultant).",
)
@click.pass_context
def stats(
    ctx: click.Context,
    as_json: bool,
    as_csv: bool,
    start: str | None,
    end: str | None,
    by: str,
    **options: Any,
) -> None:
    """Statistics: calls, reached, meetings, the BALA funnel, objections, where calls
    stop, sparring and the tools used. Needs --user: a consultant sees their own
    figures, team leads and trainers everyone's. Exit status 2 on bad options."""
    from canvass.cli import _fail, _open_store, _settings
    from canvass.cli_stats_text import render
    from canvass.domain.sparring_access import AccessDenied
    from canvass.services import Services

    settings = _settings(ctx, options)
    title = t("stats.cli.title")
    if as_json and as_csv:
        _fail(ctx, ConfigError(t("stats.cli.both_formats"), title), 2)
    if by not in {b.value for b in By}:
        choices = ", ".join(b.value for b in By)
        _fail(ctx, ConfigError(t("stats.cli.bad_by", value=by, choices=choices), title), 2)
    period = _period(ctx, start, end)
    if settings.user is None:
        _fail(ctx, ConfigError(t("stats.cli.no_user"), title), 2)
    store = _open_store(settings)
    try:
        services = Services.of(store)
        actor = _actor(ctx, services, settings.user, title)
        try:
            report = services.stats.report(actor, period, By(by))
        except AccessDenied as error:
            _fail(ctx, ConfigError(str(error), title), 2)
    finally:
        store.close()
    if as_json:
        click.echo(report_json(report), nl=False)
    elif as_csv:
        click.echo(report_csv(report), nl=False)
    else:
        click.echo(render(report), nl=False)
