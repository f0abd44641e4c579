"""The goal before a call or a planned visit: one line of goal, the tools to use, and what
they should achieve (the seeds' "Forberedelse og forventningsafstemning").

Keyboard first: tab goes from field to field, space picks a tool, ``ctrl+s`` saves and
``esc`` closes without saving — what was typed is handed to ``on_cancel`` so the screen
that opened the dialog can offer it again (nothing typed is lost).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, SelectionList, TextArea
from textual.widgets.selection_list import Selection

from canvass.domain.goal import GOAL_MAX, TOOL_KEYS, Goal, tool_label
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.text import Plain, literal

_K = "goal"


class GoalDialog(ModalScreen[Goal | None]):
    """Set a goal; dismisses with the checked :class:`Goal` (maybe empty), or None."""

    DEFAULT_CSS = """
    GoalDialog { align: center middle; }
    GoalDialog #goal-dialog {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface; border-title-style: bold;
        border-subtitle-color: $text-error; border-subtitle-style: bold;
    }
    GoalDialog .goal-label { color: $text-muted; }
    GoalDialog .goal-gap { margin-top: 1; }
    GoalDialog #goal-text { height: 1; border: none; padding: 0; background: $boost; }
    GoalDialog #goal-text:focus { background: $surface-lighten-1; }
    GoalDialog #goal-tools { height: auto; max-height: 11; border: none; padding: 0; }
    GoalDialog #goal-effect { height: 3; border: none; padding: 0; background: $boost; }
    GoalDialog #goal-effect:focus { background: $surface-lighten-1; }
    GoalDialog #goal-keys { height: 1; margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "ctrl+s", "save", "save", priority=True),
        Binding("escape", "cancel", f"{_K}.key.cancel", key_display="esc", id=f"{_K}.cancel",
                tooltip=f"{_K}.key.cancel.tip"),
        Binding("tab", "app.focus_next", f"{_K}.key.next", key_display="tab", id=f"{_K}.next",
                tooltip=f"{_K}.key.next.tip"),
    ]  # fmt: skip

    def __init__(
        self, title: str, goal: Goal, *, on_cancel: Callable[[Goal], None] | None = None
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._title, self._goal, self._on_cancel = title, goal, on_cancel

    def compose(self) -> ComposeResult:
        goal = self._goal
        with Vertical(id="goal-dialog") as dialog:
            dialog.border_title = literal(self._title)
            yield Plain(t("goal.label.goal"), classes="goal-label")
            yield Input(
                goal.goal, id="goal-text", max_length=GOAL_MAX, compact=True, select_on_focus=False
            )
            yield Plain(t("goal.label.tools"), classes="goal-label goal-gap")
            yield SelectionList[str](
                *(Selection(Text(tool_label(k)), k, k in goal.tools) for k in self._keys()),
                id="goal-tools",
                compact=True,
            )
            yield Plain(t("goal.label.effect"), classes="goal-label goal-gap")
            yield TextArea(goal.effect, id="goal-effect", soft_wrap=True, compact=True)
            yield KeyLine(f"{_K}.", id="goal-keys")

    def _keys(self) -> tuple[str, ...]:
        """Every tool, and any stored one this version does not know (kept, not dropped)."""
        return TOOL_KEYS + tuple(k for k in self._goal.tools if k not in TOOL_KEYS)

    def on_mount(self) -> None:
        self.query_one("#goal-text", Input).focus()

    def typed(self) -> Goal:
        """What the fields hold now, unchecked."""
        return Goal(
            self.query_one("#goal-text", Input).value,
            tuple(self.query_one("#goal-tools", SelectionList).selected),
            self.query_one("#goal-effect", TextArea).text,
        )

    def action_save(self) -> None:
        """Check the goal and save it, or say what to correct (nothing typed is lost)."""
        typed = self.typed()
        try:
            goal = Goal.of(typed.goal, list(typed.tools), typed.effect)
        except ValueError as error:  # shown on the dialog's lower edge, every field kept
            self.query_one("#goal-dialog").border_subtitle = literal(str(error))
            return
        self.dismiss(goal)

    def action_cancel(self) -> None:
        """Close without saving; what was typed is kept for next time."""
        if self._on_cancel is not None:
            self._on_cancel(self.typed())
        self.dismiss(None)
