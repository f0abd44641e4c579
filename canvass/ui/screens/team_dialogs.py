"""The team screen's dialogs: add a person, choose a buddy, choose a role.

Each checks what it can before closing (initials, name, initials taken), so a mistake is
shown in the dialog with everything typed still there; the service checks again.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from canvass.domain.consultant import MeError, check_me
from canvass.domain.sparring import Role
from canvass.domain.team import role_label
from canvass.i18n import t
from canvass.services.team import TeamMember, team_key
from canvass.ui.bindings import localise_bindings
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.text import Plain, literal

_DIALOG_CSS = """
    {name} {{ align: center middle; }}
    {name} .team-dialog {{
        width: 64; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }}
    {name} .team-label {{ margin-top: 1; color: $text-muted; }}
    {name} Input {{ background: $boost; }}
    {name} OptionList, {name} OptionList:focus {{
        height: auto; max-height: 12; margin-top: 1; border: none;
    }}
    {name} .team-error {{ color: $error; height: auto; }}
    {name} .team-keys {{ height: 1; margin-top: 1; color: $text-muted; }}
"""


def _keys(prefix: str, save: str) -> list[BindingType]:
    return [
        Binding("enter", save, f"team.dialog.key.{save}", key_display="⏎",
                id=f"{prefix}.{save}", priority=True),
        Binding("escape", "cancel", "team.dialog.key.cancel", key_display="esc",
                id=f"{prefix}.cancel"),
    ]  # fmt: skip


class AddPersonDialog(ModalScreen[tuple[str, str, Role] | None]):
    """Initials, full name and role of a new person; dismisses with them, or None."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="AddPersonDialog")
    BINDINGS: ClassVar[list[BindingType]] = _keys("team.add", "save")

    def __init__(self, taken: dict[str, str]) -> None:
        """``taken``: the initials on the team now, with their names."""
        super().__init__()
        localise_bindings(self)
        self._taken = taken

    def compose(self) -> ComposeResult:
        with Vertical(classes="team-dialog") as dialog:
            dialog.border_title = literal(t("team.add.title"))
            yield Plain(t("team.add.initials"), classes="team-label")
            yield Input(id="team-initials", compact=True, max_length=8)
            yield Plain(t("team.add.name"), classes="team-label")
            yield Input(id="team-name", compact=True, max_length=120)
            yield Plain(t("team.add.role"), classes="team-label")
            yield OptionList(
                *(Option(role_label(role.value), id=role.value) for role in Role),
                id="team-role",
                markup=False,
            )
            yield Plain("", id="team-error", classes="team-error")
            yield KeyLine("team.add.", id="team-add-keys")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0
        self.query_one("#team-initials", Input).focus()

    def _problem(self, message: str, field: str) -> None:
        self.query_one("#team-error", Plain).update(message)
        self.query_one(f"#{field}").focus()

    def action_save(self) -> None:
        """Add the person as typed, or say what is wrong (nothing typed is lost)."""
        initials = self.query_one("#team-initials", Input).value
        name = self.query_one("#team-name", Input).value
        try:
            key = team_key(initials)
        except ValueError as error:
            self._problem(str(error), "team-initials")
            return
        if key in self._taken:
            self._problem(
                t("team.error.exists", initials=key, name=self._taken[key]), "team-initials"
            )
            return
        try:
            clean = check_me(name).name
        except MeError as error:
            self._problem(error.message, "team-name")
            return
        options = self.query_one(OptionList)
        index = options.highlighted or 0
        self.dismiss((key, clean, Role(options.get_option_at_index(index).id or "consultant")))

    def action_cancel(self) -> None:
        """Close without adding anyone."""
        self.dismiss(None)


class ChoiceDialog(ModalScreen[str | None]):
    """Choose one of a few options; dismisses with the chosen option's id, or None."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ChoiceDialog")
    BINDINGS: ClassVar[list[BindingType]] = _keys("team.choice", "choose")

    def __init__(self, title: str, options: list[tuple[str, str]], current: str | None) -> None:
        """``options``: (id, label) pairs; ``current`` is highlighted first."""
        super().__init__()
        localise_bindings(self)
        self._title = title
        self._options = options
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="team-dialog") as dialog:
            dialog.border_title = literal(self._title)
            yield OptionList(
                *(Option(label, id=option_id) for option_id, label in self._options),
                id="team-choices",
                markup=False,
            )
            yield KeyLine("team.choice.", id="team-choice-keys")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [option_id for option_id, _ in self._options]
        options.highlighted = ids.index(self._current) if self._current in ids else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_choose(self) -> None:
        """Take the highlighted option."""
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)


def buddy_choices(person: TeamMember, people: list[TeamMember]) -> list[tuple[str, str]]:
    """Everyone but ``person`` as (id, label), each with who they spar with now."""
    choices = []
    for other in people:
        if other.id == person.id:
            continue
        name = f"{other.initials:<5} {other.name}"
        if other.buddy_id == person.id:
            name = t("team.pair.current", name=name)
        elif other.buddy_initials:
            name = t("team.pair.has_buddy", name=name, buddy=other.buddy_initials)
        choices.append((str(other.id), name))
    return choices


def role_choices() -> list[tuple[str, str]]:
    """The roles as (value, label)."""
    return [(role.value, role_label(role.value)) for role in Role]
