"""``canvass observe INITIALS``: follow a buddy's calls live from a second terminal.

Registered on the ``canvass`` group by :mod:`canvass.cli`. Who may follow whom is checked
by the service before the app opens, so a refusal is a clear message, not a screen.
"""

from __future__ import annotations

from typing import Any

import click

from canvass.domain.sparring_access import AccessDenied
from canvass.errors import ConfigError
from canvass.i18n import t


@click.command(name="observe")
@click.argument("initials")
@click.pass_context
def observe(ctx: click.Context, initials: str, **options: Any) -> None:
    """Follow a colleague's calls live (their buddy or a trainer), e.g. canvass observe AB.

    Opens the app on the observer screen as the configured user (--user). Exit status 2
    when no user is configured, the initials are unknown or you may not follow them.
    """
    from canvass.cli import _fail, _open_store, _open_tui, _settings
    from canvass.services import Services

    settings = _settings(ctx, options)
    if settings.user is None:
        _fail(ctx, ConfigError(t("observe.cli.no_user"), title=t("observe.cli.title")), 2)
    store = _open_store(settings)
    try:
        services = Services.of(store)
        try:
            me = services.consultants.consultant(settings.user)
            observed = services.consultants.consultant(initials)
        except ValueError:
            message = t("observe.cli.bad_initials", initials=initials)
            _fail(ctx, ConfigError(message, title=t("observe.cli.title")), 2)
        if me is None:
            message = t("observe.cli.unknown_user", initials=settings.user.upper())
            _fail(ctx, ConfigError(message, title=t("observe.cli.title")), 2)
        if observed is None:
            message = t("observe.unknown", initials=initials.strip().upper())
            _fail(ctx, ConfigError(message, title=t("observe.cli.title")), 2)
        services.observe.check(me.id, observed.id)
    except AccessDenied as error:
        store.close()
        _fail(ctx, ConfigError(str(error), title=t("observe.cli.title")), 2)
    except BaseException:
        store.close()
        raise
    ctx.exit(_open_tui(settings, store, observe=observed.initials))
