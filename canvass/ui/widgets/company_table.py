"""The table of companies in the call list: a virtual list that reports upward.

It holds only the rows it is given (plain row objects, no rendered cells) and draws just
the lines on screen (Textual's line API), so a page of rows costs a list append, not a
layout of every cell: 100,000 loaded companies draw as fast as 200. The screen decides
what to load; the table asks for more with :class:`CompanyTable.NearEnd`.

It looks and moves like the ``DataTable`` it replaced (same styles, keys and cursor),
and every cell is a Rich ``Text`` from the screen's cell function: literal text, never
markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from canvass.ui.bindings import key, localise_bindings
from canvass.ui.widgets.row_segments import row_segments


class Keyed(Protocol):
    """A row the table can show: anything with an integer ``id``."""

    @property
    def id(self) -> int: ...


#: Turns a row into its cells, one ``Text`` per column.
CellFunction = Callable[[Keyed], Sequence[Text]]

#: Rendered lines kept for reuse; a screenful is ~30, scrolling back and forth reuses them.
_LINE_CACHE = 400


class CompanyTable(ScrollView, can_focus=True):
    """Companies, one per line under a header line, with a row cursor."""

    DEFAULT_CSS = """
    CompanyTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .company-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .company-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark {
            & > .company-table--even-row {
                background: $surface-darken-1 40%;
            }
        }
        & > .company-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .company-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .company-table--odd-row {
        }
        & > .company-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .company-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "company-table--header",
        "company-table--cursor",
        "company-table--odd-row",
        "company-table--even-row",
    }

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
        # The DataTable's keys, so help and habits stay the same.
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("right", "cursor_right", "Cursor right", show=False),
        Binding("left", "cursor_left", "Cursor left", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("ctrl+home", "scroll_top", "Top", show=False),
        Binding("ctrl+end", "scroll_bottom", "Bottom", show=False),
        Binding("home", "scroll_home", "Home", show=False),
        Binding("end", "scroll_end", "End", show=False),
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

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)
    """The index of the highlighted row."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        localise_bindings(self)
        self._rows: list[Keyed] = []
        self._index: dict[int, int] = {}  # row id -> index
        self._columns: list[tuple[Text, int]] = []  # label, width without padding
        self._cells: CellFunction = lambda row: ()
        self._lines: dict[tuple[object, ...], Strip] = {}
        self._generation = 0  # bumped when rows or columns change: old lines are stale

    # What the screen calls ------------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows are loaded."""
        return len(self._rows)

    @property
    def rows(self) -> Sequence[Keyed]:
        """The loaded rows, in order."""
        return self._rows

    @property
    def highlighted(self) -> Keyed | None:
        """The row under the cursor (None when the table is empty)."""
        return self._rows[self.cursor_row] if self._rows else None

    @property
    def labels(self) -> list[Text]:
        """The column labels, in order."""
        return [label for label, _ in self._columns]

    def cells(self, row_id: int) -> Sequence[Text]:
        """What the row with ``row_id`` shows, one ``Text`` per column."""
        return self._cells(self._rows[self._index[row_id]])

    def row_index(self, row_id: int) -> int | None:
        """Where the row with ``row_id`` is, or None."""
        return self._index.get(row_id)

    def set_columns(self, columns: Sequence[tuple[Text, int]], cells: CellFunction) -> None:
        """Lay out the columns (label, width) and say how a row becomes its cells."""
        self._columns = list(columns)
        self._cells = cells
        self._changed()

    def replace_rows(self, rows: Sequence[Keyed]) -> None:
        """Show ``rows`` instead of the loaded ones, the cursor at the top: in one step,
        so a new search's page changes the virtual size (a layout) only if its length
        differs, not once for the empty table and once more for the page."""
        self._rows = list(rows)
        self._index = {row.id: index for index, row in enumerate(self._rows)}
        self.cursor_row = 0
        self._changed()
        self.scroll_to(y=0, animate=False, immediate=True)

    def add_rows(self, rows: Sequence[Keyed]) -> None:
        """Append rows below the loaded ones."""
        for row in rows:
            self._index[row.id] = len(self._rows)
            self._rows.append(row)
        self._changed()

    def replace_row(self, row: Keyed) -> None:
        """Show a new version of a loaded row (same id), redrawing just that line."""
        index = self._index.get(row.id)
        if index is not None:
            self._rows[index] = row
            self._lines.clear()
            self.refresh_line(index)

    def move_cursor(self, *, row: int) -> None:
        """Put the cursor on row ``row`` (clamped) and scroll it into view."""
        self.cursor_row = row

    # Drawing --------------------------------------------------------------------------

    def _changed(self) -> None:
        self._generation += 1
        self._lines.clear()
        width = sum(width + 2 for _, width in self._columns)
        self.virtual_size = Size(width, len(self._rows) + 1)  # + the header line
        if self._rows and self.cursor_row >= len(self._rows):
            self.cursor_row = len(self._rows) - 1
        self.refresh()

    def refresh_line(self, index: int) -> None:
        """Redraw the line of row ``index`` if it is on screen."""
        y = index + 1 - self.scroll_offset.y
        if 1 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self._scroll_to_cursor()
        if self._rows and new >= len(self._rows) - self.LOOKAHEAD:
            self.post_message(self.NearEnd(new))

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.size.height - 1 - (self.scrollbar_size_horizontal or 0))
        top = self.scroll_offset.y
        row = self.cursor_row
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        self._lines.clear()
        self._scroll_to_cursor()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        index = -1 if y == 0 else scroll_y + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        cursor = index == self.cursor_row and index >= 0
        row_id = self._rows[index].id if index >= 0 else None
        cache_key = (
            self._generation,
            index,
            row_id,
            cursor,
            scroll_x,
            width,
            self.has_focus,
            self.app.current_theme.name,
        )
        strip = self._lines.get(cache_key)
        if strip is None:
            if len(self._lines) > _LINE_CACHE:
                self._lines.clear()
            strip = self._lines[cache_key] = self._render_row(index, cursor, scroll_x, width)
        return strip

    def _render_row(self, index: int, cursor: bool, scroll_x: int, width: int) -> Strip:
        style_of = self.get_component_rich_style
        if index < 0:
            row_style = style_of("company-table--header")
            cells: Sequence[Text] = [label for label, _ in self._columns]
        else:
            stripe = "company-table--odd-row" if index % 2 else "company-table--even-row"
            row_style = style_of(stripe)
            cells = self._cells(self._rows[index])
        cursor_style = style_of("company-table--cursor") if cursor else Style()
        # As the DataTable: the cursor's colour wins over the cell's, its background not.
        post = Style.from_color(color=cursor_style.color)
        widths = [cell_width for _, cell_width in self._columns]
        segments = row_segments(
            self.app.console, cells, widths, index, row_style + cursor_style, post
        )
        table_width = sum(cell_width + 2 for cell_width in widths)
        outside = Style.from_meta({"row": index, "column": 0, "out_of_bounds": True})
        pre = row_style + cursor_style
        segments.append(Segment(" " * max(0, width + scroll_x - table_width), pre + outside))
        strip = Strip(segments).crop(scroll_x, scroll_x + width)
        return strip.adjust_cell_length(width, self.rich_style).simplify()

    # Keys and the mouse ---------------------------------------------------------------

    def action_call(self, dial: bool = False) -> None:
        """Report the company under the cursor (to call it, and with ``dial`` to dial it)."""
        row = self.highlighted
        if row is not None:
            self.post_message(self.Chosen(row.id, dial))

    def _page(self) -> int:
        return max(1, self.size.height - 1)

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_cursor_left(self) -> None:
        self.scroll_left(animate=False)

    def action_cursor_right(self) -> None:
        self.scroll_right(animate=False)

    def action_page_up(self) -> None:
        self.cursor_row -= self._page()

    def action_page_down(self) -> None:
        self.cursor_row += self._page()

    def action_scroll_top(self) -> None:
        self.cursor_row = 0

    def action_scroll_bottom(self) -> None:
        self.cursor_row = len(self._rows) - 1

    def action_scroll_home(self) -> None:
        self.scroll_to(x=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(x=self.max_scroll_x, animate=False)

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor to the row (enter then calls it)."""
        if event.y < 1:
            return
        index = self.scroll_offset.y + event.y - 1
        if 0 <= index < len(self._rows):
            event.stop()
            self.cursor_row = index
