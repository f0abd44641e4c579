"""The ``canvass`` command: open the TUI, fill demo data, check content, import and export.

Every command takes the same configuration options; errors meant for the user
are printed as a short panel (exit 2), never as a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar
from zoneinfo import ZoneInfo

import click

from canvass import __version__
from canvass.cli_guard import guarded, report_error
from canvass.cli_language import install as install_language
from canvass.cli_language import localise_help, speak_click
from canvass.cli_lazy import LazyGroup
from canvass.cli_plain import OPTIONS as PLAIN_OPTIONS
from canvass.config import Settings, load_settings
from canvass.errors import CanvassError, ConfigError
from canvass.i18n import set_language, t
from canvass.launcher import release as release_collector

speak_click()  # click's usage errors in the language in use (Danish by default)

F = TypeVar("F", bound=Callable[..., Any])
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_OPTION_KEYS = PLAIN_OPTIONS  # the same for the plain start (canvass.cli_plain)


def _common_options(func: F) -> F:
    """The configuration options, accepted before or after the command name."""
    decorators = [
        click.option("--db", metavar="PATH|URL", help="Database file or SQLAlchemy URL."),
        click.option("--user", metavar="INITIALS", help="The consultant's initials, e.g. AB."),
        click.option("--lang", type=click.Choice(["da", "en"]), help="Language of the UI."),
        click.option("--organisation", metavar="NAME", help="E.g. 'Jobcenter Vejle'."),
        click.option("--scripts", metavar="DIR", help="Folder with call scripts (YAML)."),
        click.option("--objections", metavar="DIR", help="Folder with the objection bank."),
        click.option("--rubrics", metavar="DIR", help="Folder with the sparring rubrics."),
    ]
    for decorate in reversed(decorators):
        func = decorate(func)
    return func


def _settings(ctx: click.Context, options: dict[str, Any]) -> Settings:
    """Merge this command's options over the group's and resolve the settings."""
    merged: dict[str, str | None] = dict(ctx.obj or {})
    merged.update({k: v for k, v in options.items() if k in _OPTION_KEYS and v})
    settings = load_settings(merged)
    set_language(settings.lang)
    return settings


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="canvass")
@_common_options
@click.pass_context
def cli(ctx: click.Context, **options: Any) -> None:
    """canvass — call scripts, BALA and the objection bank for business consultants.

    Without a command it opens the app. Options may also be set with CANVASS_DB,
    CANVASS_USER, CANVASS_LANG, CANVASS_ORGANISATION, CANVASS_SCRIPTS, CANVASS_OBJECTIONS
    or in the config file.
    """
    ctx.obj = {k: v for k, v in options.items() if v}
    if ctx.invoked_subcommand is None:
        ctx.exit(_open_tui(_settings(ctx, {})))
    release_collector()  # a command that is not the app: it may make millions of objects


@cli.command()
@click.option("--no-tui", is_flag=True, help="Only fill the database; do not open the app.")
@_common_options
@click.pass_context
def demo(ctx: click.Context, no_tui: bool, **options: Any) -> None:
    """Fill the database with fictional demo data (if it is empty) and open the app."""
    from canvass.store.demo import fill_demo

    settings = _settings(ctx, options)
    store = _open_store(settings)
    today = datetime.now(UTC).astimezone(COPENHAGEN).date()
    summary = fill_demo(store, today=today)
    if summary is None:
        click.echo(t("cli.demo_not_empty", db=store.target.display))
    else:
        # companies, contacts, consultants, calls, meetings, callbacks, job_orders
        click.echo(t("cli.demo_filled", db=store.target.display, **asdict(summary)))
    if no_tui:
        store.close()
        return
    ctx.exit(_open_tui(settings, store))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_common_options
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...], **options: Any) -> None:
    """Check call scripts, objection files and sparring rubrics (default: the configured folders).

    Exit status: 0 when everything is valid, 1 when any problem is found. Warnings
    (e.g. a rule stated without a source) are printed but do not change it.
    """
    from canvass.content.validate import check_paths

    settings = _settings(ctx, options)
    targets = list(paths) or [settings.scripts_dir, settings.objections_dir, settings.rubrics_dir]
    report = check_paths(
        targets,
        scripts_dir=settings.scripts_dir,
        objections_dir=settings.objections_dir,
        rubrics_dir=settings.rubrics_dir,
    )
    for problem in report.problems:
        click.echo(str(problem))
    for warned in report.warnings:  # printed, but they never change the exit status
        click.echo(str(warned))
    if report.problems:
        click.echo(
            t("cli.check_failed", problems=len(report.problems), files=report.files_checked),
            err=True,
        )
        ctx.exit(1)
    if report.warnings:
        click.echo(t("cli.check_warnings", warnings=len(report.warnings)))
    click.echo(t("cli.check_ok", files=report.files_checked))


def _open_store(settings: Settings) -> Any:
    from canvass import locations
    from canvass.store.store import Store

    return Store.open(settings.db_url, create_folder=locations.is_default_database(settings.db_url))


def _open_tui(settings: Settings, store: Any | None = None, *, observe: str | None = None) -> int:
    """Run the app; without ``store`` it opens the database itself after its first frame
    (errors opening it come back here as before)."""
    from canvass.ui.launch import run_app

    try:
        return run_app(settings, store, observe=observe)
    finally:
        if store is not None:
            store.close()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the command, turning every failure into a clear message."""
    install_language(sys.argv[1:] if argv is None else argv)
    localise_help(cli)  # --help in the language just chosen
    guarded(lambda: cli.main(args=argv, prog_name="canvass", standalone_mode=True))


