"""After the call: callbacks, meetings and job orders, listed and changed."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from canvass.domain.goal import Goal
from canvass.services.base import Service
from canvass.store import followup, goals
from canvass.store.audit import record_job_order_change


class FollowupService(Service):
    """The follow-up screens' reads and changes, one transaction each."""

    def callback_rows(
        self, *, consultant_id: int | None, include_done: bool = False
    ) -> list[followup.CallbackRow]:
        """Callbacks, earliest due first; ``consultant_id=None`` means everyone's."""
        return self._store.read(
            lambda s: followup.callback_rows(
                s, consultant_id=consultant_id, include_done=include_done
            )
        )

    def mark_callback_done(self, callback_id: int, at: datetime) -> None:
        """Settle a callback at ``at``."""
        self._store.write(lambda s: followup.mark_callback_done(s, callback_id, at))

    def reassign_callback(self, callback_id: int, consultant_id: int) -> None:
        """Hand a callback to a colleague."""
        self._store.write(lambda s: followup.reassign_callback(s, callback_id, consultant_id))

    def meeting_rows(
        self, *, consultant_id: int | None, upcoming: bool, now: datetime
    ) -> list[followup.MeetingRow]:
        """Meetings from ``now`` on (soonest first), or before it (latest first)."""
        return self._store.read(
            lambda s: followup.meeting_rows(
                s, consultant_id=consultant_id, upcoming=upcoming, now=now
            )
        )

    def set_meeting_status(
        self,
        meeting_id: int,
        status: str,
        result_note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Mark a meeting booked, held or cancelled, optionally with a result note;
        a new status bumps its calendar SEQUENCE (``at``: when; default now)."""
        self._store.write(
            lambda s: followup.set_meeting_status(s, meeting_id, status, result_note, at)
        )

    def set_meeting_goal(self, meeting_id: int, goal: Goal) -> None:
        """Store the goal of a planned visit (checked again here: ``ValueError``, translated)."""
        checked = Goal.of(goal.goal, goal.tools, goal.effect)
        self._store.write(lambda s: goals.set_meeting_goal(s, meeting_id, checked))

    def meeting_goal(self, meeting_id: int) -> Goal:
        """The goal of a planned visit (empty when none was set)."""
        return self._store.read(lambda s: goals.meeting_goal(s, meeting_id))

    def job_order_rows(self, *, status: str | None) -> list[followup.JobOrderRow]:
        """Job orders, newest first, all (``None``) or those with one status."""
        return self._store.read(lambda s: followup.job_order_rows(s, status=status))

    def update_job_order(
        self, job_order_id: int, *, changed_by: int | None = None, **fields: object
    ) -> None:
        """Change fields of a job order; ``ValueError`` (translated) on bad values.
        ``changed_by`` (a consultant's id) writes a change line to the audit log."""

        def work(session: Session) -> None:
            followup.update_job_order(session, job_order_id, **fields)
            if changed_by is not None:
                record_job_order_change(session, changed_by, job_order_id, sorted(fields))

        self._store.write(work)
