"""The canvass Textual app: wiring, global keys, the first screen. Behaviour lives in screens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.worker import Worker

from canvass.config import Settings, write_config_value
from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.commands import CanvassCommands
from canvass.ui.feedback import report_failure
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.help import HelpScreen, group_keys
from canvass.ui.screens.initials import InitialsScreen
from canvass.ui.screens.problems import ProblemsScreen

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.store import Store


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CanvassApp(App[None]):
    """The phone-session app. Everything it needs is passed in; nothing is global."""

    TITLE = "canvass"
    CSS_PATH = "canvass.tcss"
    COMMANDS: ClassVar = {CanvassCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "question_mark",
            "help",
            "key.help",
            key_display="?",
            id="app.help",
            tooltip="key.help.tip",
        ),
        Binding("f1", "help", "key.help", show=False, id="app.help_f1", tooltip="key.help.tip"),
        Binding(
            "ctrl+p",
            "command_palette",
            "key.palette",
            show=False,  # the footer shows the palette key on its right anyway
            priority=True,
            id="app.command_palette",
            tooltip="key.palette.tip",
        ),
        Binding(
            "ctrl+e", "problems", "key.problems", id="app.problems", tooltip="key.problems.tip"
        ),
        Binding("q", "quit", "key.quit", id="app.quit", tooltip="key.quit.tip"),
    ]

    def __init__(
        self,
        settings: Settings,
        store: Store,
        library: Library,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self.settings = settings
        self.store = store
        self.library = library
        self.clock = clock or _utc_now
        self.call_list = CallList(store, self.clock, organisation=settings.organisation)

    def on_mount(self) -> None:
        self.push_screen(self.call_list)
        if self.settings.user is None:
            self._show_consultant(None, None)
            self.push_screen(InitialsScreen(), self._initials_chosen)
        else:
            self._show_consultant(self.settings.user, None)
            self._load_consultant(self.settings.user, remember=False)
        if self.library.problems:
            first = self.library.problems[0]
            self.notify(
                t("problems.toast", count=len(self.library.problems), path=first.path),
                title=t("problems.toast.title"),
                severity="warning",
                timeout=10,
            )

    # Who is calling --------------------------------------------------------------------

    def _initials_chosen(self, initials: str | None) -> None:
        if initials:
            self._show_consultant(initials, None)
            self._load_consultant(initials, remember=True)

    @work(thread=True, exit_on_error=False, group="consultant")
    def _load_consultant(self, initials: str, *, remember: bool) -> None:
        """Remember new initials (config file and database), then look up the name."""
        if remember:
            write_config_value(self.settings.config_file, "user", initials)
            self.store.ensure_consultant(initials)
        info = self.store.consultant(initials)
        self.call_from_thread(self._show_consultant, initials, info.name if info else None)

    def _show_consultant(self, initials: str | None, name: str | None) -> None:
        if initials is None:
            who = t("app.no_consultant")
        elif name and name != initials:
            who = t("app.consultant", initials=initials, name=name)
        else:
            who = initials
        self.sub_title = t("app.sub_title", organisation=self.settings.organisation, consultant=who)
        self.call_list.consultant = who

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    # Screens and actions ---------------------------------------------------------------

    @on(CallList.CompanyChosen)
    def _company_chosen(self, event: CallList.CompanyChosen) -> None:
        # The call screen is a later step; until then say where it will start.
        self.notify(t("app.chosen", name=event.name))

    def action_help(self) -> None:
        """Show every key of the current screen and the global ones."""
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(group_keys(self, self.screen.active_bindings.values())))

    def action_search(self) -> None:
        """Go to the call list and put the cursor in its search field."""
        if self.screen is not self.call_list:
            return
        self.call_list.action_focus_search()

    def action_problems(self) -> None:
        """List every problem in the scripts and objections."""
        if not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(self.library.problems))

    def action_command_palette(self) -> None:
        """Textual's command palette, with a Danish prompt."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                CommandPalette(id="--command-palette", placeholder=t("cmd.placeholder"))
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "problems":
            return bool(self.library.problems)  # hide the key when there is nothing to show
        return True
