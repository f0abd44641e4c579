"""The goal of the call (``g``) and the consultant's focus from their last review.

A mixin for :class:`canvass.ui.screens.call_screen.CallScreen` (kept apart so that screen
does not grow): one line under the title shows the goal ("Mål: … · Redskaber: åbning,
BALA"), or asks for one ("g: sæt mål"); the card column starts with "Dit fokus: …" when
the consultant has an open commitment. Both are loaded with the call, off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.i18n import t
from canvass.ui.screens.goal_dialog import GoalDialog
from canvass.ui.text import Plain, plain

if TYPE_CHECKING:
    from textual.screen import Screen

    from canvass.domain.goal import Goal
    from canvass.services import LiveCall

    _Base = Screen[int | None]
else:
    _Base = object


class GoalLine(Plain):
    """The goal of the call on one line (cut with … when it is longer)."""

    DEFAULT_CSS = """
    GoalLine { height: 1; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """


class FocusLine(Plain):
    """ "Dit fokus: …" — the commitment the consultant made at their last review."""

    DEFAULT_CSS = """
    FocusLine { height: auto; margin-bottom: 1; color: $text-warning; text-style: bold; }
    """


class CallGoal(_Base):
    """``g`` and the goal and focus lines, for the call screen."""

    #: The call and what its goal dialog held when esc closed it (offered again until saved).
    _goal_draft: tuple[int, Goal] | None = None

    if TYPE_CHECKING:
        live: LiveCall | None

    def action_goal(self) -> None:
        """Set the goal of the call, the tools to use and what they should achieve."""
        if self.live is None:
            return
        call_id, draft = self._goal_draft or (None, None)
        dialog = GoalDialog(
            t("goal.title.call", company=self.live.card.name),
            draft if draft is not None and call_id == self.live.call_id else self.live.goal,
            on_cancel=self._keep_goal_draft,
        )
        self.app.push_screen(dialog, self._goal_saved)

    def _keep_goal_draft(self, typed: Goal) -> None:
        if self.live is not None:
            self._goal_draft = (self.live.call_id, typed)

    def _goal_saved(self, goal: Goal | None) -> None:
        if goal is None or self.live is None:
            return
        self._goal_draft = None
        self.live.set_goal(goal)
        self.show_goal()

    def show_goal(self) -> None:
        """Draw the goal line and the focus (from the open call)."""
        if self.live is None:
            return
        goal = self.live.goal
        line = plain(goal.line(), "" if not goal.empty else "dim")
        if goal.empty:
            line.append(t("goal.line.prompt"), "dim italic")
        self.query_one(GoalLine).update(line)
        focus = self.query_one(FocusLine)
        focus.display = bool(self.live.focus)
        focus.update(plain(t("goal.focus", text=self.live.focus)) if self.live.focus else "")
