"""``canvass db``: where the database's schema stands, and upgrading it.

``canvass db current`` reads only (exit status 0 when up to date, 1 when not);
``canvass db upgrade`` runs the Alembic revisions this canvass has — the one way a shared
PostgreSQL database is upgraded. ``canvass db revision -m TEXT`` is for developers: it
autogenerates the next revision from the models (README, "Adding a migration").
Registered on the ``canvass`` group by :mod:`canvass.cli` (kept apart to keep it small).
"""

from __future__ import annotations

from typing import Any

import click

from canvass import locations
from canvass.cli import _common_options, _settings
from canvass.i18n import t


@click.group(name="db")
def db() -> None:
    """The database's schema: show its version, upgrade it."""


@db.command(name="current")
@_common_options
@click.pass_context
def current(ctx: click.Context, **options: Any) -> None:
    """Show the database's schema version and whether it is up to date (changes nothing).

    Exit status: 0 when up to date, 1 when 'canvass db upgrade' is needed.
    """
    from canvass.store.schema import database_state

    settings = _settings(ctx, options)
    state = database_state(settings.db_url)
    if state.empty:
        click.echo(t("db.current.empty", db=settings.db_url, head=state.head))
        ctx.exit(1)
    key = "db.current.up_to_date" if state.up_to_date else "db.current.behind"
    click.echo(t(key, db=settings.db_url, revision=state.revision, head=state.head))
    if state.legacy_version is not None:
        click.echo(t("db.current.legacy", version=state.legacy_version))
    if not state.up_to_date:
        ctx.exit(1)


@db.command(name="upgrade")
@_common_options
@click.pass_context
def upgrade(ctx: click.Context, **options: Any) -> None:
    """Upgrade the database to this canvass's schema, keeping every row.

    A personal SQLite file is upgraded when canvass opens it anyway; a shared
    PostgreSQL database only by this command. A database from a newer canvass, or
    another program's, is refused untouched.
    """
    from canvass.store.schema import upgrade_database

    settings = _settings(ctx, options)
    default = locations.is_default_database(settings.db_url)
    before, after = upgrade_database(settings.db_url, create_folder=default)
    if before.empty:
        click.echo(t("db.upgrade.created", db=settings.db_url, after=after.revision))
    elif before.up_to_date:
        click.echo(t("db.upgrade.already", db=settings.db_url, after=after.revision))
    else:
        click.echo(
            t("db.upgrade.done", db=settings.db_url, before=before.revision, after=after.revision)
        )


@db.command(name="revision", hidden=True)
@click.option("-m", "--message", required=True, help="What the revision changes.")
def revision(message: str) -> None:
    """(Developers) Autogenerate the next revision from the models."""
    from canvass.store.schema import write_revision

    written = write_revision(message)
    click.echo(t("db.revision.written", path=written) if written else t("db.revision.none"))
