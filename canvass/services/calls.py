"""A phone call as a use case: which script, the claim on the company, start or resume,
the events as they happen, the script switch and the outcome.

:class:`CallService` runs each step in its own transaction; :class:`~canvass.services
.live_call.LiveCall` keeps one call's state and hands its writes to the ordered writer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from canvass.domain.call_session import CallSession, Event
from canvass.domain.goal import NO_GOAL, Goal
from canvass.domain.offers import Offer
from canvass.domain.wrapup import WrapUp
from canvass.i18n import t
from canvass.services.base import Service
from canvass.store import calls, cards, goals
from canvass.store.calls import CompanyClaimed, OpenCall
from canvass.store.cards import CompanyCard

if TYPE_CHECKING:
    from canvass.content.models import CallScript
    from canvass.content.validate import Library


def choose_script(
    library: Library, segment: str | None, last_used: str | None, preferred: str | None = None
) -> CallScript | None:
    """The script for this company.

    The call list's own script (``preferred``) when it has one; else the one used last
    time when it fits the company's segment; else the most specific
    script for the segment (fewest segments listed); else the one used last time;
    else the first recruitment script (the usual reason to call); else the first.
    """
    if preferred and preferred in library.scripts:
        return library.scripts[preferred]
    scripts = list(library.scripts.values())
    key = (segment or "").casefold()
    fitting = [s for s in scripts if key and key in (g.casefold() for g in s.target.segments)]
    if last_used and any(s.id == last_used for s in fitting):
        return library.scripts[last_used]
    if fitting:
        return min(fitting, key=lambda s: len(s.target.segments))
    if last_used and last_used in library.scripts:
        return library.scripts[last_used]
    # A script for one kind of call (a job order, a follow-up) names no segments: not a default.
    general = [s for s in scripts if s.target.segments] or scripts
    recruiting = [s for s in general if Offer.REKRUTTERING in s.target.offers]
    candidates = recruiting or general
    return candidates[0] if candidates else None


@dataclass(frozen=True)
class OpenedCall:
    """A call that is open on the screen: started now, or resumed."""

    call_id: int
    card: CompanyCard
    script: CallScript | None
    session: CallSession
    resumed: OpenCall | None  # the unfinished call picked up again, None for a new one
    goal: Goal = NO_GOAL  # the goal set so far (a resumed call keeps its own)
    focus: str | None = None  # the consultant's open commitment from their last review


@dataclass(frozen=True)
class Refusal:
    """Why no call was opened (already translated); ``gone``: the company no longer exists."""

    message: str
    gone: bool = False


class CallService(Service):
    """Open, record and finish calls."""

    def open(
        self,
        library: Library,
        *,
        company_id: int,
        consultant_id: int,
        at: datetime,
        resume: OpenCall | None = None,
        contact_id: int | None = None,
        preferred_script: str | None = None,
    ) -> OpenedCall | Refusal:
        """Start a call on the company, or resume ``resume`` (or the consultant's own
        unfinished call there: never two open calls on one company).

        The card addresses ``contact_id`` (a resumed call: its own contact). A company a
        colleague is on the phone with now is refused, and so is a library without scripts.
        The call comes with its goal and the consultant's focus (:meth:`focus`).
        """
        card = self.company_card(company_id, consultant_id)
        if card is None:
            return Refusal("", gone=True)
        if resume is None:
            resume = self.open_call(consultant_id, company_id)
        card = card.with_contact(resume.contact_id if resume else contact_id)
        try:
            if resume is not None:
                # Left long ago, the claim may have gone to a colleague on it now.
                self.claim_company(company_id, consultant_id, at)
                session = CallSession.replay(resume.started_at, resume.events)
                script = self._resumed_script(library, resume, card.segment)
                goal, focus = self.goal_of(resume.call_id), self.focus(consultant_id)
                return OpenedCall(resume.call_id, card, script, session, resume, goal, focus)
            script = choose_script(
                library, card.segment, self.last_script_id(company_id), preferred_script
            )
            if script is None:
                return Refusal(t("call.no_scripts"))
            session, first = CallSession.begin(at)
            call_id = self.start_call(
                company_id=company_id,
                consultant_id=consultant_id,
                script_id=script.id,
                script_version=script.version,
                script_hash=library.content_hash(script.id),
                first_event=first,
                contact_id=card.contact.id if card.contact else None,
            )
        except CompanyClaimed as claimed:
            return Refusal(t("call.claimed", name=card.name, initials=claimed.initials))
        return OpenedCall(call_id, card, script, session, None, focus=self.focus(consultant_id))

    def _resumed_script(
        self, library: Library, resume: OpenCall, segment: str | None
    ) -> CallScript | None:
        """The script version the call started with (a newer one may be published since);
        when that is gone, the library's, and the call row says which it goes on with."""
        from canvass.content.reload import frozen_script

        script = frozen_script(library, resume.script_id, resume.script_version, resume.script_hash)
        if script is not None:
            return script
        script = library.scripts.get(resume.script_id) or choose_script(library, segment, None)
        if script is not None:
            content_hash = library.content_hash(script.id)
            self.set_call_script(resume.call_id, script.id, script.version, content_hash)
        return script

    # -- the steps, one transaction each -----------------------------------------------

    def company_card(self, company_id: int, consultant_id: int | None = None) -> CompanyCard | None:
        """The company, its contacts, its last calls and the open callbacks of colleagues
        (everyone but ``consultant_id``), for the call screen."""
        return self._store.read(
            lambda s: cards.company_card(s, company_id, consultant_id=consultant_id)
        )

    def last_script_id(self, company_id: int) -> str | None:
        """The script used on the company's latest call."""
        return self._store.read(lambda s: calls.last_script_id(s, company_id))

    def open_call(self, consultant_id: int, company_id: int | None = None) -> OpenCall | None:
        """The consultant's unfinished call (on ``company_id``, when given), or None."""
        return self._store.read(lambda s: calls.open_call(s, consultant_id, company_id))

    def claim_company(self, company_id: int, consultant_id: int, at: datetime) -> None:
        """Claim the company for a call; raises :class:`CompanyClaimed` if taken."""
        self._store.write(lambda s: calls.claim_company(s, company_id, consultant_id, at))

    def start_call(
        self,
        *,
        company_id: int,
        consultant_id: int,
        script_id: str,
        script_version: int,
        script_hash: str,
        first_event: Event,
        contact_id: int | None = None,
    ) -> int:
        """Claim the company and start a call; raises :class:`CompanyClaimed`."""
        return self._store.write(
            lambda s: calls.start_call(
                s,
                company_id=company_id,
                consultant_id=consultant_id,
                script_id=script_id,
                script_version=script_version,
                script_hash=script_hash,
                first_event=first_event,
                contact_id=contact_id,
            )
        )

    def record_events(self, call_id: int, events: Iterable[Event]) -> None:
        """Store events of a call as they happen."""
        stored = list(events)
        self._store.write(lambda s: calls.record_events(s, call_id, stored))

    def set_call_script(
        self, call_id: int, script_id: str, version: int, content_hash: str
    ) -> None:
        """Record that the call switched to another script."""
        self._store.write(
            lambda s: calls.set_call_script(s, call_id, script_id, version, content_hash)
        )

    def finish_call(
        self, call_id: int, wrapup: WrapUp, at: datetime, notes: str | None = None
    ) -> int | None:
        """Store the outcome with its meeting, callback or job order (and the final
        ``notes``) in one transaction; returns the id of a contact person the wrap-up
        added, or None."""
        return self._store.write(lambda s: calls.finish_call(s, call_id, wrapup, at, notes))

    # -- the goal before the call, and the focus from the last review -----------------

    def set_goal(self, call_id: int, goal: Goal) -> None:
        """Store the goal of the call (checked again here: ``ValueError``, translated)."""
        checked = Goal.of(goal.goal, goal.tools, goal.effect)
        self._store.write(lambda s: goals.set_call_goal(s, call_id, checked))

    def goal_of(self, call_id: int) -> Goal:
        """The goal of the call (empty when none was set); for the observer and the review."""
        return self._store.read(lambda s: goals.call_goal(s, call_id))

    def focus(self, consultant_id: int) -> str | None:
        """The consultant's newest open commitment from a review shared with them
        ("Dit fokus" on the call screen), or None."""
        return self._store.read(lambda s: goals.open_focus(s, consultant_id))
