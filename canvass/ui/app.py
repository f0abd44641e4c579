"""The canvass Textual app: wiring, global keys, the first screen. Behaviour lives in screens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.worker import Worker

from canvass.config import Settings
from canvass.i18n import t
from canvass.services import Services, Writer
from canvass.ui.app_hub import HubApp
from canvass.ui.app_review import ReviewApp
from canvass.ui.app_safety import SafetyApp
from canvass.ui.app_sparring import ObserveApp
from canvass.ui.app_stats import StatsApp
from canvass.ui.bindings import localise_bindings
from canvass.ui.commands import CanvassCommands
from canvass.ui.feedback import report_failure
from canvass.ui.palette import Palette
from canvass.ui.screens.call_list import CallList

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Store
    from canvass.services.rows import ConsultantInfo, OpenCall


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CanvassApp(SafetyApp, ObserveApp, ReviewApp, HubApp, StatsApp):
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
        observe: str | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self.settings = settings
        self.services = Services.of(store)  # the app's one door to the data
        self.library = library
        self.clock = clock or _utc_now
        # Every call event goes through this one ordered writer, off the UI thread.
        self.writer = Writer(on_error=self._write_failed, on_saved=self._saved_again)
        self.call_list = CallList(
            self.services,
            self.clock,
            organisation=settings.organisation,
            library=library,
            recent_days=settings.recent_days,
            goals=(settings.daily_goal_calls, settings.daily_goal_meetings),
            writer=self.writer,
        )
        self.consultant: ConsultantInfo | None = None
        self.late_errors: list[str] = []
        self.closing = False
        self._observe_on_start = observe  # `canvass observe AB`: follow AB at once

    def on_mount(self) -> None:
        self.push_screen(self.call_list)
        from canvass.ui.content_watch import ContentWatch

        ContentWatch(self).start()  # published changes reach the next call (~2 s)
        if self.settings.user is None:
            from canvass.ui.screens.initials import InitialsScreen  # only on the first start

            self._show_consultant(None, None)
            self.push_screen(InitialsScreen(), self._initials_chosen)
        else:
            self._show_consultant(self.settings.user, None)
            self._load_consultant(self.settings.user, remember=False)
            if self._observe_on_start:
                self.open_observer(self._observe_on_start)
        if self.library.problems:
            first = self.library.problems[0]
            self.notify(
                t("problems.toast", count=len(self.library.problems), path=first.path),
                title=t("problems.toast.title"),
                severity="warning",
                timeout=10,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    # Screens and actions ---------------------------------------------------------------

    @on(CallList.CompanyChosen)
    def _company_chosen(self, event: CallList.CompanyChosen) -> None:
        self.start_call(event.company_id, script_id=event.script_id, dial=event.dial)

    def start_call(
        self,
        company_id: int,
        resume: OpenCall | None = None,
        *,
        script_id: str | None = None,
        dial: bool = False,
    ) -> None:
        """Open the call screen for a company (or resume an unfinished call).

        ``script_id`` is the chosen call list's script, preferred over the segment rule;
        ``dial`` dials the number as soon as the call is open.
        """
        from canvass.ui.screens.call_screen import CallScreen

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
            return
        screen = CallScreen(
            services=self.services,
            library=self.library,
            writer=self.writer,
            clock=self.clock,
            consultant=self.consultant,
            company_id=company_id,
            organisation=self.settings.organisation,
            resume=resume,
            preferred_script=script_id,
            dial=self.settings.dial,
            dial_on_open=dial,
        )
        self.push_screen(screen, self._call_ended)

    def _call_ended(self, company_id: int | None) -> None:
        if company_id is None:
            return
        self.call_list.call_finished(company_id)

    def on_unmount(self) -> None:
        self.closing = True  # what the writer reports from now on is printed afterwards
        self.writer.close()

    def action_help(self) -> None:
        """Show every key of the current screen and the global ones."""
        from canvass.ui.screens.help import HelpScreen, group_keys

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(group_keys(self, self.screen.active_bindings.values())))

    def action_search(self) -> None:
        """Go to the call list and put the cursor in its search field."""
        if self.screen is not self.call_list:
            return
        self.call_list.action_focus_search()

    def _on_call_list(self, action: Callable[[], None]) -> None:
        """Run a call-list action from anywhere (the palette): go to the list first."""
        from canvass.ui.screens.call_screen import CallScreen

        while self.screen is not self.call_list and len(self.screen_stack) > 1:
            if isinstance(self.screen, CallScreen):
                return  # never leave a call for this
            self.pop_screen()
        action()

    def action_choose_list(self) -> None:
        """Choose the call list to work."""
        self._on_call_list(self.call_list.action_choose_list)

    def action_import(self) -> None:
        """Import companies from a CSV file."""
        self._on_call_list(self.call_list.action_import)

    def action_export(self) -> None:
        """Export meetings (.ics) or calls (.csv)."""
        self._on_call_list(self.call_list.action_export)

    def action_problems(self) -> None:
        """List every problem in the scripts and objections."""
        from canvass.ui.screens.problems import ProblemsScreen

        if not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(self.library.problems))

    def action_edit_content(self) -> None:
        """The content editor (trainers: scripts, objections, rubrics)."""
        from canvass.ui.screens.editor import EditorScreen

        me = self.consultant
        if me is None or me.role != "trainer" or isinstance(self.screen, EditorScreen):
            return
        args = (self.services, me, self.library, self.clock, self.settings)
        self.push_screen(EditorScreen(*args))

    def action_command_palette(self) -> None:
        """Textual's command palette, with a Danish prompt."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "problems":
            return bool(self.library.problems)  # hide the key when there is nothing to show
        if action == "follow_buddy":
            return self.follow_buddy_allowed()
        if action == "sparring":
            return self.sparring_allowed()
        if action == "stats":
            return self.stats_allowed()
        return True
