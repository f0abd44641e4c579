"""The team: everyone with their role and buddy, and the highlighted person's pair history.

Trainers and team leads add people (``n``), pair (``p``), unpair (``u``), change roles
(``r``) and put people in teams (``h``, "hold"); everyone else sees the team read-only
(the keys are not offered, and the service refuses anyway). While the team has no
trainer or team lead, anyone may set it up. Reads and writes run in thread workers;
the screen never holds ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Header
from textual.worker import Worker

from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied
from canvass.domain.team import role_label
from canvass.i18n import t
from canvass.safe_text import printable
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.followup_format import cell, date_text
from canvass.ui.formatting import LOCAL_TZ
from canvass.ui.screens.team_dialogs import (
    AddPersonDialog,
    ChoiceDialog,
    buddy_choices,
    role_choices,
)
from canvass.ui.text import Plain, safe_cell
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from collections.abc import Callable

    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo
    from canvass.services.team import PairSpan, TeamMember

_K = "team"
#: Width of each column: initials, name, role, buddy, since, team.
_WIDTHS = (6, 20, 10, 7, 10, 12)
_CHANGES = frozenset({"add", "pair", "unpair", "role", "team_name"})


def since_text(moment: datetime | None) -> str:
    """The day a pair started, in Danish order (``"9/9/2026"``), or nothing."""
    return "" if moment is None else date_text(moment.astimezone(LOCAL_TZ).date())


def history_lines(person: TeamMember, spans: list[PairSpan]) -> Text:
    """The person's pairs, the newest first: ``MK (Mads Kristensen) · fra 9/9/2026 · nu``."""
    lines = [Text(t("team.history.title", initials=person.initials), style="bold")]
    if not spans:
        lines.append(Text(t("team.history.none", initials=person.initials), style="dim"))
    for span in spans:
        values = {
            "buddy": printable(span.buddy_initials),
            "name": printable(span.buddy_name),
            "start": since_text(span.started_at),
            "end": since_text(span.ended_at),
        }
        if span.ended_at is None:
            lines.append(Text(t("team.history.open", **values)))
        else:
            lines.append(Text(t("team.history.closed", **values), style="dim"))
    return Text("\n").join(lines)


