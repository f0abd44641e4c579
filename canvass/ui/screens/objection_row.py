"""One row of the objection bank's list: what the customer says, the category, the mark.

The row used to be a Rich ``Table.grid`` per objection. Laying out a table measures
every cell before rendering it, and the option list renders each row twice per
keystroke (once for its height, once to draw it): with 50 hits that was most of a
keystroke's 100 ms. :class:`ObjectionRow` draws exactly what that grid drew — the same
column widths, padding and styles, cell by cell with the same Rich calls (a test
compares the two at many widths) — without the general layout, and keeps the lines it
drew for a width, so a row listed again costs nothing. Below :data:`MIN_WIDTH` it
simply draws the grid.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

CATEGORY_WIDTH = 16
MARK_WIDTH = 13
#: Narrower than this, the grid shrinks its fixed columns: then the grid itself is drawn.
MIN_WIDTH = CATEGORY_WIDTH + MARK_WIDTH + 12


class ObjectionRow:
    """A Rich renderable: ``"says"`` wrapping on the left, category and mark on the right."""

    def __init__(self, says: Text, category: str, mark: str, mark_colour: str | None) -> None:
        self.says = Text('"') + says + Text('"')
        self.category = Text(category)  # text from a file: never markup
        self.mark = mark
        self.category_style = Style(dim=True, italic=True)
        self.mark_style = Style(color=mark_colour, bold=True)
        self._drawn: dict[tuple[int, bool, bool, str], list[Segment]] = {}

    def grid(self) -> Table:
        """The same row as a Rich grid (what the bank drew before; used when narrow)."""
        row = Table.grid(expand=True, padding=(0, 1))
        row.add_column(ratio=1)
        row.add_column(width=CATEGORY_WIDTH, no_wrap=True, overflow="ellipsis")
        row.add_column(width=MARK_WIDTH, no_wrap=True)
        row.add_row(self.says, self.category, self.mark, style=None)
        row.columns[1].style = self.category_style
        row.columns[2].style = self.mark_style
        return row

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.grid())

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width < MIN_WIDTH:
            yield self.grid()
            return
        key = (width, options.legacy_windows, options.ascii_only, options.encoding)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._drawn[key] = list(self._draw(console, options, width))
        yield from drawn

    def _draw(self, console: Console, options: ConsoleOptions, width: int) -> Iterator[Segment]:
        # The grid's columns: ratio 1 with one space of padding on its right; the
        # category with one on its right (the padding between columns collapses); the
        # mark with none (no padding at the edges). The two narrow cells do not depend
        # on the width, and the bank has few categories: drawn once, shared by the rows.
        plain = console.get_style("") + Style.null()
        says_width = width - CATEGORY_WIDTH - 1 - MARK_WIDTH
        cells = [
            _cell(console, options, self.says, says_width, (0, 1, 0, 0), plain, False),
            _shared_cell(console, options, self.category, CATEGORY_WIDTH + 1, (0, 1, 0, 0),
                         self.category_style),
            _shared_cell(console, options, self.mark, MARK_WIDTH, (0, 0, 0, 0), self.mark_style),
        ]  # fmt: skip
        height = max(len(lines) for lines, _, _ in cells)
        shaped = [
            Segment.set_shape(
                Segment.align_top(lines, cell_width, height, style), cell_width, height
            )
            for lines, cell_width, style in cells
        ]
        new_line = Segment.line()
        for line_number in range(height):
            for lines in shaped:
                yield from lines[line_number]
            yield new_line


_Cell = tuple[list[list[Segment]], int, Style]
_SHARED: dict[tuple[object, ...], _Cell] = {}


def _cell(
    console: Console,
    options: ConsoleOptions,
    renderable: Text | str,
    width: int,
    padding: tuple[int, int, int, int],
    style: Style,
    no_wrap: bool,
) -> _Cell:
    """One cell's lines, rendered as the grid renders its cells."""
    cell_options = options.update(
        width=width, justify="left", no_wrap=no_wrap, overflow="ellipsis", height=None,
        highlight=False,
    )  # fmt: skip
    style = style + Style.null()
    lines = console.render_lines(Padding(renderable, padding), cell_options, style=style)
    return lines, width, style


def _shared_cell(
    console: Console,
    options: ConsoleOptions,
    renderable: Text | str,
    width: int,
    padding: tuple[int, int, int, int],
    style: Style,
) -> _Cell:
    """A one-line cell that many rows show alike (a category, the phase mark), drawn once."""
    plain = renderable.plain if isinstance(renderable, Text) else renderable
    text_style = (
        (renderable.style, tuple(renderable.spans)) if isinstance(renderable, Text) else None
    )
    key = (plain, text_style, width, padding, style, options.legacy_windows, options.encoding)
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) > 1_000:  # a bank has tens of categories; this never grows far
            _SHARED.clear()
        found = _SHARED[key] = _cell(console, options, renderable, width, padding, style, True)
    return found
