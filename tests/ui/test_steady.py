"""Redrawing a Static on a timer: no update when nothing changed, no layout when the
text keeps its shape (the call screen's clock and card tick every second)."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Static

from canvass.ui.steady import shape, show


def test_the_shape_is_the_words_cell_widths_per_line() -> None:
    assert shape("Analyse 0:59\nÅbning 1:02") == ((7, 4), (6, 4))
    assert shape("Analyse 0:59") == shape("Analyse 1:00")
    assert shape("Analyse 9:59") != shape("Analyse 10:00")
    assert shape("ab c") != shape("a bc")
    assert shape("日本") == ((4,),)  # wide characters count twice, as on screen


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(id="clock")


async def test_show_updates_only_what_changed_and_lays_out_only_a_new_shape() -> None:
    app = Host()
    async with app.run_test(size=(40, 5)) as pilot:
        widget = app.query_one("#clock", Static)
        calls: list[tuple[str, bool]] = []
        original = widget.update

        def update(content: Any = "", *, layout: bool = True) -> None:
            plain = content.plain if isinstance(content, Content) else str(content)
            calls.append((plain, layout))
            original(content, layout=layout)

        widget.update = update  # type: ignore[method-assign]
        show(widget, "Opkald 0:59")
        show(widget, "Opkald 0:59")
        show(widget, "Opkald 1:00")
        show(widget, "Opkald 10:00")
        show(widget, Content.styled("Opkald 10:00", "bold"))  # same text, new style
        await pilot.pause()
        assert calls == [
            ("Opkald 0:59", True),
            ("Opkald 1:00", False),
            ("Opkald 10:00", True),
            ("Opkald 10:00", False),
        ]
        assert str(widget.content) == "Opkald 10:00"
