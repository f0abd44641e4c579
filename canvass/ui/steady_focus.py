"""A screen whose focus change does not repaint all of it.

Textual's ``Screen.focused`` is a reactive that repaints the whole screen when it
changes: every widget's lines are drawn again and the compositor renders every cell of
the terminal (a full update), for a change that only alters the widget losing the focus
and the one gaining it. Those two restyle themselves (their ``:focus`` rules, and the
``:focus-within`` rules of their containers, are applied by ``Screen.set_focus``) and
redraw what changed. On the call list a ``/`` spent 12–15 ms of its 60 ms in that full
update at 120×34. Mixed in before ``Screen``, :class:`SteadyFocus` declares the same
reactive without the repaint; the bindings still refresh (``Screen._watch_focused``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

if TYPE_CHECKING:
    _Base = Screen[Any]
else:
    _Base = object


class SteadyFocus(_Base):
    """``focused`` without a repaint of the whole screen."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
