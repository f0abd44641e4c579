"""``canvass report``: the team lead's debrief (*statusnotat*) as one self-contained HTML
file (issue 12, section 4). Registered on the ``canvass`` group by :mod:`canvass.cli`.

Who asks (``--user``) decides what is covered, as for ``canvass stats``: a team lead or a
trainer everyone, a consultant only themselves (the rules live in
:class:`canvass.services.stats.StatsService`). Exit status 2 on bad options, a bad date,
an unknown user or a file that cannot be written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from canvass.domain.stats import By
from canvass.errors import ConfigError
from canvass.i18n import t


@click.command(name="report")
@click.option("--from", "start", metavar="DATE", help="First day, e.g. 1/12/2026.")
@click.option("--to", "end", metavar="DATE", help="Last day (included).")
@click.option("--team", "team_name", metavar="NAME", help="Only this team's calls.")
@click.option(
    "-o",
    "--output",
    "output",
    default="debrief.html",
    metavar="FILE",
    type=click.Path(path_type=Path),
    help="Where to write the HTML file (default: debrief.html).",
)
@click.pass_context
def report(
    ctx: click.Context,
    start: str | None,
    end: str | None,
    team_name: str | None,
    output: Path,
    **options: Any,
) -> None:
    """Write the debrief for the team meeting as one HTML file: key figures, the BALA
    funnel, objections, where calls stop, sparring and which tools are used. Needs
    --user: team leads and trainers see everyone, a consultant their own calls.
    Exit status 2 on bad options or a file that cannot be written."""
    from canvass.cli import _fail, _open_store, _settings
    from canvass.cli_stats import _actor, _period, _team, _trends
    from canvass.domain.sparring_access import AccessDenied
    from canvass.files import write_private
    from canvass.report import render
    from canvass.services import Services

    settings = _settings(ctx, options)
    title = t("report.cli.title")
    period = _period(ctx, start, end, title)
    if settings.user is None:
        _fail(ctx, ConfigError(t("report.cli.no_user"), title), 2)
    if output.is_dir():
        _fail(ctx, ConfigError(t("report.cli.is_folder", path=output), title), 2)
    store = _open_store(settings)
    try:
        services = Services.of(store)
        actor = _actor(ctx, services, settings.user, title)
        team_name = _team(ctx, services, team_name, title)
        try:
            figures = services.stats.report(actor, period, By.CONSULTANT, team=team_name)
            team = services.stats.overview(actor, period, By.TEAM, team=team_name)
            weeks = services.stats.overview(actor, period, By.WEEK, team=team_name)
            trends = _trends(services, settings, actor, period, team_name)
        except (AccessDenied, LookupError) as error:  # LookupError: the team went away
            _fail(ctx, ConfigError(str(error.args[0] if error.args else error), title), 2)
    finally:
        store.close()
    total = team[-1] if team else None  # by team: the teams, then the total
    page = render(figures, total, weeks, team_name, trends)
    try:
        write_private(output, page.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or str(error)
        _fail(ctx, ConfigError(t("report.cli.cannot_write", path=output, reason=reason), title), 2)
    click.echo(t("report.cli.written", path=output))
