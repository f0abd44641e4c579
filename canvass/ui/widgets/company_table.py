"""The table of companies in the call list: a DataTable that reports upward.

It holds only the rows it is given; the screen decides what to load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable

from canvass.ui.bindings import key, localise_bindings


class CompanyTable(DataTable[object]):
    """Companies, one per row, keyed by company id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "call",
            "call_list.key.call",
            key_display="⏎",
            id="call_list.call",
            tooltip="call_list.key.call.tip",
        ),
        # Not in the footer (it is full at 120 columns): in `?` help and the README.
        key("call_list", "d", "call(True)", "dial", show=False),
    ]

    @dataclass
    class Chosen(Message):
        """The user pressed enter on a company."""

        company_id: int
        dial: bool = False  # `d`: dial the number as soon as the call is open

    @dataclass
    class NearEnd(Message):
        """The cursor is close to the last loaded row: time to load more."""

        row_index: int

    #: How close to the end (in rows) the cursor must be before asking for more.
    LOOKAHEAD = 40

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        localise_bindings(self)

    def action_call(self, dial: bool = False) -> None:
        """Report the company under the cursor (to call it, and with ``dial`` to dial it)."""
        if self.row_count == 0:
            return
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        if row_key.value is not None:
            self.post_message(self.Chosen(int(row_key.value), dial))

    @on(DataTable.RowHighlighted)
    def _check_near_end(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= self.row_count - self.LOOKAHEAD:
            self.post_message(self.NearEnd(event.cursor_row))
