"""The app's part that knows who is calling: initials, name, phone and e-mail, resume offer.

A base class of :class:`canvass.ui.app.CanvassApp` (kept apart so the app module stays
small). The first start asks for the initials and right after them for the full name;
``ctrl+u`` on the call list (or "Mine oplysninger" in the palette) edits them later.
The call list's title bar also names the consultant's buddy ("Makker: MK (Mads
Kristensen)"); "Holdet" in the palette opens the team screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

from canvass.config import write_config_value
from canvass.i18n import t
from canvass.safe_text import printable
from canvass.ui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from canvass.config import Settings
    from canvass.domain.consultant import Me
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo, OpenCall
    from canvass.services.team import TeamMember
    from canvass.ui.screens.call_list import CallList


class ConsultantApp(App[None]):
    """Who is calling; :class:`CanvassApp` sets the attributes below."""

    settings: Settings
    services: Services
    call_list: CallList
    consultant: ConsultantInfo | None
    #: What to do once the consultant is known (a call chosen while starting).
    when_known: Callable[[], None] | None = None

    def start_call(self, company_id: int, resume: OpenCall | None = None) -> None:
        raise NotImplementedError  # pragma: no cover - CanvassApp has it

    def _initials_chosen(self, initials: str | None) -> None:
        if initials:
            self._show_consultant(initials, None)
            self._load_consultant(initials, remember=True)

    @work(thread=True, exit_on_error=False, group="consultant")
    def _load_consultant(self, initials: str, *, remember: bool) -> None:
        """Remember new initials (config file and database), then look up the name."""
        if remember:
            write_config_value(self.settings.config_file, "user", initials)
        info = self.services.consultants.ensure_consultant(
            initials
        )  # the existing one, or a new one
        self.call_from_thread(self._consultant_known, info)
        self.call_from_thread(self._buddy_known, self.services.team.buddy_of(info.id))
        if remember and info.name == info.initials:  # new here: ask for the full name
            self.call_from_thread(self._edit_me, True)
        unfinished = self.services.calls.open_call(info.id)
        if unfinished is not None:
            self.call_from_thread(self._offer_resume, unfinished)

    def _consultant_known(self, info: ConsultantInfo) -> None:
        self.consultant = info
        self._show_consultant(info.initials, info.name)
        self.call_list.set_consultant_id(info.id)
        pending, self.when_known = self.when_known, None
        if pending is not None:  # a call chosen while the app was still starting
            pending()

    @work(thread=True, exclusive=True, exit_on_error=False, group="buddy")
    def _load_buddy(self, me: ConsultantInfo) -> None:
        """After the team screen: my buddy (and my role) may have changed there."""
        fresh = self.services.consultants.consultant(me.initials)
        self.call_from_thread(self._buddy_known, self.services.team.buddy_of(me.id), fresh)

    def _buddy_known(self, buddy: TeamMember | None, me: ConsultantInfo | None = None) -> None:
        self.buddy = buddy
        if me is not None and self.consultant is not None and me.id == self.consultant.id:
            self.consultant = me  # the same person, with their role and buddy as stored now
        if self.consultant is not None:
            self._show_consultant(self.consultant.initials, self.consultant.name)

    #: The consultant's buddy, named in the call list's title bar (None: no buddy).
    buddy: TeamMember | None = None

    def _show_consultant(self, initials: str | None, name: str | None) -> None:
        if initials is None:
            who = t("app.no_consultant")
        elif name and name != initials:
            who = t("app.consultant", initials=initials, name=name)
        else:
            who = initials
        self.sub_title = printable(
            t("app.sub_title", organisation=self.settings.organisation, consultant=who)
        )
        self.call_list.consultant = who
        self.call_list.initials = initials or ""
        buddy = self.buddy if initials is not None else None
        self.call_list.sub_title = (  # None: the app's title, as on every other screen
            None
            if buddy is None
            else printable(
                f"{self.sub_title} · "
                + t("team.buddy_line", initials=buddy.initials, name=buddy.name)
            )
        )

    def action_team(self) -> None:
        """The team: people, roles and buddy pairs (changed by trainers and team leads)."""
        from canvass.ui.screens.team import TeamScreen  # seldom opened: imported on demand

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
        elif not isinstance(self.screen, TeamScreen):
            self.push_screen(TeamScreen(self.services, self.consultant), self._team_closed)

    def _team_closed(self, _result: object = None) -> None:
        if self.consultant is not None:  # the buddy may have changed there
            self._load_buddy(self.consultant)

    def action_me(self) -> None:
        """Edit my name, phone and e-mail (used by the scripts' merge fields)."""
        self._edit_me(False)

    def _edit_me(self, first_start: bool) -> None:
        from canvass.ui.screens.me import MeScreen

        if self.consultant is None:
            self.notify(t("app.no_consultant_yet"), severity="warning")
        elif not isinstance(self.screen, MeScreen):
            consultant_id = self.consultant.id

            def done(me: Me | None) -> None:
                if me is not None:
                    self._save_me(consultant_id, me)

            self.push_screen(MeScreen(self.consultant, first_start=first_start), done)

    @work(thread=True, exclusive=True, exit_on_error=False, group="me")
    def _save_me(self, consultant_id: int, me: Me) -> None:
        info = self.services.consultants.update_me(consultant_id, me)
        self.call_from_thread(self._consultant_known, info)
        self.call_from_thread(self.notify, t("me.saved"))

    def _offer_resume(self, unfinished: OpenCall) -> None:
        def answered(resume: bool | None) -> None:
            if resume:
                self.start_call(unfinished.company_id, resume=unfinished)

        self.push_screen(
            ConfirmScreen(
                t("resume.title"),
                t("resume.question", name=unfinished.company_name),
                t("resume.yes"),
                t("resume.no"),
            ),
            answered,
        )
