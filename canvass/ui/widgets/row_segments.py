"""One line of the call list's table as segments: each cell cut to its column's width,
aligned, between a space either side, with the cell's place as mouse meta.

Owned apart from :mod:`canvass.ui.widgets.company_table` (which decides which lines to
draw and in which styles): this is how one line becomes segments, the part of a search
keystroke's paint that grows with the rows on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text


def row_segments(
    console: Console,
    cells: Sequence[Text],
    widths: Sequence[int],
    index: int,
    pre: Style,
    post: Style,
) -> list[Segment]:
    """One row's segments: each cell fitted to its width (cut with its overflow, aligned
    by its justify) between a space either side, under ``pre`` and over ``post``, with
    the cell's place as meta (the mouse).

    A cell is cut and aligned as a string and becomes its segments directly: its text in
    its style (and in the styles of spans over all of it, as a skipped row's "dim"), the
    alignment's padding in its style alone. Only a cell with a span over part of it goes
    through a Rich render. A Rich render of the whole row cost 0.24 ms a row (each cell a
    padded renderable of its own before that 0.7 ms); this costs about a third of that."""
    segments: list[Segment] = []
    append = segments.append
    null = Style.null()
    for column, (cell, width) in enumerate(zip(cells, widths, strict=False)):
        base = console.get_style(cell.style, default=null) if cell.style else null
        around, padded = _styles(pre, post, base, index, column)
        append(Segment(" ", around))
        core = _cut(cell, width)
        left, right = _padding(cell.justify, width - cell_len(core))
        whole = core and all(span.start == 0 and span.end >= len(cell.plain) for span in cell.spans)
        if not whole and cell.spans:  # a span over a part: as Rich draws it
            fitted = Text(" " * left + core + " " * right, style=cell.style, end="")
            fitted.spans = [
                span.right_crop(len(core)).move(left)
                for span in cell.spans
                if span.start < len(core)
            ]
            meta = _meta(index, column)
            for text, style, _ in fitted.render(console):
                append(Segment(text, pre + ((style or base) + meta) + post))
        else:
            styled = base
            for span in cell.spans:
                styled += console.get_style(span.style, default=null)
            if styled is base:
                append(Segment(" " * left + core + " " * right, padded))
            else:
                if left:
                    append(Segment(" " * left, padded))
                append(Segment(core, _styles(pre, post, styled, index, column)[1]))
                if right:
                    append(Segment(" " * right, padded))
        append(Segment(" " * (width - cell_len(core) - left - right + 1), around))
    return [segment for segment in segments if segment.text]


def _cut(cell: Text, width: int) -> str:
    """The cell's text cut to ``width`` cells with its overflow (as ``Text.truncate``)."""
    plain = cell.plain.rstrip() if cell.justify == "right" else cell.plain
    overflow = cell.overflow or "fold"
    if overflow != "ignore" and cell_len(plain) > width:
        if overflow == "ellipsis":
            return set_cell_size(plain, width - 1) + "…"
        return set_cell_size(plain, width)
    return plain


def _padding(justify: str | None, excess: int) -> tuple[int, int]:
    """Spaces left and right of a cut cell's text for its justify (as ``Text.align``)."""
    if excess <= 0 or justify not in ("left", "right", "center"):
        return 0, 0
    if justify == "left":
        return 0, excess
    if justify == "center":
        return excess // 2, excess - excess // 2
    return excess, 0


@lru_cache(maxsize=4096)
def _styles(pre: Style, post: Style, style: Style, index: int, column: int) -> tuple[Style, Style]:
    """A cell's styles under ``pre`` and over ``post`` with its meta: of the space around
    it, and of its text in ``style`` (kept: each screenful asks for the same ones)."""
    meta = _meta(index, column)
    return pre + meta + post, pre + (style + meta) + post


@lru_cache(maxsize=4096)
def _meta(index: int, column: int) -> Style:
    """The mouse's meta of a cell (kept: a screenful of rows reuses them per keystroke)."""
    return Style.from_meta({"row": index, "column": column})
