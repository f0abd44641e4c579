"""The team screen's dialog for a person's team: type a name (the known teams are offered
as you type), ⏎ saves, an empty name takes the person out of any team, esc cancels.

The name is checked here (length, control characters) so that a mistake is shown in the
dialog with what was typed still there; the service checks again.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input

from canvass.domain.team import TEAM_NAME_MAX, check_team_name
from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.screens.team_dialogs import _DIALOG_CSS, _keys
from canvass.ui.text import Plain, literal


class TeamNameDialog(ModalScreen[tuple[str | None] | None]):
    """Dismisses with ``(name,)`` (``(None,)``: no team), or None when cancelled."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="TeamNameDialog")
    BINDINGS: ClassVar[list[BindingType]] = _keys("team.team_name", "save")

    def __init__(self, initials: str, current: str | None, known: list[str]) -> None:
        super().__init__()
        localise_bindings(self)
        self._initials, self._current, self._known = initials, current, known

    def compose(self) -> ComposeResult:
        with Vertical(classes="team-dialog") as dialog:
            dialog.border_title = literal(t("teams.dialog.title", initials=self._initials))
            yield Plain(t("teams.dialog.label"), classes="team-label")
            yield Input(
                self._current or "",
                id="team-team-name",
                compact=True,
                max_length=TEAM_NAME_MAX,
                suggester=SuggestFromList(self._known, case_sensitive=False),
            )
            known = ", ".join(self._known) if self._known else t("teams.error.none_known")
            yield Plain(t("teams.dialog.known", known=known), classes="team-label")
            yield Plain("", id="team-error", classes="team-error")
            yield KeyLine("team.team_name.", id="team-name-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_save(self) -> None:
        """Save the name as typed, or say what is wrong (the text stays)."""
        try:
            name = check_team_name(self.query_one(Input).value)
        except ValueError as error:
            self.query_one("#team-error", Plain).update(str(error))
            return
        self.dismiss((name,))

    def action_cancel(self) -> None:
        """Close without changing the team."""
        self.dismiss(None)
