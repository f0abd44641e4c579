"""The bank's row draws exactly what the Rich grid it replaced drew, at every width."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from canvass.ui.screens.objection_row import MIN_WIDTH, ObjectionRow

SAYS = (
    "Vi har ikke tid",
    "Vi har ikke tid lige nu, vi har alt for travlt med at få ordrerne ud ad døren før jul "
    "og nytår i år, og chefen er på ferie",
    "Papirarbejdeogbureaukratiogskemaerogblanketterogadministrationogreglerogbesværogbøvl "
    "er for meget",
    "",
    "Æ ø å — «citat» og [b]ikke markup[/b] med {felt}",
)
CATEGORIES = ("Tid", "Tid og timing og meget mere end det", "[Pris]", "")
MARKS = ("", "★ denne fase")


def _says(text: str) -> Text:
    """Text with a styled gap in it, as the bank's filled text has."""
    says = Text(text)
    if len(text) > 8:
        says.stylize(Style(bold=True, reverse=True, color="#ffaa00"), 3, 8)
    return says


def _cells(segments: list[Segment]) -> list[tuple[str, Style | None]]:
    """Character by character with its style: what a terminal (and a snapshot) shows."""
    return [(char, segment.style) for segment in segments for char in segment.text]


@pytest.mark.parametrize("width", [MIN_WIDTH - 1, MIN_WIDTH, 50, 61, 76, 80, 100, 104, 160])
@pytest.mark.parametrize("says", SAYS)
def test_row_draws_what_the_grid_drew(width: int, says: str) -> None:
    console = Console(width=200, color_system="truecolor", legacy_windows=False)
    options = console.options.update_width(width)
    for category in CATEGORIES:
        for mark in MARKS:
            row = ObjectionRow(_says(says), category, mark, "#ffaa00")
            expected = list(console.render(row.grid(), options))
            for _ in range(2):  # drawn, then from what was kept
                assert _cells(list(console.render(row, options))) == _cells(expected)
            assert console.measure(row, options=options) == console.measure(
                row.grid(), options=options
            )
