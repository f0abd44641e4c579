"""The goal of a call or a planned visit, and the caller's focus from their last review.

Functions take an open :class:`Session`; :class:`~canvass.services.calls.CallService` and
:class:`~canvass.services.followup.FollowupService` call them. A goal is checked by
:meth:`canvass.domain.goal.Goal.of` before it gets here; an unknown call or meeting raises
``ValueError`` with a translated message. Plain Python: no Textual.
"""

from __future__ import annotations

import sqlmodel
from sqlmodel import Session, col

from canvass.domain.goal import Goal
from canvass.domain.sparring import CommitmentStatus, ReviewStatus
from canvass.i18n import t
from canvass.store.models import Call, Meeting
from canvass.store.sparring_models import Review, SparringCommitment


def _call(session: Session, call_id: int) -> Call:
    call = session.get(Call, call_id)
    if call is None:
        raise ValueError(t("goal.no_call", id=call_id))
    return call


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ValueError(t("goal.no_meeting", id=meeting_id))
    return meeting


def set_call_goal(session: Session, call_id: int, goal: Goal) -> None:
    """Store ``goal`` on the call (an empty goal clears it)."""
    call = _call(session, call_id)
    call.goal, call.goal_tools, call.goal_effect = goal.goal or None, goal.tools_json(), goal.effect
    session.add(call)


def call_goal(session: Session, call_id: int) -> Goal:
    """The call's goal (empty when none was set)."""
    call = _call(session, call_id)
    return Goal.stored(call.goal, call.goal_tools, call.goal_effect)


def set_meeting_goal(session: Session, meeting_id: int, goal: Goal) -> None:
    """Store ``goal`` on the planned visit (an empty goal clears it)."""
    meeting = _meeting(session, meeting_id)
    meeting.goal, meeting.goal_tools = goal.goal or None, goal.tools_json()
    meeting.goal_effect = goal.effect
    session.add(meeting)


def meeting_goal(session: Session, meeting_id: int) -> Goal:
    """The planned visit's goal (empty when none was set)."""
    meeting = _meeting(session, meeting_id)
    return Goal.stored(meeting.goal, meeting.goal_tools, meeting.goal_effect)


def open_focus(session: Session, consultant_id: int) -> str | None:
    """The consultant's newest open commitment from a review shared with them, or None.

    A draft review's commitment is the reviewer's until shared: never shown to the caller.
    """
    query = (
        sqlmodel.select(SparringCommitment.text)
        .join(Review, col(Review.id) == SparringCommitment.review_id)
        .where(
            SparringCommitment.consultant_id == consultant_id,
            SparringCommitment.status == CommitmentStatus.OPEN.value,
            Review.status == ReviewStatus.SHARED.value,
            SparringCommitment.text != "",
        )
        .order_by(col(SparringCommitment.created_at).desc(), col(SparringCommitment.id).desc())
        .limit(1)
    )
    return session.exec(query).first()
