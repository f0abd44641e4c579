"""The call list's columns for the terminal's width (80 columns: a narrower set).

Mixed into :class:`~canvass.ui.screens.call_list.CallList`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events
from textual.screen import Screen

from canvass.i18n import t
from canvass.ui.formatting import COLUMNS, layout, priority_cells
from canvass.ui.widgets.company_table import CompanyTable

if TYPE_CHECKING:
    from canvass.services.rows import PriorityRow

    _Base = Screen[None]
else:
    _Base = object


class CallListLayout(_Base):
    """Lays the list's table out for the width, and draws a row's cells."""

    if TYPE_CHECKING:
        _clock: Callable[[], datetime]

    _narrow: bool = False
    _layout: tuple[int, int] | None = None

    def _cells(self, row: object) -> tuple[Text, ...]:
        """The cells of one row, made when the table draws it."""
        return priority_cells(cast("PriorityRow", row), self._clock(), narrow=self._narrow)

    def _set_columns(self, width: int) -> None:
        """Lay the table out for ``width`` terminal cells, keeping the rows and the cursor."""
        columns, name_width = layout(width)
        if (len(columns), name_width) == self._layout:
            return
        self._layout = (len(columns), name_width)
        self._narrow = len(columns) < len(COLUMNS)
        self.set_class(self._narrow, "-narrow")  # 80 columns: the title bar names who calls
        labels = [
            (
                Text(t(column.key), justify="right" if column.right else "left"),
                name_width if column.key == "call_list.col.name" else column.width,
            )
            for column in columns
        ]
        self.query_one(CompanyTable).set_columns(labels, self._cells)

    def on_resize(self, event: events.Resize) -> None:
        self._set_columns(event.size.width)
