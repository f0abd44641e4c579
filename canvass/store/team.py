"""The team: people with their roles, and buddy pairs over time.

``buddy_pair`` keeps who was paired with whom, from when to when (``ended_at`` null:
still paired); ``consultant.buddy_id`` mirrors the open pair and both change in the same
transaction (:func:`start_pair`, :func:`end_pair`). Query functions taking a session;
the rules (who may change the team) are the service's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlmodel
from sqlalchemy import or_
from sqlmodel import Session
from sqlmodel.sql.expression import SelectOfScalar

from canvass.domain.team import LEADERS
from canvass.store.models import Consultant
from canvass.store.sparring_models import BuddyPair


@dataclass(frozen=True)
class TeamMember:
    """A person on the team with their role and current buddy (and since when)."""

    id: int
    initials: str
    name: str
    role: str  # a Role value
    buddy_id: int | None = None
    buddy_initials: str | None = None
    buddy_name: str | None = None
    paired_since: datetime | None = None  # when the open pair started
    team: str | None = None  # the team's name (None: in no team)


@dataclass(frozen=True)
class PairSpan:
    """One buddy pair seen from one of the two: who the buddy was, from when to when."""

    id: int
    consultant_id: int
    buddy_id: int
    buddy_initials: str
    buddy_name: str
    started_at: datetime
    ended_at: datetime | None  # None: still paired


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _involving(consultant_id: int) -> SelectOfScalar[BuddyPair]:
    return sqlmodel.select(BuddyPair).where(
        or_(
            sqlmodel.col(BuddyPair.first_id) == consultant_id,
            sqlmodel.col(BuddyPair.second_id) == consultant_id,
        )
    )


def other(pair: BuddyPair, consultant_id: int) -> int:
    """The other one of the pair."""
    return pair.second_id if pair.first_id == consultant_id else pair.first_id


def open_pair(session: Session, consultant_id: int) -> BuddyPair | None:
    """The consultant's open pair (the latest, should an old database hold two)."""
    query = _involving(consultant_id).where(sqlmodel.col(BuddyPair.ended_at).is_(None))
    return session.exec(query.order_by(sqlmodel.col(BuddyPair.started_at).desc())).first()


def members(session: Session) -> list[TeamMember]:
    """Everyone on the team, ordered by initials, with their current buddy."""
    people = list(session.exec(sqlmodel.select(Consultant).order_by(Consultant.initials)))
    by_id = {person.id: person for person in people}
    open_pairs = session.exec(
        sqlmodel.select(BuddyPair).where(sqlmodel.col(BuddyPair.ended_at).is_(None))
    )
    since: dict[int, datetime] = {}
    for pair in open_pairs:
        started = _aware(pair.started_at)
        for one in (pair.first_id, pair.second_id):
            since[one] = max(since.get(one, started), started)
    return [
        _member(person, by_id.get(person.buddy_id), since.get(person.id or 0)) for person in people
    ]


def member(session: Session, consultant_id: int) -> TeamMember | None:
    """One person on the team, or None."""
    person = session.get(Consultant, consultant_id)
    if person is None:
        return None
    buddy = session.get(Consultant, person.buddy_id) if person.buddy_id is not None else None
    pair = open_pair(session, consultant_id)
    return _member(person, buddy, _aware(pair.started_at) if pair is not None else None)


def member_by_initials(session: Session, key: str) -> TeamMember | None:
    """The person with these (stored, upper-case) initials, or None."""
    found = session.exec(sqlmodel.select(Consultant.id).where(Consultant.initials == key)).first()
    return member(session, found) if found is not None else None


def _member(person: Consultant, buddy: Consultant | None, since: datetime | None) -> TeamMember:
    assert person.id is not None  # loaded, so it has an id
    return TeamMember(
        id=person.id,
        initials=person.initials,
        name=person.name,
        role=person.role,
        buddy_id=buddy.id if buddy is not None else None,
        buddy_initials=buddy.initials if buddy is not None else None,
        buddy_name=buddy.name if buddy is not None else None,
        paired_since=since if buddy is not None else None,
        team=person.team,
    )


def leaders_exist(session: Session) -> bool:
    """True when anyone on the team is a trainer or team lead."""
    roles = [leader.value for leader in LEADERS]
    query = sqlmodel.select(Consultant.id).where(sqlmodel.col(Consultant.role).in_(roles))
    return session.exec(query.limit(1)).first() is not None


def add_member(session: Session, key: str, name: str, role: str) -> TeamMember:
    """Add a person with checked initials (``key``), name and role."""
    person = Consultant(initials=key, name=name, role=role)
    session.add(person)
    session.flush()
    return _member(person, None, None)


