"""The team service on both backends: people and roles, pairs over time, who may change them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.i18n import set_language
from canvass.services import Services
from canvass.store.models import Consultant
from canvass.store.sparring_models import BuddyPair

from .conftest import T0


def ids(services: Services, *initials: str) -> list[int]:
    found = [services.team.person(one) for one in initials]
    assert all(found)
    return [person.id for person in found if person is not None]


@pytest.fixture
def team(services: Services) -> Services:
    """AB and MK (from the fixture) plus SL, made trainer while the team is set up."""
    ab, _ = ids(services, "AB", "MK")
    sl = services.team.add_person("sl", "  Sara   Lund ", Role.CONSULTANT, by=ab)
    services.team.set_role(sl.id, Role.TRAINER, by=sl.id)
    return services


def stored_pairs(services: Services) -> list[BuddyPair]:
    with services.store.session() as session:
        return list(session.exec(select(BuddyPair).order_by(BuddyPair.id)).all())


def stored_buddies(services: Services) -> dict[str, str | None]:
    with services.store.session() as session:
        people = {c.id: c for c in session.exec(select(Consultant)).all()}
    return {
        c.initials: people[c.buddy_id].initials if c.buddy_id else None for c in people.values()
    }


def test_the_first_setup_is_open_to_anyone_until_a_leader_exists(services: Services) -> None:
    ab, mk = ids(services, "AB", "MK")
    assert services.team.setting_up() and services.team.may_manage(None)
    added = services.team.add_person("SL", "Sara Lund", by=None)  # nobody leads yet
    assert (added.initials, added.name, added.role) == ("SL", "Sara Lund", "consultant")
    services.team.set_role(ab, Role.TEAMLEAD, by=ab)  # AB sets the team up
    assert not services.team.setting_up()
    assert services.team.may_manage(ab) and not services.team.may_manage(mk)
    assert not services.team.may_manage(None)
    with pytest.raises(AccessDenied, match="Kun trænere og teamledere"):
        services.team.set_role(mk, Role.TRAINER, by=mk)
    assert services.team.actor(mk) == Actor(mk, Role.CONSULTANT)
    assert services.team.actor(ab) == Actor(ab, Role.TEAMLEAD)


def test_a_consultant_is_refused_by_the_service_itself(team: Services) -> None:
    ab, mk, sl = ids(team, "AB", "MK", "SL")
    refused = [
        lambda: team.team.add_person("JH", "Jonas Holm", by=mk),
        lambda: team.team.set_role(mk, Role.TRAINER, by=mk),
        lambda: team.team.pair(ab, mk, by=mk),
        lambda: team.team.pair(ab, mk, by=None),  # the CLI without --user
        lambda: team.team.add_person("JH", "Jonas Holm", by=999),  # nobody by that id
    ]
    for change in refused:
        with pytest.raises(AccessDenied):
            change()
    team.team.pair(ab, mk, by=sl, at=T0)
    with pytest.raises(AccessDenied):
        team.team.unpair(ab, by=ab)
    assert team.team.person("JH") is None and stored_buddies(team)["AB"] == "MK"
    team.team.set_role(mk, Role.TEAMLEAD, by=sl)  # a team lead may change the team too
    team.team.unpair(ab, by=mk, at=T0 + timedelta(days=1))
    assert stored_buddies(team)["AB"] is None


def test_pairs_change_over_time_and_the_history_is_kept(team: Services) -> None:
    ab, mk, sl = ids(team, "AB", "MK", "SL")
    jh = team.team.add_person("JH", "Jonas Holm", by=sl).id
    t1, t2, t3 = T0 + timedelta(days=10), T0 + timedelta(days=20), T0 + timedelta(days=30)
    first = team.team.pair(ab, mk, by=sl, at=T0)
    assert (first.buddy_initials, first.started_at, first.ended_at) == ("MK", T0, None)
    again = team.team.pair(mk, ab, by=sl, at=t1)  # already buddies: nothing changes
    assert again.id == first.id and again.buddy_initials == "AB" and again.started_at == T0
    team.team.pair(ab, jh, by=sl, at=t1)  # AB's pair with MK ends as the new one starts
    assert stored_buddies(team) == {"AB": "JH", "JH": "AB", "MK": None, "SL": None}
    team.team.pair(mk, jh, by=sl, at=t2)  # JH leaves AB for MK
    assert stored_buddies(team) == {"AB": None, "JH": "MK", "MK": "JH", "SL": None}
    former = team.team.unpair(jh, by=sl, at=t3)
    assert former.initials == "MK" and former.buddy_id is None
    assert all(c is None for c in stored_buddies(team).values())

    history = team.team.pair_history(ab)
    assert [(s.buddy_initials, s.started_at, s.ended_at) for s in history] == [
        ("JH", t1, t2),
        ("MK", T0, t1),
    ]
    assert [(s.buddy_initials, s.ended_at) for s in team.team.pair_history(jh)] == [
        ("MK", t3),
        ("AB", t2),
    ]
    assert len(stored_pairs(team)) == 3 and team.team.pair_history(sl) == []

    second = timedelta(seconds=1)
    expected = {
        T0 - second: None,  # before any pair
        T0: mk,  # a pair counts from its start ...
        t1 - second: mk,
        t1: jh,  # ... until its end, when the next one counts
        t2 - second: jh,
        t2: None,
        t3: None,
    }
    assert {when: team.team.buddy_at(ab, when) for when in expected} == expected
    assert team.team.buddy_at(jh, t2 + second) == mk and team.team.buddy_at(jh, t3) is None
    assert team.team.buddy_at(mk, t1) is None and team.team.buddy_at(mk, t2) == jh


def test_people_show_role_buddy_and_since(team: Services) -> None:
    ab, mk, sl = ids(team, "AB", "MK", "SL")
    team.team.pair(ab, mk, by=sl, at=T0)
    people = {p.initials: p for p in team.team.people()}
    assert list(people) == ["AB", "MK", "SL"]
    assert (people["AB"].buddy_initials, people["AB"].buddy_name) == ("MK", "Mads Kristensen")
    assert people["AB"].paired_since == T0 and people["MK"].buddy_initials == "AB"
    assert (people["SL"].role, people["SL"].buddy_id, people["SL"].paired_since) == (
        "trainer",
        None,
        None,
    )
    buddy = team.team.buddy_of(ab)
    assert buddy is not None and buddy.initials == "MK"
    assert team.team.buddy_of(sl) is None and team.team.buddy_of(999) is None


def test_bad_input_is_refused_with_a_clear_message(team: Services) -> None:
    ab, _, sl = ids(team, "AB", "MK", "SL")
    with pytest.raises(ValueError, match="sin egen makker"):
        team.team.pair(ab, ab, by=sl)
    with pytest.raises(LookupError, match="findes ikke"):
        team.team.pair(ab, 999, by=sl)
    with pytest.raises(ValueError, match="ingen makker"):
        team.team.unpair(ab, by=sl)
    with pytest.raises(ValueError, match="AB findes allerede"):
        team.team.add_person("ab", "Anders Berg", by=sl)
    with pytest.raises(ValueError, match="1–8 bogstaver"):
        team.team.add_person("A1", "Anders Berg", by=sl)
    with pytest.raises(ValueError, match="fulde navn"):
        team.team.add_person("AN", "   ", by=sl)
    with pytest.raises(ValueError, match="1–8 bogstaver"):
        team.team.person("")
    with pytest.raises(LookupError):
        team.team.set_role(999, Role.TRAINER, by=sl)
    set_language("en")
    try:
        with pytest.raises(ValueError, match="own buddy"):
            team.team.pair(sl, sl, by=sl)
    finally:
        set_language("da")
    assert stored_pairs(team) == []


def test_a_buddy_without_history_is_ended_cleanly(team: Services) -> None:
    """A database from before the pair history: buddy_id set, no buddy_pair row."""
    ab, mk, sl = ids(team, "AB", "MK", "SL")
    with team.store.session(write=True) as session:
        for one, other in ((ab, mk), (mk, ab)):
            person = session.get(Consultant, one)
            assert person is not None
            person.buddy_id = other
            session.add(person)
    assert team.team.unpair(ab, by=sl).initials == "MK"
    assert stored_buddies(team)["MK"] is None and stored_pairs(team) == []
    team.team.pair(mk, ab, by=sl, at=T0)
    team.team.pair(ab, sl, by=sl, at=T0 + timedelta(hours=1))
    assert stored_buddies(team) == {"AB": "SL", "MK": None, "SL": "AB"}


def test_demoting_the_last_leader_reopens_the_setup(team: Services) -> None:
    (sl,) = ids(team, "SL")
    team.team.set_role(sl, Role.CONSULTANT, by=sl)
    assert team.team.setting_up()
