"""The canvass Textual app: wiring, global keys, the first screen. Behaviour lives in screens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.binding import Binding, BindingType
from textual.worker import Worker

from canvass.i18n import t
from canvass.launcher import release as release_collector
from canvass.ui.app_boot import BootApp
from canvass.ui.app_hub import HubApp
from canvass.ui.app_list_actions import ListActionsApp, palette_commands
from canvass.ui.app_review import ReviewApp
from canvass.ui.app_safety import SafetyApp
from canvass.ui.app_sparring import ObserveApp
from canvass.ui.app_stats import StatsApp
from canvass.ui.bindings import localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.screens.call_list import CallList

if TYPE_CHECKING:
    from canvass.config import Settings
    from canvass.content.validate import Library
    from canvass.services import Services, Store
    from canvass.services.rows import ConsultantInfo, OpenCall


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CanvassApp(BootApp, ListActionsApp, SafetyApp, ObserveApp, ReviewApp, HubApp, StatsApp):
    """The phone-session app. Everything it needs is passed in; nothing is global.

    Without a store and a library (the command line) it paints first and opens them in
    a thread (:class:`~canvass.ui.app_boot.BootApp`)."""

    TITLE = "canvass"
    CSS_PATH = "canvass.tcss"
    COMMANDS: ClassVar = {palette_commands}  # loaded when the palette first opens
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
        store: Store | None = None,
        library: Library | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        observe: str | None = None,
    ) -> None:
        from canvass.services import Writer
        from canvass.services.late import LateServices

        super().__init__()
        localise_bindings(self)
        self.settings = settings
        late = LateServices()  # the app's one door to the data; here at once in tests
        if store is not None and library is not None:
            from canvass.services import Services

            late.arrive(Services.of(store))
            self.library = library
        self.services = cast("Services", late)
        self.clock = clock or _utc_now
        # Every call event goes through this one ordered writer, off the UI thread.
        self.writer = Writer(on_error=self._write_failed, on_saved=self._saved_again)
        self.call_list = CallList(
            self.services,
            self.clock,
            organisation=settings.organisation,
            library=library if late.arrived else None,
            recent_days=settings.recent_days,
            goals=(settings.daily_goal_calls, settings.daily_goal_meetings),
            writer=self.writer,
        )
        self.consultant: ConsultantInfo | None = None
        self.late_errors: list[str] = []
        self.closing = False
        self._observe_on_start = observe  # `canvass observe AB`: follow AB at once
        self._boot_with = None if late.arrived else (late, store, library)
        self._late, self.booted = late, late.arrived

    def on_mount(self) -> None:
        if self._boot_with is not None:
            kept, shown = self.kept_page()
            self.call_list.keep_first_page(kept, shown)
            # With a kept page to show, open the database once it is painted: the boot's
            # imports would hold the interpreter while the first frame is drawn.
            boot = self._boot_with
            later = self.call_after_refresh if shown is not None else self.call_next
            later(lambda: self.start_boot(*boot))
        self.push_screen(self.call_list)
        if self.settings.user is None:
            from canvass.ui.screens.initials import InitialsScreen  # only on the first start

            self._show_consultant(None, None)
            self.push_screen(InitialsScreen(), self._initials_chosen)
        else:
            self._show_consultant(self.settings.user, None)
            self._load_consultant(self.settings.user, remember=False)
        if self._boot_with is None:
            self.after_boot()
        self.call_after_refresh(release_collector)  # held while starting (canvass.launcher)

    def after_boot(self) -> None:
        """The data layer and the scripts are here: watch the content, follow a colleague
        (``canvass observe``), say what is wrong in the scripts."""
        from canvass.ui.content_watch import ContentWatch

        ContentWatch(self).start()  # published changes reach the next call (~2 s)
        if self._observe_on_start and self.settings.user is not None:
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
            if self.settings.user is None:
                self.notify(t("app.no_consultant_yet"), severity="warning")
            else:  # still loading (at start): the call opens as soon as we know who calls
                self.when_known = lambda: self.start_call(
                    company_id, resume, script_id=script_id, dial=dial
                )
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
        self.stop_boot()
        self.closing = True  # what the writer reports from now on is printed afterwards
        self.writer.close()

    def action_help(self) -> None:
        """Show every key of the current screen and the global ones."""
        from canvass.ui.screens.help import HelpScreen, group_keys

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(group_keys(self, self.screen.active_bindings.values())))

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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.booted and action in ("problems", "command_palette"):
            return False  # the scripts and the services are not here yet
        if action == "problems":
            return bool(self.library.problems)  # hide the key when there is nothing to show
        if action == "follow_buddy":
            return self.follow_buddy_allowed()
        if action == "sparring":
            return self.sparring_allowed()
        if action == "stats":
            return self.stats_allowed()
        return True