# -- import --------------------------------------------------------------------------


def _fail(ctx: click.Context, error: CanvassError, code: int) -> NoReturn:
    """Show a user error as a panel and exit: 1 for bad content, 2 for bad usage."""
    report_error(error.title, error.message)
    ctx.exit(code)


@cli.command(name="import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--list", "list_name", metavar="NAME", help="Add the companies to this call list.")
@click.option("--dry-run", is_flag=True, help="Check the file and show what would change.")
@_common_options
@click.pass_context
def import_companies(
    ctx: click.Context, file: Path, list_name: str | None, dry_run: bool, **options: Any
) -> None:
    """Import companies from a CSV file saved from Excel or a register.

    Companies already in the database are updated (by CVR, else by phone and name).
    Exit status: 0 when imported, 1 when the file or any row is bad (then nothing is
    imported and every problem is shown as FILE:LINE), 2 for usage errors.
    """
    from canvass.cli_progress import import_progress
    from canvass.transfer import ImportFileError, apply_import, read_companies

    settings = _settings(ctx, options)
    name = " ".join((list_name or "").split()) or None
    if list_name is not None and (name is None or len(name) > 120):
        _fail(ctx, ConfigError(t("transfer.cli.bad_list_name")), 2)
    try:
        with import_progress() as progress:  # a bar on stderr when it is a terminal
            plan = read_companies(file, progress)
    except ImportFileError as error:
        _fail(ctx, error, 1)
    except ConfigError as error:
        _fail(ctx, error, 2)
    for note in sorted(plan.problems + plan.warnings, key=lambda problem: problem.line):
        click.echo(note.format(file))
    if plan.problems:
        click.echo(
            t("transfer.cli.import_failed", problems=plan.problem_count, path=file), err=True
        )
        ctx.exit(1)
    store = _open_store(settings)
    try:
        from canvass.cli_gdpr import _actor

        actor = _actor(settings, store)
        with import_progress() as progress:
            summary = apply_import(
                store, plan, name, dry_run=dry_run, audit_as=actor, source=file.name,
                progress=progress,
            )  # fmt: skip
    finally:
        store.close()
        plan.close()
    key = "transfer.cli.dry_run" if dry_run else "transfer.cli.imported"
    click.echo(
        t(key, path=file, new=summary.new, updated=summary.updated, unchanged=summary.unchanged)
    )
    if summary.contacts_added or summary.contacts_updated:
        click.echo(
            t(
                "transfer.cli.contacts",
                added=summary.contacts_added,
                updated=summary.contacts_updated,
            )
        )
    if name is not None:
        key = "transfer.cli.list_new" if summary.list_created else "transfer.cli.list_added"
        click.echo(t(key + ("_dry" if dry_run else ""), name=name, added=summary.list_added))


# -- export, who I am, the schema, personal data (canvass/cli_*.py), loaded when used ----
cli.lazy = {
    "db": ("canvass.cli_db", "db", None),
    "export": ("canvass.cli_export", "export", None),
    "team": ("canvass.cli_team", "team", None),
    **{
        name: (f"canvass.cli_{module}", name, _common_options)
        for module, name in (
            ("me", "me"),
            ("observe", "observe"),
            ("gdpr", "audit"),
            ("gdpr", "forget"),
            ("gdpr", "purge"),
            ("stats", "stats"),
            ("report", "report"),
            ("publish", "publish"),
        )
    },
}
