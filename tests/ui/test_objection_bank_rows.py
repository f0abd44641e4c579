"""The bank's rows are made once and kept, at most ``kept`` of them: the least recently
listed go first, so typing through a large bank does not keep a row per objection."""

from __future__ import annotations

from canvass.content.search import ObjectionIndex
from canvass.domain.phases import Phase
from canvass.ui.screens.objection_bank_rows import BankRows
from tests.ui.test_objection_bank import BANK, VALUES

THEME = {"text-warning": "#ffaa00", "error": "#ff0000"}


def test_rows_are_kept_for_the_hits_listed_last_and_at_most_kept_of_them() -> None:
    hits = ObjectionIndex(BANK).search("", phase=Phase.ANALYSE)
    assert len(hits) == 4
    rows = BankRows(kept=2)
    first = [rows.option(hit, VALUES, THEME) for hit in hits[:2]]
    again = [rows.option(hit, VALUES, THEME) for hit in hits[:2]]
    assert all(a is b for a, b in zip(first, again, strict=True))  # made once
    rows.option(hits[0], VALUES, THEME)  # listed again: now the most recent
    rows.option(hits[2], VALUES, THEME)  # a third: the least recent (hits[1]) goes
    assert rows.option(hits[0], VALUES, THEME) is first[0]
    remade = rows.option(hits[1], VALUES, THEME)
    assert remade is not first[1] and remade.id == first[1].id
    assert str(remade.prompt.says) == str(first[1].prompt.says)  # type: ignore[union-attr]
    rows.clear()
    assert rows.option(hits[0], VALUES, THEME) is not first[0]


async def test_a_list_shows_its_first_rows_at_once_and_the_rest_once_painted() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

    from canvass.ui.screens.objection_bank_rows import FIRST_ROWS

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList()

    many = [Option(f"række {n}", id=f"r{n}") for n in range(FIRST_ROWS + 30)]
    few = [Option(f"anden {n}", id=f"a{n}") for n in range(FIRST_ROWS + 5)]
    app = Host()
    async with app.run_test() as pilot:
        widget = app.query_one(OptionList)
        rows = BankRows()
        rows.show(widget, many)
        assert widget.option_count == FIRST_ROWS  # in the keystroke: what is seen
        await pilot.pause()
        await pilot.pause()
        assert [option.id for option in widget.options] == [option.id for option in many]
        rows.show(widget, many[:3])
        assert widget.option_count == 3
        rows.show(widget, few)  # a later keystroke lists over the one before
        rows.show(widget, many[:2])
        await pilot.pause()
        await pilot.pause()
        assert [option.id for option in widget.options] == ["r0", "r1"]  # no stale rest


def test_screens_paint_up_to_120_frames_a_second() -> None:
    """Unless TEXTUAL_FPS is set (CI does not): a change waits at most 8 ms for its frame."""
    import os

    from textual import screen

    import canvass.ui  # noqa: F401 - sets the rate on import
    from canvass.ui.frame_rate import FRAMES_PER_SECOND, use_frame_rate

    if "TEXTUAL_FPS" not in os.environ:
        assert screen.UPDATE_PERIOD == 1 / FRAMES_PER_SECOND == 1 / 120
    use_frame_rate()
    assert screen.UPDATE_PERIOD <= 1 / 60
