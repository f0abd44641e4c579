"""The ``canvass`` command: open the TUI, fill demo data, check content files.

Every command takes the same configuration options; errors meant for the user
are printed as a short panel (exit 2), never as a traceback.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import click
import platformdirs
from rich.console import Console
from rich.panel import Panel

from canvass import __version__, locations
from canvass.config import Settings, load_settings
from canvass.errors import CanvassError
from canvass.i18n import set_language, t

F = TypeVar("F", bound=Callable[..., Any])
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_OPTION_KEYS = ("db", "user", "lang", "organisation", "scripts", "objections")


def _common_options(func: F) -> F:
    """The configuration options, accepted before or after the command name."""
    decorators = [
        click.option("--db", metavar="PATH|URL", help="Database file or SQLAlchemy URL."),
        click.option("--user", metavar="INITIALS", help="The consultant's initials, e.g. AB."),
        click.option("--lang", type=click.Choice(["da", "en"]), help="Language of the UI."),
        click.option("--organisation", metavar="NAME", help="E.g. 'Jobcenter Vejle'."),
        click.option("--scripts", metavar="DIR", help="Folder with call scripts (YAML)."),
        click.option("--objections", metavar="DIR", help="Folder with the objection bank."),
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


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
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
        click.echo(t("cli.demo_not_empty", db=settings.db_url))
    else:
        click.echo(t("cli.demo_filled", summary=summary, db=settings.db_url))
    if no_tui:
        store.close()
        return
    ctx.exit(_open_tui(settings, store))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_common_options
@click.pass_context
def check(ctx: click.Context, paths: tuple[Path, ...], **options: Any) -> None:
    """Check call scripts and objection files (default: the configured folders).

    Exit status: 0 when everything is valid, 1 when any problem is found.
    """
    from canvass.content.validate import check_paths

    settings = _settings(ctx, options)
    targets = list(paths) or [settings.scripts_dir, settings.objections_dir]
    report = check_paths(targets)
    for problem in report.problems:
        click.echo(str(problem))
    if report.problems:
        click.echo(
            t("cli.check_failed", problems=len(report.problems), files=report.files_checked),
            err=True,
        )
        ctx.exit(1)
    click.echo(t("cli.check_ok", files=report.files_checked))


def _open_store(settings: Settings) -> Any:
    from canvass.store.store import Store

    return Store.open(settings.db_url)


def _open_tui(settings: Settings, store: Any | None = None) -> int:
    from canvass.content.validate import load_library
    from canvass.ui.launch import run_app

    store = store or _open_store(settings)
    try:
        library = load_library(settings.scripts_dir, settings.objections_dir)
        return run_app(settings, store, library)
    finally:
        store.close()


def _report_error(title: str, message: str) -> None:
    Console(stderr=True).print(Panel(message, title=title, border_style="red", expand=False))


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the command, turning every failure into a clear message."""
    try:
        cli.main(args=argv, prog_name="canvass", standalone_mode=True)
    except CanvassError as error:
        _report_error(error.title, error.message)
        sys.exit(2)
    except Exception:  # the last guard: never show a traceback, but keep it for a bug report
        log = _write_crash_log()
        _report_error("canvass", t("cli.unexpected", log=log))
        sys.exit(2)


def _write_crash_log() -> Path:
    folder = Path(platformdirs.user_log_dir(locations.APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.log"
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now(UTC).isoformat()} canvass {__version__}\n")
        log.write(traceback.format_exc())
    return path
