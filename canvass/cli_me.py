"""``canvass me``: show or change the consultant's own name, phone and e-mail.

Registered on the ``canvass`` group by :mod:`canvass.cli` (kept apart to keep it small).
"""

from __future__ import annotations

from typing import Any

import click

from canvass.domain.consultant import MeError, check_me
from canvass.domain.phone import format_phone
from canvass.errors import ConfigError
from canvass.i18n import t


@click.command(name="me")
@click.option("--name", metavar="NAME", help="Your full name, e.g. 'Mette Hansen'.")
@click.option("--phone", metavar="NUMBER", help="Your direct phone ('' clears it).")
@click.option("--email", metavar="ADDRESS", help="Your e-mail address ('' clears it).")
@click.pass_context
def me(
    ctx: click.Context,
    name: str | None,
    phone: str | None,
    email: str | None,
    **options: Any,
) -> None:
    """Show your name, phone and e-mail (used by the scripts), or change them.

    Without options it prints the current values. Exit status 2 for a bad value.
    """
    from canvass.cli import _fail, _open_store, _settings
    from canvass.services import Services

    settings = _settings(ctx, options)
    if settings.user is None:
        _fail(ctx, ConfigError(t("me.cli.no_user")), 2)
    store = _open_store(settings)
    try:
        consultants = Services.of(store).consultants
        info = consultants.ensure_consultant(settings.user)
        if (name, phone, email) != (None, None, None):
            try:
                checked = check_me(
                    info.name if name is None else name,
                    info.phone if phone is None else phone,
                    info.email if email is None else email,
                )
            except MeError as error:
                _fail(
                    ctx,
                    ConfigError(t("me.cli.bad", field=f"--{error.field}", reason=error.message)),
                    2,
                )
            info = consultants.update_me(info.id, checked)
            click.echo(t("me.saved"))
    finally:
        store.close()
    missing = t("me.cli.missing")
    click.echo(t("me.cli.initials", value=info.initials))
    click.echo(t("me.cli.name", value=info.name if info.name != info.initials else missing))
    click.echo(t("me.cli.phone", value=format_phone(info.phone) if info.phone else missing))
    click.echo(t("me.cli.email", value=info.email or missing))
