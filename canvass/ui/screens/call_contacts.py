"""The call's contact person: ``k`` switches to the company's next contact, and after a
"forkert person" wrap-up the new contact can be called at once.

A mixin for :class:`canvass.ui.screens.call_screen.CallScreen` (kept apart so that
screen does not grow): the card puts the chosen contact first (``CompanyCard.with_contact``),
so the title, the merge fields ({kontaktperson} …) and the meeting's attendees follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from canvass.domain.call_session import Event, EventKind
from canvass.i18n import t
from canvass.ui.merge_values import merge_values
from canvass.ui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from textual.screen import Screen

    from canvass.domain.call_session import CallSession
    from canvass.domain.phases import Phase
    from canvass.domain.wrapup import WrapUp
    from canvass.store.calls import OpenCall
    from canvass.store.cards import CompanyCard
    from canvass.store.rows import ConsultantInfo

    _Base = Screen[int | None]
else:
    _Base = object


class ContactSwitching(_Base):
    """``k`` and the call-the-right-person question, for the call screen."""

    if TYPE_CHECKING:
        card: CompanyCard | None
        session: CallSession | None
        call_id: int | None
        company_id: int
        _values: dict[str, str | None]
        _consultant: ConsultantInfo
        _organisation: str
        _clock: Callable[[], datetime]
        _contact_id: int | None
        _resume: OpenCall | None
        _ending: bool
        _visited: set[Phase]

        def _save(self, events: list[Event | None]) -> None: ...
        def _show_title(self) -> None: ...
        def _refresh_all(self) -> None: ...
        def _open_call(self) -> object: ...

    def action_switch_contact(self) -> None:
        """Talk to the company's next contact person (in the order they were added)."""
        if self.card is None or self.session is None:
            return
        if len(self.card.contacts) < 2:
            self.notify(t("call.one_contact"))
            return
        current = self.card.contact.id if self.card.contact else -1
        ordered = sorted(self.card.contacts, key=lambda c: c.id)
        chosen = next((c for c in ordered if c.id > current), ordered[0])
        self.card = self.card.with_contact(chosen.id)
        self._values = merge_values(self.card, self._consultant, self._organisation)
        at = self._clock()
        event = Event(
            EventKind.CONTACT_SWITCHED, at, phase=self.session.phase, detail=str(chosen.id)
        )
        self._save([event])
        self._show_title()
        self._refresh_all()
        self.notify(t("call.contact_switched", name=chosen.name))

    def _finished(self, wrapup: WrapUp, new_contact_id: int | None) -> None:
        """The call is stored: back to the list, or first offer to call the right person."""
        if new_contact_id is None or wrapup.new_contact is None:
            self.dismiss(self.company_id)
            return

        def answered(call_now: bool | None) -> None:
            if call_now:
                self._call_again(new_contact_id)
            else:
                self.dismiss(self.company_id)

        name = wrapup.new_contact.name
        self.app.push_screen(
            ConfirmScreen(
                t("call.call_new_contact.title"),
                t("call.call_new_contact.question", name=name),
                t("call.call_new_contact.yes"),
                t("call.call_new_contact.no"),
            ),
            answered,
        )

    def _call_again(self, contact_id: int) -> None:
        """A new call to the same company, addressed to ``contact_id``."""
        self._contact_id, self._resume = contact_id, None  # a new call, not the resumed one
        self.call_id, self.session, self.card = None, None, None
        self._ending, self._visited = False, set()
        self.query_one("#call-title", Static).update(t("call.loading"))
        self._open_call()
