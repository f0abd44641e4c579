"""The footer is composed again only when the keys it shows change (SteadyFooter)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input

from canvass.ui.widgets.steady_footer import SteadyFooter


class Keys(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "extra", "ekstra"),
        Binding("f3", "other", "andet"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.extra_shown = False
        self.composed = 0

    def compose(self) -> ComposeResult:
        yield Input()
        yield Input(id="second")
        yield SteadyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.extra_shown if action == "extra" else True


def _keys(app: Keys) -> list[str]:
    return [str(key.description) for key in app.query("FooterKey")]


async def test_the_footer_follows_the_keys_but_is_not_rebuilt_when_they_stay() -> None:
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        footer = app.query_one(SteadyFooter)
        real = footer.recompose

        async def counted() -> None:
            app.composed += 1
            await real()

        footer.recompose = counted  # type: ignore[method-assign]
        assert "andet" in _keys(app) and "ekstra" not in _keys(app)
        for _ in range(3):  # focus moves and refreshes that change no key
            await pilot.press("tab")
            app.refresh_bindings()
            await pilot.pause()
        assert app.composed == 0
        app.extra_shown = True  # a key appears: the footer shows it
        app.refresh_bindings()
        await pilot.pause()
        assert app.composed == 1 and "ekstra" in _keys(app)
        app.extra_shown = False
        app.refresh_bindings()
        await pilot.pause()
        assert app.composed == 2 and "ekstra" not in _keys(app)
