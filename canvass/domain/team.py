"""The team: who may change it, and a role read from what a person types.

Plain Python: the team service, the CLI and the team screen use these, so a role is
named and accepted the same way everywhere.
"""

from __future__ import annotations

from canvass.domain.sparring import Role
from canvass.i18n import CATALOGUE, t

#: Roles that may change the team (add people, set roles, pair and unpair).
LEADERS = frozenset({Role.TRAINER, Role.TEAMLEAD})


def role_label(role: str) -> str:
    """The role in the UI language: "konsulent", "træner", "teamleder"."""
    return t(f"team.role.{role}") if f"team.role.{role}" in CATALOGUE else role


def parse_role(text: str) -> Role:
    """A role from its stored value or its word in either language (any case).

    ``ValueError`` with a catalogue message listing the roles for anything else.
    """
    typed = " ".join(text.split()).casefold()
    for role in Role:
        words = {role.value, *CATALOGUE[f"team.role.{role.value}"].values()}
        if typed in {word.casefold() for word in words}:
            return role
    raise ValueError(t("team.error.role", value=text.strip(), roles=role_choices()))


#: The longest team name (the column is VARCHAR(60)).
TEAM_NAME_MAX = 60


def check_team_name(text: str | None) -> str | None:
    """A team's name as stored: inner spaces folded, None for blank (no team).

    ``ValueError`` with a catalogue message for a name that is too long or holds a
    control character.
    """
    clean = " ".join((text or "").split())
    if not clean:
        return None
    if len(clean) > TEAM_NAME_MAX:
        raise ValueError(t("teams.error.long", max=TEAM_NAME_MAX))
    if any(not ch.isprintable() for ch in clean):
        raise ValueError(t("teams.error.bad"))
    return clean


def role_choices() -> str:
    """The roles to choose from, in the UI language: "konsulent, træner, teamleder"."""
    return ", ".join(role_label(role.value) for role in Role)


def is_leader(role: str) -> bool:
    """True for a trainer or team lead."""
    return role in {leader.value for leader in LEADERS}
