"""The demo's team: a trainer, a team lead, AB and MK paired, and ended pairs before that."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from canvass.services import Services
from canvass.store import Store
from canvass.store.demo import fill_demo
from canvass.store.models import Call
from canvass.store.sparring_models import BuddyPair

TODAY = date(2026, 11, 23)


def test_the_demo_shows_roles_and_pairs_over_time(store: Store) -> None:
    assert fill_demo(store, today=TODAY) is not None
    team = Services.of(store).team
    people = {person.initials: person for person in team.people()}
    assert {i: p.role for i, p in people.items()} == {
        "AB": "consultant",
        "JH": "teamlead",
        "MK": "consultant",
        "SL": "trainer",
    }
    ab, mk = people["AB"], people["MK"]
    assert (ab.buddy_initials, mk.buddy_initials) == ("MK", "AB")
    assert people["SL"].buddy_id is None and people["JH"].buddy_id is None
    assert [(s.buddy_initials, s.ended_at is None) for s in team.pair_history(ab.id)] == [
        ("MK", True),
        ("SL", False),
    ]
    assert [s.buddy_initials for s in team.pair_history(mk.id)] == ["AB", "JH"]
    with store.session() as session:
        assert len(session.exec(select(BuddyPair)).all()) == 3
        calls = session.exec(select(Call).where(Call.consultant_id == ab.id)).all()
    # Every demo call of AB's was made with MK as buddy (the review rule needs it) ...
    assert calls and all(team.buddy_at(ab.id, call.started_at) == mk.id for call in calls)
    # ... and before the re-pairing AB's buddy was SL.
    assert ab.paired_since is not None
    assert team.buddy_at(ab.id, ab.paired_since - timedelta(days=1)) == people["SL"].id
    assert not team.setting_up()
    # Two teams; the trainer works across both and is in none.
    assert {i: p.team for i, p in people.items()} == {
        "AB": "Team Nord",
        "JH": "Team Nord",
        "MK": "Team Syd",
        "SL": None,
    }
    assert team.teams() == ["Team Nord", "Team Syd"]


def test_the_demo_team_is_deterministic(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fill_demo(store, today=TODAY)
    with Store.open(tmp_path / "other.db") as other:
        fill_demo(other, today=TODAY)

        def spans(s: Store) -> list[tuple[str, ...]]:
            team = Services.of(s).team
            result = []
            for p in team.people():
                history = [
                    f"{x.buddy_initials} {x.started_at} {x.ended_at}"
                    for x in team.pair_history(p.id)
                ]
                result.append((p.initials, p.role, str(p.paired_since), *history))
            return result

        assert spans(store) == spans(other)
