"""The call list's header lines: who calls and the list's size, how many rows are shown,
the list's name, the order and how many are skipped.

Mixed into :class:`~canvass.ui.screens.call_list.CallList`. A search keystroke brings a
page and then its counts, and each asks for the header again: a label is only updated
when its text changed, and without a layout of the screen when its size cannot change
(every label but the count has a fixed size; the count only when its width changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

from canvass.i18n import t
from canvass.ui.list_texts import header_text, order_text, showing_text
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from canvass.services.rows import PriorityCounts
    from canvass.ui.screens.list_choice import ListChoice

    _Base = Screen[None]
else:
    _Base = object

#: The labels whose size does not follow their text (``1fr`` or the full width).
_FIXED = ("#who", "#list-name", "#order")


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

    _header_shown: dict[str, tuple[object, ...]] | None = None

    def _update_header(self) -> None:
        rows, lst = self.query_one(CompanyTable).row_count, self._list.name
        self._put("#who", header_text(self.consultant, self._organisation, self._all))
        self._put("#count", showing_text(rows, self._total))
        name = Text(t("lists.current", name=lst), overflow="ellipsis", no_wrap=True)
        self._put("#list-name", name)
        shown = self._show_skipped or bool(self._search)  # a search shows the skipped too
        self._put("#order", order_text(self._by_name, self._counts, shown))

    def _put(self, selector: str, content: str | Text) -> None:
        """Show ``content`` in the label ``selector`` if it is not shown already."""
        if isinstance(content, str):
            key: tuple[object, ...] = (content,)
        else:
            key = (content.plain, str(content.style), tuple(content.spans), content.overflow)
        if self._header_shown is None:
            self._header_shown = {}
        before = self._header_shown.get(selector)
        if before == key:
            return
        self._header_shown[selector] = key
        resized = before is None or cell_len(str(before[0])) != cell_len(str(key[0]))
        self.query_one(selector, Static).update(content, layout=resized and selector not in _FIXED)