class TeamScreen(Screen[None]):
    """People, roles and buddy pairs; ``me`` is who is at the keyboard."""

    DEFAULT_CSS = """
    TeamScreen #team-bar { height: 1; padding: 0 1; background: $boost; }
    TeamScreen #team-table { height: 1fr; margin-top: 1; scrollbar-size-vertical: 1; }
    TeamScreen #team-history {
        height: auto; max-height: 8; padding: 0 1; border-top: solid $primary 40%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "team.key.back", key_display="esc", id="team.back",
                tooltip="team.key.back.tip"),
        key(_K, "n", "add", "add"),
        key(_K, "p", "pair", "pair"),
        key(_K, "u", "unpair", "unpair"),
        key(_K, "r", "role", "role"),
        key(_K, "h", "team_name", "team_name"),
        key(_K, "s", "sparring", "sparring"),  # trainers: read the person's sparring
    ]  # fmt: skip

    @dataclass
    class Loaded(Message):
        """The team as read by the loading thread."""

        generation: int
        people: list[TeamMember] = field(default_factory=list)
        may_manage: bool = False
        setting_up: bool = False

    @dataclass
    class HistoryLoaded(Message):
        """One person's pair history."""

        person: TeamMember
        spans: list[PairSpan] = field(default_factory=list)

    @dataclass
    class Written(Message):
        """A change was saved (``text``) or refused (``error``)."""

        text: str = ""
        error: str = ""

    def __init__(self, services: Services, me: ConsultantInfo) -> None:
        super().__init__()
        localise_bindings(self)
        self._services = services
        self._me = me
        self._generation = 0
        self._people: list[TeamMember] = []
        self.may_manage = False
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Plain(t("team.loading"), id="team-bar")
        yield DataTable(id="team-table", cursor_type="row", zebra_stripes=True)
        yield Plain("", id="team-history")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("team.title")
        table = self.query_one(DataTable)
        for name, width in zip(
            ("initials", "name", "role", "buddy", "since", "team"), _WIDTHS, strict=True
        ):
            table.add_column(Text(t(f"team.col.{name}")), width=width)
        table.focus()
        self.reload()

    # Loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the team again (in a thread); older reads still running are ignored."""
        self._generation += 1
        self._load(self._generation)

    @work(thread=True, exclusive=True, exit_on_error=False, group="team-load")
    def _load(self, generation: int) -> None:
        team = self._services.team
        people = team.people()
        self.post_message(
            self.Loaded(generation, people, team.may_manage(self._me.id), team.setting_up())
        )

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return  # a newer read is on its way
        table = self.query_one(DataTable)
        current = self.selected()
        table.clear()
        self._people = message.people
        for person in message.people:
            cells = (
                cell(person.initials, "bold" if person.id == self._me.id else ""),
                cell(person.name),
                cell(role_label(person.role)),
                cell(person.buddy_initials or "–"),
                cell(since_text(person.paired_since)),
                cell(person.team or "–"),
            )
            table.add_row(*map(safe_cell, cells), key=str(person.id))
        ids = [person.id for person in message.people]
        start = current.id if current is not None else self._me.id
        if ids:
            table.move_cursor(row=ids.index(start) if start in ids else 0)
        self.may_manage = message.may_manage
        self.query_one("#team-bar", Plain).update(self._bar(message))
        self.loaded = True
        self.refresh_bindings()
        self._show_history()

    def _bar(self, message: Loaded) -> str:
        pairs = sum(1 for p in message.people if p.buddy_id is not None) // 2
        text = t("team.bar", count=len(message.people), pairs=pairs)
        if message.setting_up:
            return text + t("team.bar.setup")
        return text if message.may_manage else text + t("team.bar.read_only")

    def selected(self) -> TeamMember | None:
        """The highlighted person, or None while the table is empty."""
        table = self.query_one(DataTable)
        if table.row_count == 0 or not 0 <= table.cursor_row < len(self._people):
            return None
        return self._people[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _show_history(self) -> None:
        person = self.selected()
        if person is not None:
            self._load_history(person)

    @work(thread=True, exclusive=True, exit_on_error=False, group="team-history")
    def _load_history(self, person: TeamMember) -> None:
        self.post_message(self.HistoryLoaded(person, self._services.team.pair_history(person.id)))

    @on(HistoryLoaded)
    def _history_loaded(self, message: HistoryLoaded) -> None:
        shown = self.selected()
        if shown is not None and shown.id == message.person.id:
            self.query_one("#team-history", Plain).update(
                history_lines(message.person, message.spans)
            )

    # Changing ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "sparring":  # a trainer reads everyone's reviews (the service agrees)
            return self._me.role == Role.TRAINER.value and self.selected() is not None
        if action not in _CHANGES:
            return True
        if not self.may_manage:
            return False  # read-only: the keys are not offered
        if action in {"pair", "unpair", "role", "team_name"} and self.selected() is None:
            return None
        if action == "unpair":
            person = self.selected()
            return True if person is not None and person.buddy_id is not None else None
        return True

    @work(thread=True, exit_on_error=False, group="team-write")
    def _write(self, change: Callable[[], object], done: str) -> None:
        try:
            change()
        except (AccessDenied, ValueError, LookupError) as error:  # the service's refusal
            self.post_message(self.Written(error=str(error.args[0]) if error.args else ""))
            return
        self.post_message(self.Written(text=done))

    @on(Written)
    def _written(self, message: Written) -> None:
        if message.error:
            self.notify(message.error, title=t("team.not_saved"), severity="error")
        else:
            self.notify(message.text, title=t("team.saved"))
        self.reload()

    def action_sparring(self) -> None:
        """Read the highlighted person's sparring: their reviews, commitments and trend."""
        if (person := self.selected()) is not None:
            self._open_sparring(person.initials)

    @work(thread=True, exit_on_error=False, group="team-sparring")
    def _open_sparring(self, initials: str) -> None:
        info = self._services.consultants.consultant(initials)
        if info is not None:
            self.app.call_from_thread(self._show_sparring, info)

    def _show_sparring(self, whose: ConsultantInfo) -> None:
        from canvass.ui.screens.feedback import FeedbackScreen

        app = self.app
        rubrics = getattr(getattr(app, "library", None), "rubrics", None)
        clock = getattr(app, "clock", None) or (lambda: datetime.now(UTC))
        app.push_screen(
            FeedbackScreen(self._services, self._me, clock, rubrics=rubrics, consultant=whose)
        )

    def action_add(self) -> None:
        """Add a person (initials, full name, role)."""
        taken = {person.initials: person.name for person in self._people}

        def added(typed: tuple[str, str, Role] | None) -> None:
            if typed is not None:
                initials, name, role = typed
                self._write(
                    lambda: self._services.team.add_person(initials, name, role, by=self._me.id),
                    t("team.done.added", initials=initials),
                )

        self.app.push_screen(AddPersonDialog(taken), added)

    def action_pair(self) -> None:
        """Give the highlighted person a (new) buddy; their earlier pair ends."""
        person = self.selected()
        if person is None:
            return
        by_id = {str(other.id): other for other in self._people}

        def chosen(choice: str | None) -> None:
            if choice is None or choice not in by_id:
                return
            other = by_id[choice]
            self._write(
                lambda: self._services.team.pair(person.id, other.id, by=self._me.id),
                t("team.done.paired", first=person.initials, second=other.initials),
            )

        title = t("team.pair.title", initials=person.initials)
        current = str(person.buddy_id) if person.buddy_id is not None else None
        self.app.push_screen(
            ChoiceDialog(title, buddy_choices(person, self._people), current), chosen
        )

    def action_unpair(self) -> None:
        """End the highlighted person's buddy pair (it stays in the history)."""
        person = self.selected()
        if person is None or person.buddy_id is None:
            return
        self._write(
            lambda: self._services.team.unpair(person.id, by=self._me.id),
            t("team.done.unpaired", initials=person.initials),
        )

    def action_role(self) -> None:
        """Change the highlighted person's role."""
        person = self.selected()
        if person is None:
            return

        def chosen(choice: str | None) -> None:
            if choice is not None and choice != person.role:
                role = Role(choice)
                self._write(
                    lambda: self._services.team.set_role(person.id, role, by=self._me.id),
                    t("team.done.role", initials=person.initials, role=role_label(role.value)),
                )

        title = t("team.role_dialog.title", initials=person.initials)
        self.app.push_screen(ChoiceDialog(title, role_choices(), person.role), chosen)

    def action_team_name(self) -> None:
        """Put the highlighted person in a team (a new name makes a new team), or none."""
        from canvass.ui.screens.team_name_dialog import TeamNameDialog

        person = self.selected()
        if person is None:
            return
        known = sorted({p.team for p in self._people if p.team}, key=str.casefold)

        def chosen(typed: tuple[str | None] | None) -> None:
            if typed is not None and typed[0] != person.team:
                name = typed[0]
                done = (t("teams.done.joined", initials=person.initials, team=name) if name
                        else t("teams.done.left", initials=person.initials))  # fmt: skip
                self._write(
                    lambda: self._services.team.set_team(person.id, name, by=self._me.id), done
                )

        self.app.push_screen(TeamNameDialog(person.initials, person.team, known), chosen)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def action_back(self) -> None:
        """Back to where the screen was opened from."""
        self.dismiss(None)
