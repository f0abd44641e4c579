"""The ``canvass`` command: open the TUI, fill demo data, check content, import and export.

Every command takes the same configuration options; errors meant for the user
are printed as a short panel (exit 2), never as a traceback.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar
from zoneinfo import ZoneInfo

import click
import platformdirs
from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from canvass import __version__, locations
from canvass.cli_language import install as install_language
from canvass.cli_language import speak_click
from canvass.config import Settings, load_settings
from canvass.errors import CanvassError, ConfigError
from canvass.files import append_private, write_private
from canvass.i18n import set_language, t

speak_click()  # click's usage errors in the language in use (Danish by default)

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
    """Check call scripts and objection files (default: the configured folders).

    Exit status: 0 when everything is valid, 1 when any problem is found. Warnings
    (e.g. a rule stated without a source) are printed but do not change it.
    """
    from canvass.content.validate import check_paths

    settings = _settings(ctx, options)
    targets = list(paths) or [settings.scripts_dir, settings.objections_dir]
    report = check_paths(
        targets, scripts_dir=settings.scripts_dir, objections_dir=settings.objections_dir
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

    # Only canvass's own default place is created; a --db in a missing folder is a typo.
    default = settings.db_url == str(locations.default_database())
    return Store.open(settings.db_url, create_folder=default)


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
    # Messages quote paths, URLs and file contents: text, never Rich markup.
    panel = Panel(Text(message), title=Text(title), border_style="red", expand=False)
    Console(stderr=True).print(panel)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the command, turning every failure into a clear message."""
    install_language(sys.argv[1:] if argv is None else argv)
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
    header = f"--- {datetime.now(UTC).isoformat()} canvass {__version__}\n"
    append_private(path, header + traceback.format_exc())  # it may quote names and notes
    return path


# -- import and export -------------------------------------------------------------------


def _fail(ctx: click.Context, error: CanvassError, code: int) -> NoReturn:
    """Show a user error as a panel and exit: 1 for bad content, 2 for bad usage."""
    _report_error(error.title, error.message)
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
    from canvass.transfer import ImportFileError, apply_import, read_companies

    settings = _settings(ctx, options)
    name = " ".join((list_name or "").split()) or None
    if list_name is not None and (name is None or len(name) > 120):
        _fail(ctx, ConfigError(t("transfer.cli.bad_list_name")), 2)
    try:
        plan = read_companies(file)
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
        summary = apply_import(store, plan, name, dry_run=dry_run)
    finally:
        store.close()
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


@cli.group()
def export() -> None:
    """Export meetings to a calendar file (.ics) or calls to Excel (.csv)."""


def _export_period(
    ctx: click.Context, start: str | None, end: str | None
) -> tuple[date | None, date | None]:
    """The days ``--from`` and ``--to`` name; a bad date is a usage error."""
    from canvass.domain.when import parse_date

    today = datetime.now(UTC).astimezone(COPENHAGEN).date()
    try:
        first = parse_date(start, today) if start else None
        last = parse_date(end, today) if end else None
    except ValueError as error:
        _fail(ctx, ConfigError(str(error), t("transfer.export_title")), 2)
    if first and last and first > last:
        _fail(ctx, ConfigError(t("transfer.cli.bad_range", start=first, end=last)), 2)
    return first, last


def _export_consultant(
    ctx: click.Context, settings: Settings, store: Any, mine: bool
) -> int | None:
    """The configured user's consultant id for ``--mine`` (-1 when they have none yet)."""
    from canvass.services import Services

    if not mine:
        return None
    if settings.user is None:
        _fail(ctx, ConfigError(t("transfer.cli.no_user"), t("transfer.export_title")), 2)
    consultant = Services.of(store).consultants.consultant(settings.user)
    return -1 if consultant is None else int(consultant.id)


def _write_export(ctx: click.Context, path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (``-`` for standard output) without leaving half a file."""
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    if path.is_dir():  # also --csv '' (the current folder)
        _fail(ctx, ConfigError(t("transfer.cli.target_is_folder", path=path)), 2)
    try:
        write_private(path, data)  # whole or not at all, owner-only: it holds names and notes
    except OSError as exc:
        reason = exc.strerror or str(exc)
        error = ConfigError(t("transfer.cli.cannot_write", path=path, reason=reason))
        _fail(ctx, error, 2)


_FROM = click.option("--from", "start", metavar="DATE", help="First day, e.g. 1/12/2026.")
_TO = click.option("--to", "end", metavar="DATE", help="Last day (included).")
_MINE = click.option("--mine", is_flag=True, help="Only the configured user's (--user).")


@export.command(name="meetings")
@click.option("--ics", "target", required=True, type=click.Path(path_type=Path), metavar="FILE")
@_FROM
@_TO
@_MINE
@_common_options
@click.pass_context
def export_meetings(
    ctx: click.Context,
    target: Path,
    start: str | None,
    end: str | None,
    mine: bool,
    **options: Any,
) -> None:
    """Write meetings to an .ics file for Outlook, Google or Apple Calendar.

    Importing a newer file updates the events instead of adding copies; cancelled
    meetings are written as cancelled, so the calendar removes them.
    """
    from canvass.transfer.ics_export import calendar_bytes, load_meetings

    _run_export(
        ctx,
        options,
        (start, end, mine),
        target,
        load_meetings,
        calendar_bytes,
        "transfer.cli.meetings_written",
    )


@export.command(name="calls")
@click.option("--csv", "target", required=True, type=click.Path(path_type=Path), metavar="FILE")
@_FROM
@_TO
@_MINE
@_common_options
@click.pass_context
def export_calls(
    ctx: click.Context,
    target: Path,
    start: str | None,
    end: str | None,
    mine: bool,
    **options: Any,
) -> None:
    """Write the call log to a CSV file that Excel opens directly (;, UTF-8 with BOM)."""
    from canvass.transfer.csv_export import csv_bytes, load_calls

    _run_export(
        ctx,
        options,
        (start, end, mine),
        target,
        load_calls,
        csv_bytes,
        "transfer.cli.calls_written",
    )


def _run_export(
    ctx: click.Context,
    options: dict[str, Any],
    period: tuple[str | None, str | None, bool],
    target: Path,
    load: Callable[..., list[Any]],
    render: Callable[[list[Any]], bytes],
    message_key: str,
) -> None:
    """Read the rows for the period (and consultant) from the store, write them, say so."""
    start, end, mine = period
    settings = _settings(ctx, options)
    first, last = _export_period(ctx, start, end)
    store = _open_store(settings)
    try:
        consultant_id = _export_consultant(ctx, settings, store, mine)
        rows = load(store, start=first, end=last, consultant_id=consultant_id)
    finally:
        store.close()
    _write_export(ctx, target, render(rows))
    click.echo(t(message_key, count=len(rows), path=target), err=str(target) == "-")


# -- who I am, the schema (canvass/cli_me.py, canvass/cli_db.py) -------------------------
from canvass.cli_db import db as _db  # noqa: E402 - they use the helpers above
from canvass.cli_me import me as _me  # noqa: E402

cli.add_command(_common_options(_me))
cli.add_command(_db)
