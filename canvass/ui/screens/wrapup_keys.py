"""Type-ahead for dialogs: every key goes where the user meant it, in the order typed.

Textual hands a key to the widget focused *when the app reads it*, and that widget
handles it later in its own queue; a binding the key triggers runs later still, back in
the app's queue. A consultant typing ``2``, ``3/12``, ``tab``, ``10.00`` in one burst
is faster than that: keys land in the field that was focused a moment ago (or the
dialog is not even mounted yet). So a :class:`KeyRouter` screen takes every key into its
own single queue (the widgets below pass them on, see :class:`RoutedKeys`) and handles
them one at a time against the focus *at that moment*: first the focused widget
(typing), then the bindings. Focus moves made by the screen's actions are synchronous
(``Screen.set_focus``), so the next key already sees them; an action that must mount
widgets first is awaited before the next key is looked at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.screen import Screen, ScreenResultType
from textual.widget import Widget
from textual.widgets import Input, RadioSet

if TYPE_CHECKING:
    _Mixin = Widget
else:  # a plain mixin: a Widget base here would hide the widget's own class variables
    _Mixin = object


class RoutedKeys(_Mixin):
    """A focusable widget whose keys are queued on its :class:`KeyRouter` screen
    (mix in before the widget class)."""

    def _forward_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and isinstance(self.screen, KeyRouter):
            self.screen._forward_event(event)
            return
        super()._forward_event(event)


class KeyRouter(Screen[ScreenResultType]):
    """A screen that handles its keys in order, against the focus of the moment."""

    async def _on_key(self, event: events.Key) -> None:
        event.prevent_default()
        event.stop()
        if not self.is_current:  # keys typed after the dialog closed go to the next screen
            target = self.app.screen.focused or self.app.screen
            target._forward_event(events.Key(event.key, event.character))
            return
        focused = self.focused
        if focused is not None:
            probe = events.Key(event.key, event.character)
            if isinstance(focused, Input):
                await focused._on_key(probe)  # types printable keys; stops them
                if probe._stop_propagation:
                    return
            elif await focused.handle_key(probe):
                return
        await self.app._check_bindings(event.key)

    def focus_now(self, widget: Widget) -> None:
        """Focus ``widget`` at once (not after a refresh); an input's text is selected,
        so typing replaces it."""
        self.set_focus(widget)
        if isinstance(widget, Input) and widget.value:
            widget.select_all()

    def action_next_field(self) -> None:
        """The next field (text selected, as tab normally does)."""
        self.focus_next()
        if self.focused is not None:
            self.focus_now(self.focused)

    def action_previous_field(self) -> None:
        """The previous field."""
        self.focus_previous()
        if self.focused is not None:
            self.focus_now(self.focused)


class FormInput(RoutedKeys, Input):
    """A text field of a :class:`KeyRouter` dialog; the dialog selects its text on focus
    itself (Textual's own select-on-focus runs later and would eat typed-ahead keys)."""

    def __init__(self, value: str = "", **kwargs: object) -> None:
        super().__init__(value, select_on_focus=False, **kwargs)  # type: ignore[arg-type]


class FormRadioSet(RoutedKeys, RadioSet):
    """A choice in a :class:`KeyRouter` dialog."""