def set_role(session: Session, person: Consultant, role: str) -> None:
    """Give ``person`` a (checked) role."""
    person.role = role
    session.add(person)
    session.flush()


def set_team(session: Session, person: Consultant, team: str | None) -> None:
    """Put ``person`` in the (checked) team, or in none."""
    person.team = team
    session.add(person)
    session.flush()


def team_names(session: Session) -> list[str]:
    """The names of the teams anyone is in, sorted (case-insensitively)."""
    query = sqlmodel.select(Consultant.team).where(sqlmodel.col(Consultant.team).is_not(None))
    names = {name for name in session.exec(query.distinct()) if name}
    return sorted(names, key=lambda name: (name.casefold(), name))


def team_member_ids(session: Session) -> dict[str | None, list[int]]:
    """Everyone's id by their team's name (None: in no team)."""
    query = sqlmodel.select(Consultant.id, Consultant.team)
    found: dict[str | None, list[int]] = {}
    for person_id, team in session.exec(query):
        if person_id is not None:
            found.setdefault(team or None, []).append(person_id)
    return found


def lock(session: Session, *consultant_ids: int) -> dict[int, Consultant]:
    """The consultants by id, locked for this transaction (on PostgreSQL; in id order)."""
    query = (
        sqlmodel.select(Consultant)
        .where(sqlmodel.col(Consultant.id).in_(consultant_ids))
        .order_by(sqlmodel.col(Consultant.id))
        .with_for_update()
    )
    return {person.id: person for person in session.exec(query) if person.id is not None}


def end_pair(session: Session, person: Consultant, at: datetime) -> BuddyPair | None:
    """End ``person``'s open pair at ``at``: both lose their buddy. The ended pair, or None.

    A buddy set without a pair row (a database from before the history) is cleared too.
    """
    assert person.id is not None
    ended = None
    for pair in session.exec(
        _involving(person.id).where(sqlmodel.col(BuddyPair.ended_at).is_(None))
    ):
        pair.ended_at = max(at, _aware(pair.started_at))
        session.add(pair)
        _clear_buddy(session, session.get(Consultant, other(pair, person.id)), person.id)
        ended = pair
    if person.buddy_id is not None:
        _clear_buddy(session, session.get(Consultant, person.buddy_id), person.id)
    person.buddy_id = None
    session.add(person)
    session.flush()
    return ended


def _clear_buddy(session: Session, partner: Consultant | None, former: int) -> None:
    if partner is not None and partner.buddy_id == former:
        partner.buddy_id = None
        session.add(partner)


def start_pair(session: Session, first: Consultant, second: Consultant, at: datetime) -> BuddyPair:
    """Pair two consultants who have no open pair (see :func:`end_pair`) from ``at``."""
    assert first.id is not None and second.id is not None
    pair = BuddyPair(first_id=first.id, second_id=second.id, started_at=at)
    first.buddy_id, second.buddy_id = second.id, first.id
    session.add_all([pair, first, second])
    session.flush()
    return pair


def history(session: Session, consultant_id: int) -> list[PairSpan]:
    """Every pair the consultant has been in, the newest first."""
    pairs: list[BuddyPair] = list(session.exec(_involving(consultant_id)).all())
    names = {
        person.id: person
        for person in session.exec(
            sqlmodel.select(Consultant).where(
                sqlmodel.col(Consultant.id).in_({other(p, consultant_id) for p in pairs})
            )
        )
    }
    spans = []
    for pair in pairs:
        assert pair.id is not None
        buddy = names[other(pair, consultant_id)]
        assert buddy.id is not None
        spans.append(
            PairSpan(
                id=pair.id,
                consultant_id=consultant_id,
                buddy_id=buddy.id,
                buddy_initials=buddy.initials,
                buddy_name=buddy.name,
                started_at=_aware(pair.started_at),
                ended_at=_aware(pair.ended_at) if pair.ended_at is not None else None,
            )
        )
    return sorted(spans, key=lambda span: (span.started_at, span.id), reverse=True)


def buddy_at(session: Session, consultant_id: int, when: datetime) -> int | None:
    """The consultant's buddy at ``when`` (the pair open then), from the history; or None.

    A pair counts from ``started_at`` (inclusive) until ``ended_at`` (exclusive), so at
    the moment of a change the new pair is the one that counts.
    """
    moment = _aware(when)
    for span in history(session, consultant_id):  # newest first
        if span.started_at <= moment and (span.ended_at is None or moment < span.ended_at):
            return span.buddy_id
    return None
