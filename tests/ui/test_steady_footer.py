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
    """The keys the footer shows (hidden ones wait to be shown again)."""
    return [str(key.description) for key in app.query("FooterKey") if key.display]


def _count_recomposes(app: Keys) -> None:
    """Count each time the footer is composed again in ``app.composed``."""
    footer = app.query_one(SteadyFooter)
    real = footer.recompose

    async def counted() -> None:
        app.composed += 1
        await real()

    footer.recompose = counted  # type: ignore[method-assign]


async def test_the_footer_follows_the_keys_but_is_not_rebuilt_when_they_stay() -> None:
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        _count_recomposes(app)
        assert "andet" in _keys(app) and "ekstra" not in _keys(app)
        for _ in range(3):  # focus moves and refreshes that change no key
            await pilot.press("tab")
            app.refresh_bindings()
            await pilot.pause()
        assert app.composed == 0
        app.extra_shown = True  # a key appears: the footer shows it, kept mounted hidden
        app.refresh_bindings()
        await pilot.pause()
        assert app.composed == 0 and _keys(app) == ["ekstra", "andet", "palette"]
        app.extra_shown = False
        app.refresh_bindings()
        await pilot.pause()
        assert app.composed == 0 and "ekstra" not in _keys(app)


class Swapping(Keys):
    """``ekstra`` and ``andet`` take turns in one place (as the call list's ``/`` and
    ``esc``); ``tredje`` is shown greyed out while ``dimmed``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "extra", "ekstra"),
        Binding("f3", "other", "andet"),
        Binding("f4", "third", "tredje"),
    ]

    dimmed = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "third":
            return None if self.dimmed else True
        if action in ("extra", "other"):
            return self.extra_shown == (action == "extra")
        return True


async def test_a_key_that_takes_another_ones_place_is_shown_not_composed() -> None:
    app = Swapping()
    async with app.run_test() as pilot:
        await pilot.pause()
        _count_recomposes(app)
        first = list(app.query("FooterKey"))
        extra, third = (next(key for key in first if key.description == label)
                        for label in ("ekstra", "tredje"))  # fmt: skip
        assert _keys(app)[:2] == ["andet", "tredje"] and not extra.display
        app.extra_shown, app.dimmed = True, True
        app.refresh_bindings()
        await pilot.pause()
        assert app.composed == 0 and list(app.query("FooterKey")) == first  # the same keys
        assert _keys(app)[:2] == ["ekstra", "tredje"] and extra.display
        assert third.has_class("-disabled") and not extra.has_class("-disabled")
        await pilot.press("f2")  # the key shown again does what it says
        assert "ekstra" in str(extra.render())
        app.extra_shown, app.dimmed = False, False
        app.refresh_bindings()
        await pilot.pause()
        assert _keys(app)[:2] == ["andet", "tredje"] and not third.has_class("-disabled")
        assert app.composed == 0


class Fields(App[None]):
    """Each field has a key of its own: the other field's is not among the screen's
    bindings until that field has the cursor."""

    class First(Input):
        BINDINGS: ClassVar[list[BindingType]] = [Binding("f5", "first", "første")]

    class Second(Input):
        BINDINGS: ClassVar[list[BindingType]] = [Binding("f6", "second", "anden")]

    composed = 0

    def compose(self) -> ComposeResult:
        yield self.First()
        yield self.Second()
        yield SteadyFooter()


async def test_a_key_never_seen_that_takes_another_ones_place_is_relabelled() -> None:
    app = Fields()
    async with app.run_test() as pilot:
        await pilot.pause()
        _count_recomposes(app)  # type: ignore[arg-type]  # (it has `composed`)
        key = app.query("FooterKey").first()
        assert _keys(app)[:1] == ["første"]  # type: ignore[arg-type]
        await pilot.press("tab")  # the second field: its key was never mounted
        await pilot.pause()
        assert _keys(app)[:1] == ["anden"] and app.composed == 0  # type: ignore[arg-type]
        assert app.query("FooterKey").first() is key and (key.key, key.action) == ("f6", "second")


class ManyKeys(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(f"f{n}", f"key_{n}", f"handling {n}") for n in range(1, 11)
    ]

    def compose(self) -> ComposeResult:
        yield SteadyFooter(compact=True)


async def test_keys_that_do_not_fit_one_row_take_two_and_none_is_hidden() -> None:
    """At 80 columns the call list's keys need about 110: none may run under the palette
    key or off the edge (Textual's footer hid ``?`` and ``q`` there)."""
    app = ManyKeys()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        footer = app.query_one(SteadyFooter)
        keys = [key for key in app.query("FooterKey") if not key.has_class("-command-palette")]
        palette = app.query_one("FooterKey.-command-palette")
        assert footer.has_class("-rows") and footer.size.height == 2
        assert len(keys) == 10 and {key.region.y for key in keys} == {22, 23}
        for key in keys:
            assert key.region.right <= 80
            assert not key.region.overlaps(palette.region)
        await pilot.resize_terminal(200, 24)
        await pilot.pause()
        await pilot.pause()
        assert not footer.has_class("-rows") and footer.size.height == 1
        assert {key.region.y for key in keys} == {23}


class Typing(App[None]):
    """As the call list: ten keys give way to ``esc`` while the field has the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(f"f{n}", f"key_{n}", f"handling {n}") for n in range(1, 11)),
        Binding("escape", "leave", "til listen"),
    ]

    composed = 0

    def compose(self) -> ComposeResult:
        yield Input()
        yield SteadyFooter(compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        typing = isinstance(self.focused, Input)
        if action == "command_palette":
            return True
        return typing if action == "leave" else not typing

    def action_leave(self) -> None:
        self.set_focus(None)


async def test_keys_that_go_while_typing_come_back_without_composing_and_rows_stay() -> None:
    app = Typing()
    async with app.run_test(size=(80, 24)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        await pilot.pause()
        _count_recomposes(app)  # type: ignore[arg-type]  # (it has `composed`)
        footer = app.query_one(SteadyFooter)
        shown = _keys(app)  # type: ignore[arg-type]
        assert "til listen" not in shown and len(shown) == 11  # ten and the palette
        assert footer.has_class("-rows") and footer.size.height == 2
        mounted = list(app.query("FooterKey"))
        app.query_one(Input).focus()
        await pilot.pause()
        assert _keys(app) == ["til listen", "palette"]  # type: ignore[arg-type]
        assert footer.size.height == 2  # the screen above keeps its height
        await pilot.press("escape")
        await pilot.pause()
        assert _keys(app) == shown and app.composed == 0  # type: ignore[arg-type]
        assert list(app.query("FooterKey")) == mounted
        await pilot.press("f3")  # a key shown again does what it says
        await pilot.resize_terminal(200, 24)  # a new width: the rows are chosen again
        await pilot.pause()
        await pilot.pause()
        assert not footer.has_class("-rows") and footer.size.height == 1
