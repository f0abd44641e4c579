"""The demo's team: roles and buddy pairs over time, so the demo shows sparring.

Sara Lund (SL) is the trainer and Jonas Holm (JH) the team lead; Anne Bech (AB) and
Mads Kristensen (MK) are consultants and buddies since a re-pairing before the demo's
call history begins (so every demo call of theirs was made with the other as buddy).
Before that AB sparred with SL and MK with JH: two ended pairs in the history.
Two teams: AB and the team lead JH are "Team Nord", MK is "Team Syd"; the trainer SL
works across both and is in no team (the statistics' "Uden hold").
Deterministic: fixed days, no random numbers (the demo's random stream stays the same).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from canvass.domain.sparring import Role
from canvass.store.demo_followup import local_time, workday
from canvass.store.models import Consultant
from canvass.store.sparring_models import BuddyPair

#: Days before "today" when the first pairs started and when AB and MK were paired.
FIRST_PAIRS_DAYS = 85
REPAIRED_DAYS = 75

ROLES = {"SL": Role.TRAINER, "JH": Role.TEAMLEAD}
TEAMS = {"AB": "Team Nord", "JH": "Team Nord", "MK": "Team Syd"}


def add_team(session: Session, consultants: list[Consultant], today: date) -> int:
    """Give the demo's consultants their roles and buddy pairs; the number of pairs."""
    by_initials = {person.initials: person for person in consultants}
    for initials, role in ROLES.items():
        by_initials[initials].role = role.value
    for initials, team in TEAMS.items():
        by_initials[initials].team = team
    first = local_time(workday(today - timedelta(days=FIRST_PAIRS_DAYS), -1), 9)
    repaired = local_time(workday(today - timedelta(days=REPAIRED_DAYS), -1), 9)
    spans = (
        ("AB", "SL", first, repaired),
        ("MK", "JH", first, repaired),
        ("AB", "MK", repaired, None),
    )
    pairs = []
    for one, other, started, ended in spans:
        a, b = by_initials[one], by_initials[other]
        assert a.id is not None and b.id is not None
        pairs.append(BuddyPair(first_id=a.id, second_id=b.id, started_at=started, ended_at=ended))
    ab, mk = by_initials["AB"], by_initials["MK"]
    ab.buddy_id, mk.buddy_id = mk.id, ab.id  # mirrors the open pair
    session.add_all([*pairs, *consultants])
    session.flush()
    return len(pairs)
