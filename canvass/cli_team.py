"""``canvass team``: the team's people, their roles and buddy pairs.

``canvass team list`` shows everyone (initials, name, role, buddy, since when);
``add``, ``role``, ``pair`` and ``unpair`` change the team as the configured user
(``--user``). Only trainers and team leads may change it — until the database has
neither, anyone may, so the first person can set the team up (e.g.
``canvass --user SL team role SL træner``). Exit status: 0 when done, 2 for input that is
malformed (initials, a role, a name, pairing someone with themselves), 1 when the change
is refused or cannot be made (unknown initials, a taken initials, no buddy to unpair).
Registered on the ``canvass`` group by :mod:`canvass.cli` (kept apart to keep it small).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from canvass.cli import COPENHAGEN, _common_options, _fail, _open_store, _settings
from canvass.config import Settings
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied
from canvass.domain.team import parse_role, role_label
from canvass.errors import ConfigError
from canvass.i18n import t
from canvass.safe_text import printable

if TYPE_CHECKING:  # the services (and SQLAlchemy) load when a team command runs
    from canvass.services import Services
    from canvass.services.team import TeamMember

R = TypeVar("R")


@click.group(name="team")
def team() -> None:
    """The team: people, roles (konsulent, træner, teamleder) and buddy pairs.

    Only trainers and team leads (--user) may change the team; until it has one, anyone
    may, to set it up. Exit status: 0 when done, 2 for malformed input, 1 when a change
    is refused or cannot be made (e.g. unknown initials).
    """


def _title() -> str:
    return t("team.title")


def _bad(ctx: click.Context, message: str, code: int) -> NoReturn:
    _fail(ctx, ConfigError(message, _title()), code)


def _run(
    ctx: click.Context, options: dict[str, Any], work: Callable[[Services, int | None], R]
) -> R:
    """Open the database, find who acts (``--user``) and run ``work``; refusals as panels."""
    settings = _settings(ctx, options)
    store = _open_store(settings)
    try:
        from canvass.services import Services

        services = Services.of(store)
        try:
            return work(services, _actor(services, settings))
        except AccessDenied as error:
            message = str(error)
            if settings.user is None:
                message = f"{message}. {t('team.error.no_user')}"
            _bad(ctx, message, 1)
        except LookupError as error:
            _bad(ctx, str(error.args[0]) if error.args else t("team.error.unknown_id"), 1)
    finally:
        store.close()


def _actor(services: Services, settings: Settings) -> int | None:
    if settings.user is None:
        return None
    try:
        found = services.team.person(settings.user)
    except ValueError:
        return None
    return found.id if found is not None else None


def _person(services: Services, initials: str) -> TeamMember:
    """The person with these initials; ``LookupError`` (exit 1) when nobody has them."""
    found = services.team.person(initials)
    if found is None:
        raise LookupError(t("team.error.unknown", initials=printable(initials.strip().upper())))
    return found


def _who(person: TeamMember) -> str:
    return printable(f"{person.initials} ({person.name})")


@team.command(name="list")
@_common_options
@click.pass_context
def list_team(ctx: click.Context, **options: Any) -> None:
    """Show everyone: initials, name, role, buddy and since when they are buddies."""

    def show(services: Services, _by: int | None) -> None:
        people = services.team.people()
        if not people:
            click.echo(t("team.cli.empty"))
            return
        click.echo(
            t(
                "team.cli.header",
                initials=t("team.cli.col.initials"),
                name=t("team.cli.col.name"),
                role=t("team.cli.col.role"),
                buddy=t("team.cli.col.buddy"),
                since=t("team.cli.col.since"),
            ).rstrip()
        )
        for person in people:
            since = person.paired_since
            line = t(
                "team.cli.header",
                initials=printable(person.initials),
                name=printable(person.name),
                role=role_label(person.role),
                buddy=printable(person.buddy_initials or "–"),
                since=since.astimezone(COPENHAGEN).strftime("%d-%m-%Y") if since else "",
            )
            click.echo(line.rstrip())
        if services.team.setting_up():
            click.echo(t("team.cli.setup"))

    _run(ctx, options, show)


@team.command(name="add")
@click.argument("initials")
@click.argument("name", nargs=-1, required=True)
@click.option("--role", "role_text", metavar="ROLE", default=Role.CONSULTANT.value,
              help="konsulent (default), træner or teamleder.")  # fmt: skip
@_common_options
@click.pass_context
def add(
    ctx: click.Context, initials: str, name: tuple[str, ...], role_text: str, **options: Any
) -> None:
    """Add a person: INITIALS and full NAME, e.g. 'canvass team add JH Jonas Holm'."""
    _settings(ctx, options)  # the language first: the messages below are translated
    try:
        role = parse_role(role_text)
    except ValueError as error:
        _bad(ctx, str(error), 2)

    def change(services: Services, by: int | None) -> TeamMember:
        try:
            return services.team.add_person(initials, " ".join(name), role, by=by)
        except ValueError as error:
            taken = services.team.person(initials) if _well_formed(initials) else None
            _bad(ctx, str(error), 1 if taken is not None else 2)

    added = _run(ctx, options, change)
    click.echo(
        t("team.cli.added", initials=added.initials, name=printable(added.name),
          role=role_label(added.role))
    )  # fmt: skip


def _well_formed(initials: str) -> bool:
    from canvass.services.team import team_key

    try:
        team_key(initials)
    except ValueError:
        return False
    return True


@team.command(name="role")
@click.argument("initials")
@click.argument("role_text", metavar="ROLE")
@_common_options
@click.pass_context
def role(ctx: click.Context, initials: str, role_text: str, **options: Any) -> None:
    """Give a person a role: konsulent, træner or teamleder."""
    _settings(ctx, options)
    try:
        chosen = parse_role(role_text)
    except ValueError as error:
        _bad(ctx, str(error), 2)

    def change(services: Services, by: int | None) -> TeamMember:
        person = _checked(ctx, services, initials)
        return services.team.set_role(person.id, chosen, by=by)

    changed = _run(ctx, options, change)
    click.echo(t("team.cli.role_set", initials=changed.initials, name=printable(changed.name),
                 role=role_label(changed.role)))  # fmt: skip


def _checked(ctx: click.Context, services: Services, initials: str) -> TeamMember:
    try:
        return _person(services, initials)
    except ValueError as error:  # malformed initials
        _bad(ctx, str(error), 2)


@team.command(name="pair")
@click.argument("first")
@click.argument("second")
@_common_options
@click.pass_context
def pair(ctx: click.Context, first: str, second: str, **options: Any) -> None:
    """Make two people buddies; each one's earlier pair ends (and stays in the history)."""

    def change(services: Services, by: int | None) -> tuple[TeamMember, TeamMember, str]:
        one, other = _checked(ctx, services, first), _checked(ctx, services, second)
        try:
            span = services.team.pair(one.id, other.id, by=by)
        except ValueError as error:  # the same person twice
            _bad(ctx, str(error), 2)
        return one, other, span.started_at.astimezone(COPENHAGEN).strftime("%d-%m-%Y %H:%M")

    one, other, since = _run(ctx, options, change)
    click.echo(t("team.cli.paired", first=_who(one), second=_who(other), since=since))


@team.command(name="unpair")
@click.argument("initials")
@_common_options
@click.pass_context
def unpair(ctx: click.Context, initials: str, **options: Any) -> None:
    """End a person's buddy pair (it stays in the history)."""

    def change(services: Services, by: int | None) -> tuple[TeamMember, TeamMember]:
        person = _checked(ctx, services, initials)
        try:
            former = services.team.unpair(person.id, by=by)
        except ValueError as error:  # no buddy
            _bad(ctx, str(error), 1)
        return person, former

    person, former = _run(ctx, options, change)
    click.echo(t("team.cli.unpaired", first=_who(person), second=_who(former)))
