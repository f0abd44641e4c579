"""The call's contact person: ``k`` switches to the company's next contact, and after a
"forkert person" wrap-up the new contact can be called at once.

A mixin for :class:`canvass.ui.screens.call_screen.CallScreen` (kept apart so that
screen does not grow): the card puts the chosen contact first (``CompanyCard.with_contact``),
so the title, the merge fields ({kontaktperson} …) and the meeting's attendees follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from canvass.i18n import t
from canvass.ui.merge_values import merge_values
from canvass.ui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from textual.screen import Screen

    from canvass.content.validate import Library
    from canvass.domain.wrapup import WrapUp
    from canvass.services import LiveCall
    from canvass.services.rows import ConsultantInfo, OpenCall

    _Base = Screen[int | None]
else:
    _Base = object


class ContactSwitching(_Base):
    """``k`` and the call-the-right-person question, for the call screen."""

    if TYPE_CHECKING:
        live: LiveCall | None
        company_id: int
        _values: dict[str, str | None]
        _consultant: ConsultantInfo
        _organisation: str
        _library: Library
        _contact_id: int | None
        _resume: OpenCall | None

        def _show_title(self) -> None: ...
        def _refresh_all(self) -> None: ...
        def _open_call(self) -> object: ...

    def action_switch_contact(self) -> None:
        """Talk to the company's next contact person (in the order they were added)."""
        if self.live is None:
            return
        chosen = self.live.switch_contact()
        if chosen is None:
            self.notify(t("call.one_contact"))
            return
        meeting = {k: v for k, v in self._values.items() if k.startswith("moede_")}
        self._values = merge_values(
            self.live.card, self._consultant, self._organisation, self._library.trades
        )
        self._values.update(meeting)  # the agreed meeting does not change with the person
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
        self.live = None
        self.query_one("#call-title", Static).update(t("call.loading"))
        self._open_call()
