"""Names and texts from outside are shown as text: never markup, never terminal control."""

from __future__ import annotations

from collections.abc import Callable

from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.text import plain, printable

from .helpers import settle

HOSTILE = (
    "Firma [/]",
    "[bold red]RØD[/]",
    "[@click=app.quit]Klik[/]",
    "[/b]",
    "Evil \x1b]0;pwned\x07 ApS",
    "Null\x00byte",
    "\u202eKSA\u202c ApS",
)


def test_printable_shows_control_characters_instead_of_obeying_them() -> None:
    assert printable("a\x1b]0;x\x07b") == "a␛]0;x␇b"
    assert printable("\u202eabc\x9b") == "\ufffdabc\ufffd"
    assert printable("tab\tand\nnewline") == "tab\tand\nnewline"
    for value in HOSTILE:
        text = plain(value)
        assert not text.spans  # no style came from the value
        assert "\x1b" not in text.plain and "\x00" not in text.plain


async def test_toasts_with_markup_and_escapes_are_literal(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        for value in HOSTILE:
            app.notify(value, title=value)
        await pilot.pause(0.2)
        shown = [n.message for n in app._notifications]
        assert shown[-len(HOSTILE) :] == [printable(v) for v in HOSTILE]
        await pilot.pause(0.2)
        assert app.is_running  # "[@click=app.quit]" did nothing, "[/]" did not crash
