"""The call list's header lines: who calls and the list's size, how many rows are shown,
the list's name, the order and how many are skipped.

Mixed into :class:`~canvass.ui.screens.call_list.CallList`. A search keystroke brings a
page and then its counts, and each asks for the header again: a label is only updated
when its text changed, and the screen laid out only when the text's shape did
(:func:`canvass.ui.steady.show`; "henter …" → "viser 200 af 1.234" does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

from canvass.i18n import t
from canvass.ui.list_texts import header_text, order_text, showing_text
from canvass.ui.steady import show
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from canvass.services.rows import PriorityCounts
    from canvass.ui.screens.list_choice import ListChoice

    _Base = Screen[None]
else:
    _Base = object


class CallListHeader(_Base):
    """Draws the header lines of the call list from its state."""

    consultant: str
    _organisation: str
    _list: ListChoice
    _by_name: bool
    _show_skipped: bool
    _search: str
    _counts: PriorityCounts | None
    _all: PriorityCounts | None
    _total: int | None

    def _update_header(self) -> None:
        rows, lst = self.query_one(CompanyTable).row_count, self._list.name
        who = header_text(self.consultant, self._organisation, self._all)
        show(self.query_one("#who", Static), who)
        show(self.query_one("#count", Static), showing_text(rows, self._total))
        name = Text(t("lists.current", name=lst), overflow="ellipsis", no_wrap=True)
        show(self.query_one("#list-name", Static), name)
        shown = self._show_skipped or bool(self._search)  # a search shows the skipped too
        order = order_text(self._by_name, self._counts, shown)
        show(self.query_one("#order", Static), order)

    def _show_counts(self, search: str, counts: PriorityCounts | None) -> None:
        """The counts read for ``search`` (a search shows the skipped ones too)."""
        self._counts = counts
        total = None if counts is None else counts.listed
        if counts is not None and (self._show_skipped or search):
            total = counts.listed + counts.skipped
        self._total = total
        if search == "" and counts is not None:
            self._all = counts
        self._update_header()
