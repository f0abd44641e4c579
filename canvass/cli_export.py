"""``canvass export meetings`` and ``canvass export calls``: meetings to an .ics file,
calls to a CSV file, each export written to the audit log (one line per company).

Registered on the ``canvass`` group by :mod:`canvass.cli` (kept apart to keep it small).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click

from canvass.cli import COPENHAGEN, _common_options, _fail, _open_store, _settings
from canvass.config import Settings
from canvass.errors import ConfigError
from canvass.files import write_private
from canvass.i18n import t


@click.group()
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
    from canvass.cli_gdpr import _actor
    from canvass.transfer.export_audit import log_export

    start, end, mine = period
    kind = "meetings" if message_key == "transfer.cli.meetings_written" else "calls"
    settings = _settings(ctx, options)
    first, last = _export_period(ctx, start, end)
    store = _open_store(settings)
    try:
        consultant_id = _export_consultant(ctx, settings, store, mine)
        rows = load(store, start=first, end=last, consultant_id=consultant_id)
        log_export(store, _actor(settings, store), kind, rows, first, last)
    finally:
        store.close()
    _write_export(ctx, target, render(rows))
    click.echo(t(message_key, count=len(rows), path=target), err=str(target) == "-")
