"""Reviews of a buddy's calls and visits: the queue, the timeline, opening and saving a
review (every version kept, with its one commitment), its history, and the numbers a team
lead may see.

Privacy is held here (:mod:`canvass.domain.sparring_access`), not by the screens: only the
caller's buddy at the time of the call, or a trainer, opens and saves a review; a review is
read by the caller (once shared), its author and trainers; team leads get counts only.
Refusals raise :class:`AccessDenied` with a catalogue text; bad content raises
``ValueError`` with one. Each public method is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from canvass.domain.review import ContentProblem, ReviewContent, check_content
from canvass.domain.sparring import ReviewStatus, Role
from canvass.domain.sparring_access import AccessDenied, Actor, may_review, may_see_review
from canvass.i18n import t
from canvass.services.base import Service
from canvass.store import review_records as records
from canvass.store import review_timeline as timelines
from canvass.store import reviews as queue_store
from canvass.store.models import MeetingStatus
from canvass.store.review_records import ReviewRecord, VersionRow
from canvass.store.review_timeline import Timeline
from canvass.store.reviews import PairCount, QueueFilter, QueueRow

if TYPE_CHECKING:
    from canvass.content.rubric_model import Rubric
    from canvass.store.sparring_models import Review
    from canvass.store.store import Store


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _denied(key: str) -> AccessDenied:
    return AccessDenied(t(key))


class ReviewService(Service):
    """The review side of buddy-pair sparring."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(store)
        self._clock = clock

    # The queue ----------------------------------------------------------------------------

    def queue(
        self,
        actor: Actor,
        *,
        outcome: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        script_id: str | None = None,
        limit: int = 300,
    ) -> list[QueueRow]:
        """Calls and held visits the actor may review (their buddy's at the time, or
        everyone's for a trainer): unreviewed first, then newest. A team lead is refused."""
        if actor.role is Role.TEAMLEAD:
            raise _denied("review.denied.teamlead")
        wanted = QueueFilter(
            reviewer_id=actor.id,
            everyone=actor.role is Role.TRAINER,
            outcome=outcome,
            since=since,
            until=until,
            script_id=script_id,
            limit=limit,
        )
        return self._store.read(lambda s: queue_store.queue(s, wanted))

    # The timeline -------------------------------------------------------------------------

    def timeline(
        self, actor: Actor, call_id: int | None = None, *, meeting_id: int | None = None
    ) -> Timeline:
        """The call (or visit) as the review shows it; for its caller, a reviewer allowed to
        review it, or a trainer."""

        def read(s: Session) -> Timeline:
            self._check_subject(s, actor, call_id, meeting_id, reading=True)
            found = (
                timelines.call_timeline(s, call_id)
                if call_id is not None
                else timelines.visit_timeline(s, meeting_id or 0)
            )
            if found is None:  # pragma: no cover - checked by _check_subject
                raise ValueError(t("review.missing"))
            return found

        return self._store.read(read)

    # Opening, saving, reading -------------------------------------------------------------

    def open_review(
        self,
        actor: Actor,
        rubric: Rubric,
        *,
        call_id: int | None = None,
        meeting_id: int | None = None,
        at: datetime | None = None,
    ) -> ReviewRecord:
        """The actor's review of the call (or visit) — the one begun before, or a new draft
        (version 0: not saved yet) with this rubric."""
        if (call_id is None) == (meeting_id is None):
            raise ValueError(t("review.missing"))
        wanted = "call" if call_id is not None else "visit"
        if rubric.kind.value != wanted:
            raise ValueError(
                t("review.rubric_kind", rubric=rubric.rubric, kind=t(f"review.kind.{wanted}"))
            )

        def work(s: Session) -> ReviewRecord:
            caller_id, _ = self._check_subject(s, actor, call_id, meeting_id, reading=False)
            row = records.find_own(s, actor.id, call_id=call_id, meeting_id=meeting_id)
            if row is None:
                row = records.create(
                    s,
                    reviewer_id=actor.id,
                    caller_id=caller_id,
                    call_id=call_id,
                    meeting_id=meeting_id,
                    rubric_id=rubric.rubric,
                    rubric_version=rubric.version,
                    now=at or self._clock(),
                )
            return records.record(s, row)

        return self._store.write(work)

    def save(
        self,
        actor: Actor,
        review_id: int,
        content: ReviewContent,
        *,
        share: bool = False,
        rubric: Rubric | None = None,
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> ReviewRecord:
        """Save the review's next version (and its one commitment); ``share`` shows it to the
        caller, which needs 1–3 things that worked and a commitment. A shared review stays
        shared. Only the author, or a trainer allowed to review the call, may save.
        ``expected_version``: the version the screen began from; if someone saved since,
        nothing is saved (ValueError) so their changes are not silently overwritten."""

        def work(s: Session) -> ReviewRecord:
            row = self._row(s, review_id, lock=True)
            self._check_subject(s, actor, row.call_id, row.meeting_id, reading=False)
            if actor.id != row.reviewer_id and actor.role is not Role.TRAINER:
                raise _denied("review.denied.not_author")
            if expected_version is not None and row.version != expected_version:
                raise ValueError(t("review.changed_meanwhile", version=row.version))
            sharing = share or row.status == ReviewStatus.SHARED.value
            status = ReviewStatus.SHARED if sharing else ReviewStatus.DRAFT
            try:
                checked = check_content(content, rubric, sharing=sharing)
            except ContentProblem as problem:
                raise ValueError(t(problem.key, **problem.values)) from None
            self._check_pins(s, row, checked)
            checked = ReviewContent(
                checked.answers, checked.worked, checked.try_next, checked.commitment, status
            )
            records.save(s, row, actor.id, checked, at or self._clock())
            return records.record(s, row)

        return self._store.write(work)

    def get(self, actor: Actor, review_id: int) -> ReviewRecord:
        """A review, for its caller (once shared), its author and trainers."""

        def read(s: Session) -> ReviewRecord:
            row = self._readable(s, actor, review_id)
            return records.record(s, row)

        return self._store.read(read)

    def history(self, actor: Actor, review_id: int) -> list[VersionRow]:
        """Every saved version: who saved it, when, and what changed from the one before."""

        def read(s: Session) -> list[VersionRow]:
            self._readable(s, actor, review_id)
            return records.versions(s, review_id)

        return self._store.read(read)

    def counts(self, actor: Actor) -> list[PairCount]:
        """Reviews done per pair (shared and drafts), no content: team leads and trainers."""
        if actor.role not in (Role.TEAMLEAD, Role.TRAINER):
            raise _denied("review.denied.counts")
        return self._store.read(queue_store.pair_counts)

    # Checks -------------------------------------------------------------------------------

    def _check_pins(self, s: Session, row: Review, content: ReviewContent) -> None:
        """Every observation is pinned to a moment of this call (or to none)."""
        pins = [a.pin for a in content.answers.values() if a.pin is not None]
        if not pins:
            return
        line = timelines.call_timeline(s, row.call_id) if row.call_id is not None else None
        moments = {(m.kind, m.id) for m in line.moments} if line is not None else set()
        for pin in pins:
            if ("event", pin.event) not in moments and ("note", pin.note) not in moments:
                raise ValueError(t("review.problem.pin"))

    def _row(self, s: Session, review_id: int, *, lock: bool = False) -> Review:
        row = records.review_row(s, review_id, lock=lock)
        if row is None:
            raise ValueError(t("review.missing"))
        return row

    def _readable(self, s: Session, actor: Actor, review_id: int) -> Review:
        row = self._row(s, review_id)
        if not may_see_review(actor, row.caller_id, row.reviewer_id):
            raise _denied("review.denied.read")
        if actor.id == row.caller_id and row.status != ReviewStatus.SHARED.value:
            raise _denied("review.denied.draft")  # the author's until it is shared
        return row

    def _check_subject(
        self,
        s: Session,
        actor: Actor,
        call_id: int | None,
        meeting_id: int | None,
        *,
        reading: bool,
    ) -> tuple[int, datetime]:
        """The subject's caller and time, once the actor may review it (or, ``reading``,
        is its caller); AccessDenied otherwise."""
        found = timelines.subject(s, call_id=call_id, meeting_id=meeting_id)
        if found is None:
            raise ValueError(t("review.missing"))
        caller_id, at, status = found
        if meeting_id is not None and status != MeetingStatus.HELD.value:
            raise ValueError(t("review.not_held"))
        if reading and actor.id == caller_id:
            return caller_id, at
        if actor.role is Role.TEAMLEAD:
            raise _denied("review.denied.teamlead")
        if not may_review(actor, caller_id, queue_store.buddy_at(s, caller_id, at)):
            raise _denied("review.denied.review")
        return caller_id, at
