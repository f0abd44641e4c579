"""The team: people, their roles and buddy pairs over time (``canvass team``, the team screen).

Who may change the team: trainers and team leads. Until the database has either, anyone
may — that is how a team is set up at all (the first person makes themselves trainer or
team lead, and from then on the rule holds). The role is read from the database in the
same transaction as the change, never taken from the caller. Refusals raise
:class:`~canvass.domain.sparring_access.AccessDenied`, bad input ``ValueError``, an
unknown person ``LookupError`` — each with a message from the catalogue.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from canvass.domain.consultant import MeError, check_me
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.domain.team import check_team_name, is_leader
from canvass.i18n import t
from canvass.services.base import Service
from canvass.store import team as repo
from canvass.store.consultants import initials_key
from canvass.store.models import Consultant
from canvass.store.team import PairSpan, TeamMember

__all__ = ["PairSpan", "TeamMember", "TeamService", "team_key"]


def team_key(initials: str) -> str:
    """Initials as stored (upper case); ``ValueError`` with a catalogue message if bad."""
    try:
        return initials_key(initials)
    except ValueError:
        raise ValueError(t("team.error.initials", value=initials.strip())) from None


class TeamService(Service):
    """List the team, add people, set roles, pair and unpair; the pair history."""

    # Reading ----------------------------------------------------------------------------

    def people(self) -> list[TeamMember]:
        """Everyone, ordered by initials, with role and current buddy."""
        return self._store.read(repo.members)

    def person(self, initials: str) -> TeamMember | None:
        """The person with these initials (any case), or None; ``ValueError`` if malformed."""
        key = team_key(initials)
        return self._store.read(lambda s: repo.member_by_initials(s, key))

    def member(self, consultant_id: int) -> TeamMember | None:
        """The person with this id, or None."""
        return self._store.read(lambda s: repo.member(s, consultant_id))

    def buddy_of(self, consultant_id: int) -> TeamMember | None:
        """The consultant's current buddy, or None."""

        def read(session: Session) -> TeamMember | None:
            found = repo.member(session, consultant_id)
            if found is None or found.buddy_id is None:
                return None
            return repo.member(session, found.buddy_id)

        return self._store.read(read)

    def buddy_at(self, consultant_id: int, when: datetime) -> int | None:
        """The id of the consultant's buddy at ``when`` (e.g. when a call started), or None.

        From the pair history: the pair open at that moment, which is what the privacy
        rule of reviews needs (the buddy *at the time of the call*).
        """
        return self._store.read(lambda s: repo.buddy_at(s, consultant_id, when))

    def pair_history(self, consultant_id: int) -> list[PairSpan]:
        """Every buddy pair the consultant has been in, the newest first."""
        return self._store.read(lambda s: repo.history(s, consultant_id))

    def actor(self, consultant_id: int) -> Actor:
        """Who is acting, with their role as stored now (for the sparring rules)."""
        found = self.member(consultant_id)
        if found is None:
            raise LookupError(t("team.error.unknown_id"))
        return Actor(found.id, Role(found.role))

    def may_manage(self, actor_id: int | None) -> bool:
        """True when this person (None: nobody in particular) may change the team now."""
        return self._store.read(lambda s: _may_manage(s, actor_id))

    def teams(self) -> list[str]:
        """The names of the teams anyone is in, sorted."""
        return self._store.read(repo.team_names)

    def setting_up(self) -> bool:
        """True while the team has no trainer or team lead (anyone may set it up)."""
        return not self._store.read(repo.leaders_exist)

    # Changing ---------------------------------------------------------------------------

    def add_person(
        self, initials: str, name: str, role: Role = Role.CONSULTANT, *, by: int | None
    ) -> TeamMember:
        """Add a person to the team. ``ValueError`` for bad initials or name, or initials
        that exist already; :class:`AccessDenied` unless ``by`` may change the team."""
        key = team_key(initials)
        try:
            clean = check_me(name).name
        except MeError as error:
            raise ValueError(error.message) from None
        role = Role(role)

        def add(session: Session) -> TeamMember:
            _require(session, by)
            existing = repo.member_by_initials(session, key)
            if existing is not None:
                raise ValueError(t("team.error.exists", initials=key, name=existing.name))
            return repo.add_member(session, key, clean, role.value)

        return self._store.write(add)

    def set_role(self, consultant_id: int, role: Role, *, by: int | None) -> TeamMember:
        """Give a person a role (a pair is kept whatever the roles)."""
        role = Role(role)

        def change(session: Session) -> TeamMember:
            _require(session, by)
            person = _get(session, consultant_id)
            repo.set_role(session, person, role.value)
            return _fresh(session, consultant_id)

        return self._store.write(change)

    def set_team(self, consultant_id: int, team: str | None, *, by: int | None) -> TeamMember:
        """Put a person in the team named ``team`` (blank or None: in no team). A new
        name makes a new team. ``ValueError`` for a bad name; :class:`AccessDenied` unless
        ``by`` may change the team; ``LookupError`` for an unknown person."""
        name = check_team_name(team)

        def change(session: Session) -> TeamMember:
            _require(session, by)
            person = _get(session, consultant_id)
            known = {existing.casefold(): existing for existing in repo.team_names(session)}
            # "team nord" joins the existing "Team Nord" rather than starting a twin.
            repo.set_team(session, person, known.get(name.casefold(), name) if name else None)
            return _fresh(session, consultant_id)

        return self._store.write(change)

    def pair(
        self, first_id: int, second_id: int, *, by: int | None, at: datetime | None = None
    ) -> PairSpan:
        """Make two people buddies from ``at`` (now): each one's open pair ends first.

        Already buddies: nothing changes. The pair as the first sees it.
        """
        moment = at or datetime.now(UTC)

        def change(session: Session) -> PairSpan:
            _require(session, by)
            people = repo.lock(session, first_id, second_id)
            first, second = _locked(people, first_id), _locked(people, second_id)
            if first_id == second_id:
                raise ValueError(t("team.error.self", initials=first.initials))
            current = repo.open_pair(session, first_id)
            if current is None or {current.first_id, current.second_id} != {first_id, second_id}:
                repo.end_pair(session, first, moment)
                repo.end_pair(session, second, moment)
                current = repo.start_pair(session, first, second, moment)
            return next(span for span in repo.history(session, first_id) if span.id == current.id)

        return self._store.write(change)

    def unpair(
        self, consultant_id: int, *, by: int | None, at: datetime | None = None
    ) -> TeamMember:
        """End the person's buddy pair at ``at`` (now); the former buddy, as they are now.

        ``ValueError`` when they have no buddy.
        """
        moment = at or datetime.now(UTC)

        def change(session: Session) -> TeamMember:
            _require(session, by)
            person = _locked(repo.lock(session, consultant_id), consultant_id)
            pair = repo.open_pair(session, consultant_id)
            former = repo.other(pair, consultant_id) if pair is not None else person.buddy_id
            if former is None:
                raise ValueError(t("team.error.not_paired", initials=person.initials))
            repo.end_pair(session, person, moment)
            return _fresh(session, former)

        return self._store.write(change)


def _may_manage(session: Session, actor_id: int | None) -> bool:
    if not repo.leaders_exist(session):
        return True  # the first setup: nobody could change the team otherwise
    actor = session.get(Consultant, actor_id) if actor_id is not None else None
    return actor is not None and is_leader(actor.role)


def _require(session: Session, actor_id: int | None) -> None:
    if not _may_manage(session, actor_id):
        raise AccessDenied(t("team.error.denied"))


def _get(session: Session, consultant_id: int) -> Consultant:
    person = session.get(Consultant, consultant_id)
    if person is None:
        raise LookupError(t("team.error.unknown_id"))
    return person


def _locked(people: dict[int, Consultant], consultant_id: int) -> Consultant:
    if consultant_id not in people:
        raise LookupError(t("team.error.unknown_id"))
    return people[consultant_id]


def _fresh(session: Session, consultant_id: int) -> TeamMember:
    found = repo.member(session, consultant_id)
    assert found is not None  # just changed in this transaction
    return found
