"""The call list's virtual table on its own: it draws only the rows on screen, keeps the
cursor in view, moves it by click, and shows names literally."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from canvass.ui.widgets.company_table import CompanyTable, Keyed


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class TableApp(App[None]):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows
        self.made: list[int] = []  # ids whose cells were made, in order
        self.chosen: list[tuple[int, bool]] = []
        self.near_end: list[int] = []

    def compose(self) -> ComposeResult:
        yield CompanyTable()

    def on_mount(self) -> None:
        table = self.query_one(CompanyTable)
        table.set_columns([(Text("Navn"), 20), (Text("Nr", justify="right"), 6)], self.cells)
        table.add_rows(self.rows)
        table.focus()

    def cells(self, row: Keyed) -> Sequence[Text]:
        assert isinstance(row, Row)
        self.made.append(row.id)
        return (Text(row.name), Text(str(row.id), justify="right"))

    def on_company_table_chosen(self, message: CompanyTable.Chosen) -> None:
        self.chosen.append((message.company_id, message.dial))

    def on_company_table_near_end(self, message: CompanyTable.NearEnd) -> None:
        self.near_end.append(message.row_index)


def _rows(count: int) -> list[Row]:
    return [Row(i, f"Firma {i}") for i in range(1, count + 1)]


def _screen_text(app: App[None]) -> str:
    return "\n".join(strip.text for strip in app.query_one(CompanyTable).render_lines(
        app.query_one(CompanyTable).region.reset_offset))  # fmt: skip


async def test_only_the_rows_on_screen_are_drawn() -> None:
    app = TableApp(_rows(100_000))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert app.made and max(app.made) <= 12  # a screenful, not 100,000
        await pilot.press("pagedown", "pagedown")
        table = app.query_one(CompanyTable)
        assert table.cursor_row == 22  # two pages of 11 rows under the header
        assert len(set(app.made)) < 60
        assert "Firma 23" in _screen_text(app)


async def test_keys_choose_and_ask_for_more_near_the_end() -> None:
    app = TableApp(_rows(50))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("down", "down", "enter", "d")
        assert app.chosen == [(3, False), (3, True)]
        assert app.near_end == [] or min(app.near_end) >= 50 - CompanyTable.LOOKAHEAD
        await pilot.press("ctrl+end")
        assert app.query_one(CompanyTable).cursor_row == 49
        assert app.near_end[-1] == 49
        assert "Firma 50" in _screen_text(app)
        await pilot.press("ctrl+home")
        assert app.query_one(CompanyTable).cursor_row == 0


async def test_a_click_moves_the_cursor_to_the_row() -> None:
    app = TableApp(_rows(50))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.click(CompanyTable, offset=(3, 4))  # line 4: the fourth row
        assert app.query_one(CompanyTable).cursor_row == 3
        assert app.chosen == []  # a click only moves the cursor; enter calls


async def test_names_are_text_not_markup_and_a_row_can_be_replaced() -> None:
    app = TableApp([Row(1, "[b]Hansen[/] & Søn"), Row(2, "Jensen")])
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert "[b]Hansen[/] & Søn" in _screen_text(app)
        app.query_one(CompanyTable).replace_row(Row(2, "Jensen ApS"))
        await pilot.pause()
        assert "Jensen ApS" in _screen_text(app)
        assert [r.id for r in app.query_one(CompanyTable).rows] == [1, 2]


async def test_a_new_page_replaces_the_rows_and_the_cursor_goes_to_the_top() -> None:
    app = TableApp(_rows(50))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("pagedown", "pagedown", "down")
        table = app.query_one(CompanyTable)
        assert table.cursor_row == 23 and table.scroll_offset.y > 0
        table.replace_rows([Row(7, "Syv"), Row(3, "Tre")])
        await pilot.pause()
        assert (table.cursor_row, table.scroll_offset.y) == (0, 0)
        assert [r.id for r in table.rows] == [7, 3]
        assert (table.row_index(3), table.row_index(23)) == (1, None)
        assert table.highlighted == Row(7, "Syv")
        lines = _screen_text(app).splitlines()
        assert "Syv" in lines[1] and "Tre" in lines[2] and "Firma" not in _screen_text(app)
        table.replace_rows([])
        await pilot.pause()
        assert table.row_count == 0 and table.highlighted is None


def _reference_row(
    console: Console, cells: Sequence[Text], widths: Sequence[int], pre: Style, post: Style
) -> list[Segment]:
    """How a row was drawn before row_segments: each cell a padded renderable of its own."""
    from rich.padding import Padding
    from textual.renderables.styled import Styled

    out: list[Segment] = []
    for cell, width in zip(cells, widths, strict=True):
        options = console.options.update_dimensions(width + 2, 1).update(no_wrap=True)
        styled = Styled(Padding(cell, (0, 1)), pre_style=pre, post_style=post)
        out.extend(console.render_lines(styled, options, pad=True)[0])
    return out


def test_a_row_is_drawn_as_each_cell_drawn_on_its_own() -> None:
    """row_segments (one render per row) draws exactly what a padded renderable per cell
    drew: the same characters in the same colours, cut and aligned the same."""
    from canvass.ui.widgets.row_segments import row_segments

    console = Console(width=200, color_system="truecolor", legacy_windows=False)
    name = Text("Østergaards Restaurant & Kantine ApS", style="bold", overflow="ellipsis")
    name.stylize("italic red", 0, 4)
    cells = [
        Text("⏰"),
        name,
        Text("32252095"),
        Text("12", justify="right"),
        Text("overskredet 12/10", style="bold #ff0000"),
        Text("Handel med biler og motorcykler", overflow="ellipsis"),
        Text("kort", style="underline", justify="left"),
        Text("midt", style="reverse", justify="center"),
        Text("7 ", style="underline", justify="right"),
        Text("[b]not markup[/b]"),
        Text("", justify="right"),
        Text("一二三四五六", overflow="ellipsis"),
        *_dimmed(  # a skipped row: "dim" over all of each cell (as priority_cells does)
            Text("sprunget", justify="left"),
            Text("Meget langt firmanavn der skæres", style="bold", overflow="ellipsis"),
            Text("1.234 ", justify="right"),
            Text("midt", justify="center", style="green"),
        ),
    ]
    widths = [2, 24, 8, 7, 20, 13, 9, 8, 6, 12, 3, 5, 12, 10, 7, 9]
    for pre, post in (
        (Style(color="white", bgcolor="black"), Style()),
        (Style(bgcolor="blue") + Style(color="yellow", bold=True), Style(color="yellow")),
    ):
        ours = Strip(row_segments(console, cells, widths, 3, pre, post)).simplify()
        before = Strip(_reference_row(console, cells, widths, pre, post)).simplify()
        assert ours.text == before.text
        assert ours.cell_length == before.cell_length == sum(widths) + 2 * len(widths)
        assert _by_cell(ours) == _by_cell(before)


def _dimmed(*cells: Text) -> list[Text]:
    for cell in cells:
        cell.stylize("dim")
    return list(cells)


def _by_cell(strip: Strip) -> list[tuple[str, Style | None]]:
    """(character, style without the mouse meta) per character: segments may split
    differently."""
    return [
        (char, None if segment.style is None else segment.style.clear_meta_and_links())
        for segment in strip
        for char in segment.text
    ]
