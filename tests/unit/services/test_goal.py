"""The goal before a call or a planned visit, and the caller's focus — both backends.

The goal is handed to the ordered writer from the open call (as the notes are) and read
back from the database; a resumed call brings its goal along, and a planned visit keeps
its own. "Dit fokus" is the newest open commitment of a review shared with the caller.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlmodel

from canvass.content.validate import Library
from canvass.domain.goal import Goal
from canvass.domain.sparring import CommitmentStatus, ReviewStatus, Tool, offer_tool
from canvass.services import LiveCall, OpenedCall, Services, Writer
from canvass.store.models import Call, Meeting
from canvass.store.sparring_models import Review, SparringCommitment

from .conftest import T0, Clock

PLAN = Goal.of(
    "Book et besøg om [bold]praktik[/bold]",
    [Tool.BALA.value, Tool.OPENING.value, offer_tool("virksomhedspraktik")],
    "Åbningen skal give ja til to minutter;\nBALA skal finde behovet.",
)


def _ids(services: Services) -> tuple[int, int]:
    ab, mk = services.consultants.consultant("AB"), services.consultants.consultant("MK")
    assert ab is not None and mk is not None
    return ab.id, mk.id


def _open(services: Services, library: Library, clock: Clock, writer: Writer) -> LiveCall:
    ab, _ = _ids(services)
    opened = services.calls.open(library, company_id=1, consultant_id=ab, at=clock())
    assert isinstance(opened, OpenedCall)
    return LiveCall(services.calls, writer, library, clock, opened)


def test_a_goal_set_during_the_call_is_stored_at_once_and_read_back(
    services: Services, library: Library, clock: Clock, writer: tuple[Writer, list[BaseException]]
) -> None:
    live = _open(services, library, clock, writer[0])
    assert live.goal == Goal() and live.goal.empty
    live.set_goal(PLAN)
    live.flush()
    assert writer[1] == []
    got = services.calls.goal_of(live.call_id)
    assert got == PLAN
    # The tools in the order of a call, whatever order they were picked in.
    assert got.tools == ("opening", "bala", "offer:virksomhedspraktik")
    with services.store.session() as session:
        row = session.get(Call, live.call_id)
        assert row is not None
        assert json.loads(row.goal_tools) == ["opening", "bala", "offer:virksomhedspraktik"]
        assert row.goal == "Book et besøg om [bold]praktik[/bold]"  # literal, never markup
    # Cleared again with an empty goal.
    live.set_goal(Goal())
    live.flush()
    assert services.calls.goal_of(live.call_id).empty


def test_a_resumed_call_brings_its_goal_along(
    services: Services, library: Library, clock: Clock, writer: tuple[Writer, list[BaseException]]
) -> None:
    live = _open(services, library, clock, writer[0])
    live.set_goal(PLAN)
    live.flush()  # then the process is killed: nothing but the database is left
    ab, _ = _ids(services)
    clock.advance(120)
    again = services.calls.open(library, company_id=1, consultant_id=ab, at=clock())
    assert isinstance(again, OpenedCall)
    assert again.resumed is not None and again.call_id == live.call_id
    assert again.goal == PLAN
    assert LiveCall(services.calls, writer[0], library, clock, again).goal == PLAN


def test_a_goal_is_checked_by_the_service_too(services: Services) -> None:
    assert Goal.of("  to\nlinjer  ", [], "  ").goal == "to linjer"
    with pytest.raises(ValueError, match="201 tegn; højst 200"):
        Goal.of("x" * 201, [], "")
    with pytest.raises(ValueError, match="Ukendt redskab: hammer"):
        Goal.of("", ["hammer"], "")
    with pytest.raises(ValueError, match="Opkaldet 999 findes ikke"):
        services.calls.goal_of(999)
    with pytest.raises(ValueError, match="Ukendt redskab"):
        services.calls.set_goal(1, Goal("mål", ("hammer",), ""))  # unchecked: refused there


def test_a_planned_visit_has_its_own_goal_shown_in_its_row(services: Services) -> None:
    ab, _ = _ids(services)
    with services.store.session(write=True) as session:
        meeting = Meeting(company_id=1, consultant_id=ab, starts_at=T0 + timedelta(days=2))
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    assert meeting_id is not None
    assert services.followup.meeting_goal(meeting_id).empty
    services.followup.set_meeting_goal(meeting_id, PLAN)
    assert services.followup.meeting_goal(meeting_id) == PLAN
    (row,) = services.followup.meeting_rows(consultant_id=ab, upcoming=True, now=T0)
    assert row.goal == PLAN
    assert row.goal.line().startswith("Mål: Book et besøg om [bold]praktik[/bold] · Redskaber: ")
    with pytest.raises(ValueError, match="Mødet 999 findes ikke"):
        services.followup.set_meeting_goal(999, PLAN)


def _commitment(
    services: Services,
    caller: int,
    reviewer: int,
    text: str,
    *,
    status: str,
    shared: bool,
    age: int,
) -> None:
    """A review of a new call by ``caller``, ending in a commitment ``age`` days old."""
    at = T0 - timedelta(days=age)
    with services.store.session(write=True) as session:
        call = Call(company_id=1, consultant_id=caller, script_id="x", started_at=at, ended_at=at)
        session.add(call)
        session.flush()
        review = Review(
            call_id=call.id,
            reviewer_id=reviewer,
            caller_id=caller,
            status=(ReviewStatus.SHARED if shared else ReviewStatus.DRAFT).value,
        )
        session.add(review)
        session.flush()
        assert review.id is not None
        session.add(
            SparringCommitment(
                review_id=review.id, consultant_id=caller, text=text, status=status, created_at=at
            )
        )


def test_the_focus_is_the_newest_open_commitment_of_a_shared_review(services: Services) -> None:
    ab, mk = _ids(services)
    assert services.calls.focus(ab) is None
    open_ = CommitmentStatus.OPEN.value
    _commitment(services, ab, mk, "Spørg om [red]behovet[/red] før jeg", status=open_,
                shared=True, age=9)  # fmt: skip
    assert services.calls.focus(ab) == "Spørg om [red]behovet[/red] før jeg"  # text, as typed
    _commitment(services, ab, mk, "Nævn to tider", status=open_, shared=True, age=3)
    _commitment(services, ab, mk, "Holdt", status=CommitmentStatus.KEPT.value, shared=True, age=1)
    _commitment(services, ab, mk, "Droppet", status=CommitmentStatus.DROPPED.value,
                shared=True, age=1)  # fmt: skip
    _commitment(services, ab, mk, "Kladde", status=open_, shared=False, age=0)  # not shared yet
    _commitment(services, mk, ab, "MK's egen", status=open_, shared=True, age=0)
    assert services.calls.focus(ab) == "Nævn to tider"
    assert services.calls.focus(mk) == "MK's egen"
    with services.store.session(write=True) as session:
        for row in session.exec(
            sqlmodel.select(SparringCommitment).where(SparringCommitment.text == "Nævn to tider")
        ):
            row.status = CommitmentStatus.KEPT.value
    assert services.calls.focus(ab) == "Spørg om [red]behovet[/red] før jeg"


def test_a_new_call_opens_with_the_callers_focus(
    services: Services, library: Library, clock: Clock, writer: tuple[Writer, list[BaseException]]
) -> None:
    ab, mk = _ids(services)
    _commitment(services, ab, mk, "Lyt mere end jeg taler", status="open", shared=True, age=2)
    live = _open(services, library, clock, writer[0])
    assert live.focus == "Lyt mere end jeg taler"
