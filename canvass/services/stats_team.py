"""The statistics per team (issue 12, section 3): the overview's rows "by team", and the
check that a team asked for exists.

A team is the name on its consultants' rows (:attr:`canvass.store.models.Consultant.team`);
a call counts for the team its consultant is in *now* (a person who changes team takes
their history along — the department has no team history). Rows go by the team's name,
then "Uden hold" (consultants in no team), then the total — never by performance. A
department without any team shows the total alone ("Uden hold" would repeat it).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlmodel import Session

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.stats import By, Period
from canvass.i18n import t
from canvass.store import stats as q
from canvass.store import stats_events as qe
from canvass.store import team as team_repo

if TYPE_CHECKING:
    from canvass.store import Store

#: The key of the row of consultants in no team (a team's key is its name, the total's "").
NO_TEAM_KEY = "-"


def known_teams(session: Session) -> list[str]:
    """The teams anyone is in, by name."""
    return team_repo.team_names(session)


def unknown_team_message(name: str, known: list[str]) -> str:
    """ "No team is called …", listing the teams there are."""
    return t(
        "teams.error.unknown",
        name=name,
        known=", ".join(known) if known else t("teams.error.none_known"),
    )


def checked(session: Session, scope: q.Scope) -> q.Scope:
    """``scope``; ``LookupError`` (listing the known teams) when it names a team nobody is in."""
    if scope.team is not None:
        known = known_teams(session)
        if scope.team not in known:
            raise LookupError(unknown_team_message(scope.team, known))
    return scope


def team_named(known: list[str], typed: str) -> str | None:
    """The known team ``typed`` names (any case, spaces folded), or None."""
    wanted = " ".join(typed.split()).casefold()
    return next((name for name in known if name.casefold() == wanted), None)


def by_team(session: Session, scope: q.Scope) -> list[tuple[str, str, list[q.CallCounts]]]:
    """The overview's counts per team: (key, label, counts) per team in name order, then
    the consultants in no team, then the total (key "")."""
    members = team_repo.team_member_ids(session)
    team_of = {person: team for team, people in members.items() for person in people}
    groups: dict[str | None, list[q.CallCounts]] = defaultdict(list)
    every: list[q.CallCounts] = []
    for counts in q.overview(session, scope, By.CONSULTANT):
        groups[team_of.get(counts.key[0])].append(counts)
        every.append(counts)
    rows: list[tuple[str, str, list[q.CallCounts]]] = []
    if not every:
        return rows  # no calls: no rows at all, as for every grouping
    if any(team is not None for team in groups):
        named = sorted((team for team in groups if team is not None), key=str.casefold)
        rows += [(team, team, groups[team]) for team in named]
        if None in groups:
            rows.append((NO_TEAM_KEY, t("teams.no_team"), groups[None]))
    rows.append(("", t("stats.total"), every))
    return rows


def scope(
    store: Store, actor: Actor, period: Period, consultant_id: int | None, team: str | None
) -> q.Scope:
    """Which calls ``actor`` may count: a consultant only their own (and, with ``team``,
    only when it is their own team); trainers and team leads any consultant, any team or
    all. :class:`AccessDenied` otherwise."""
    if actor.role is Role.CONSULTANT:
        if consultant_id not in (None, actor.id):
            raise AccessDenied(t("stats.denied_other"))
        consultant_id = actor.id
        if team is not None:
            me = store.read(lambda s: team_repo.member(s, actor.id))
            if me is None or me.team != team:
                raise AccessDenied(t("teams.error.other_team"))
    return q.Scope(period.start, period.end, consultant_id, team)


def scope_label(scope: q.Scope, names: dict[int, tuple[str, str]]) -> str:
    """Who the figures cover, for people: "Hele afdelingen", "Kun Team Nord", "Kun AB"."""
    if scope.consultant_id is None:
        return t("teams.scope", team=scope.team) if scope.team else t("stats.scope_all")
    initials = names.get(scope.consultant_id, ("?", ""))[0]
    if scope.team:
        return t("teams.scope_one", initials=initials, team=scope.team)
    return t("stats.scope_one", initials=initials)


def tools_by_team(
    session: Session, scope: q.Scope, counts: list[qe.ToolCounts]
) -> list[tuple[str, str, list[qe.ToolCounts]]]:
    """The debrief's tools used per team (module 5 C, "per team and per consultant"):
    (key, label, counts) per team by name, then "Uden hold" — only for the whole
    department (one team's or one consultant's rows would repeat the total), and only when
    anyone is in a team."""
    if scope.team is not None or scope.consultant_id is not None:
        return []
    members = team_repo.team_member_ids(session)
    if not any(team is not None for team in members):
        return []
    team_of = {person: team for team, people in members.items() for person in people}
    groups: dict[str | None, list[qe.ToolCounts]] = defaultdict(list)
    for row in counts:
        groups[team_of.get(row.consultant_id)].append(row)
    named = sorted((team for team in groups if team is not None), key=str.casefold)
    rows = [(team, team, groups[team]) for team in named]
    if None in groups:
        rows.append((NO_TEAM_KEY, t("teams.no_team"), groups[None]))
    return rows
