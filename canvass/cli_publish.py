"""``canvass publish``: publish versions of scripts, objections and rubrics so running apps
take them.

Registered on the ``canvass`` group by :mod:`canvass.cli`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from canvass.errors import ConfigError
from canvass.i18n import t
from canvass.safe_text import printable


@click.command(name="publish")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--bump",
    is_flag=True,
    help="Raise 'version:' in a file whose content changed under a published version.",
)
@click.pass_context
def publish(ctx: click.Context, paths: tuple[Path, ...], bump: bool, **options: Any) -> None:
    """Publish scripts, objection files and rubrics (default: all three configured folders).

    Every file is checked first; one with a problem refuses the whole run and nothing is
    published. A changed file must have a new 'version:' (or use --bump). Running apps
    take a published version within about two seconds; a call in progress keeps its own.
    Only trainers publish: give --user with your initials. Exit status: 0 when
    published (or nothing changed), 1 when refused (a problem, or --user is no trainer),
    2 without --user or with initials nobody has.
    """
    from canvass.cli import _fail, _open_store, _settings
    from canvass.cli_stats import _actor
    from canvass.content.published import PublishBusy
    from canvass.content.text_check import ContentFolders
    from canvass.domain.sparring_access import AccessDenied
    from canvass.services import Services
    from canvass.services.content_admin import ContentAdminService

    settings = _settings(ctx, options)
    title = t("publish.cli.title")
    if settings.user is None:
        _fail(ctx, ConfigError(t("publish.cli.no_user"), title), 2)
    store = _open_store(settings)
    try:
        actor = _actor(ctx, Services.of(store), settings.user, title)
        folders = ContentFolders(
            settings.scripts_dir, settings.objections_dir, settings.rubrics_dir
        )
        report = ContentAdminService(store, folders).publish_paths(actor, paths, bump=bump)
    except AccessDenied as denied:
        _fail(ctx, ConfigError(t("publish.cli.denied", reason=denied.args[0]), title), 1)
    except PublishBusy as busy:
        click.echo(t("publish.busy", path=printable(str(busy))), err=True)
        ctx.exit(1)
    except OSError as error:
        where = printable(str(error.filename or ""))
        click.echo(t("publish.write_failed", path=where, reason=error.strerror), err=True)
        ctx.exit(1)
    finally:
        store.close()
    for problem in report.problems:
        click.echo(str(problem))
    for warned in report.warnings:
        click.echo(str(warned))
    if not report.ok:
        click.echo(t("publish.refused", problems=len(report.problems)), err=True)
        ctx.exit(1)
    for folder in report.first_in:
        click.echo(t("publish.first", folder=printable(folder)))
    for path in report.skipped:
        click.echo(t("publish.skipped", path=printable(path)))
    for outcome in report.outcomes:
        where = printable(outcome.path)
        if outcome.bumped_from is not None:
            old, new = outcome.bumped_from, outcome.version
            click.echo(t("publish.bumped", path=where, old=old, new=new))
        key = "publish.published" if outcome.done else "publish.unchanged"
        click.echo(t(key, id=outcome.script_id, version=outcome.version, path=where))
    done = sum(o.done for o in report.outcomes)
    if not report.outcomes:
        click.echo(t("publish.none"))
    else:
        click.echo(t("publish.summary", done=done, unchanged=len(report.outcomes) - done))
