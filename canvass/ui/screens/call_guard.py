"""Before a call starts from the list: "do not call" is refused, a colleague's claim is
checked with the database and named, and a reklamebeskyttet or recently called company
needs a stated reason (stored) first.

Mixed into :class:`~canvass.ui.screens.call_list.CallList`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.screen import Screen

from canvass.i18n import t
from canvass.services.rows import OVERRIDABLE, SkipReason
from canvass.ui.screens.list_choice import ListChoice
from canvass.ui.widgets.claim_watch import ClaimWatch, apply_claims
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from textual.message import Message

    from canvass.services import SearchLog, Services, Writer
    from canvass.services.rows import PriorityRow
    from canvass.ui.widgets.today_panel import TodayPanel

    _Base = Screen[None]
else:
    _Base = object


class CallGuard(_Base):
    """Choosing a company to call, for the call list (whose ``@on`` handlers call these:
    Textual collects those only from the screen class itself)."""

    #: Seconds a search's results stand unchanged before the audit log counts it as used.
    SEARCH_USED: ClassVar[float] = 2.0

    if TYPE_CHECKING:
        _services: Services
        _clock: Callable[[], datetime]
        _list: ListChoice
        _rows: list[PriorityRow]
        _by_id: dict[int, PriorityRow]
        _narrow: bool
        _dial_after: bool
        _today: TodayPanel
        _search: str
        _searches: SearchLog
        _writer: Writer | None
        consultant_id: int | None

        def CompanyChosen(
            self, company_id: int, name: str, script_id: str | None, dial: bool
        ) -> Message: ...

    # Choosing --------------------------------------------------------------------------

    def _company_chosen(self, event: CompanyTable.Chosen) -> None:
        event.stop()
        self._dial_after = event.dial  # d (call and dial) or enter, also after a recheck
        row = self._by_id.get(event.company_id)
        if row is not None and row.claimed_by:  # maybe stale: the database decides
            self.query_one(ClaimWatch).recheck(row.id)
        elif row is not None:
            self._guard(row, event.dial)

    def _claims_changed(self, message: ClaimWatch.Changed) -> None:
        apply_claims(message.claims, self._rows, self._by_id, self.query_one(CompanyTable))

    def _claim_rechecked(self, message: ClaimWatch.Rechecked) -> None:
        self._claims_changed(ClaimWatch.Changed({message.company_id: message.initials}))
        row = self._by_id.get(message.company_id)
        if row is not None and message.initials:
            notice = t("lists.claimed", initials=message.initials, name=row.name)
            self.notify(notice, severity="warning", markup=False)
        elif row is not None:
            self._guard(row, self._dial_after)

    def _guard(self, row: PriorityRow, dial: bool = False) -> None:
        """Refuse "do not call", ask why for a skipped company, else start the call."""
        if row.do_not_call:
            self.notify(t("lists.do_not_call", name=row.name), severity="error", markup=False)
        elif row.skip_reason in OVERRIDABLE:
            kind = SkipReason(row.skip_reason)

            def answered(reason: str | None) -> None:
                if reason:
                    self._override(row.id, row.name, kind.value, reason, dial)

            from canvass.ui.screens.list_dialogs import OverrideReason  # seldom: on demand

            self.app.push_screen(OverrideReason(row.name, kind.value), answered)
        else:
            self._choose(row.id, row.name, dial)

    def action_call_due(self) -> None:
        """Call the company whose callback fell due last (the reminder's)."""
        if (due := self._today.latest_due) is not None:
            self._choose(due.company_id, due.company_name)

    def _choose(self, company_id: int, name: str, dial: bool = False) -> None:
        if self._search:  # a company opened from the results: the search was used
            self._searches.used(self._search)
        self.post_message(self.CompanyChosen(company_id, name, self._list.script_id, dial))

    def _log_search(self, term: str) -> None:
        """A search once used goes to the audit log through the app's writer."""
        consultant, privacy = self.consultant_id, self._services.privacy
        if self._writer is not None and consultant is not None:
            self._writer.submit(lambda: privacy.search(consultant, term))

    @work(thread=True, exclusive=True, exit_on_error=False, group="override")
    def _override(self, company_id: int, name: str, kind: str, reason: str, dial: bool) -> None:
        """Store the reason, then start the call (only once it is stored)."""
        if self.consultant_id is None:
            self.app.call_from_thread(self.notify, t("app.no_consultant_yet"), severity="warning")
            return
        self._services.lists.override_skip(
            company_id, self.consultant_id, kind, reason, self._clock()
        )
        self.app.call_from_thread(self._choose, company_id, name, dial)
