"""The app's part that keeps what was typed: literal toasts, save failures, and quitting
that asks while anything is still open. A base of :class:`canvass.ui.app.CanvassApp`.

``q`` quits at once only when nothing would be lost or left hanging; it asks when a call
is open (on screen or left unfinished, e.g. after "later" on the resume prompt), when a
dialog holds typed text (a draft), or when a write is not saved yet.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from textual import work
from textual.notifications import SeverityLevel
from textual.widgets import Input

from canvass.errors import StoreError
from canvass.i18n import t
from canvass.ui.app_consultant import ConsultantApp
from canvass.ui.feedback import error_text
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.text import printable

if TYPE_CHECKING:
    from canvass.services import Writer
    from canvass.ui.screens.call_screen import CallScreen


class SafetyApp(ConsultantApp):
    """Toasts, save failures and the quit guard; :class:`CanvassApp` sets ``writer``."""

    writer: Writer
    late_errors: list[str]
    closing: bool

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast is literal text: messages quote company names, files and values
        (a name like ``[@click=app.quit]`` must not become an action)."""
        super().notify(
            printable(message), title=printable(title), severity=severity, timeout=timeout,
            markup=False,
        )  # fmt: skip

    def _write_failed(self, error: BaseException) -> None:
        """The writer thread could not save: say so clearly (the call stays open).

        A busy database or a full disk is retried by the writer: "not saved yet"."""
        message = error_text(error)
        retrying = isinstance(error, StoreError) and error.retryable
        title = t("app.save_retrying" if retrying else "app.save_failed")
        # call_later posts a message (thread-safe) and never waits: the UI thread may be
        # waiting for the writer itself (flush on quit), and call_from_thread would deadlock.
        if self.closing or not self.call_later(
            self.notify, message, title=title, severity="error", timeout=20
        ):
            self.late_errors.append(message)  # closed: the launcher prints these afterwards

    def _saved_again(self) -> None:
        """The writer caught up after a failure (called on the writer thread; never waits)."""
        self.call_later(self.notify, t("app.saved_again"))

    async def action_quit(self) -> None:
        """Quit — but ask first while a call, a draft or an unsaved write is open."""
        # No call screen can be open before its module was imported: `q` at once must not
        # import it (and with it the data layer: a second's freeze) on the UI thread.
        module = sys.modules.get("canvass.ui.screens.call_screen")
        call_screen: type[CallScreen] | None = getattr(module, "CallScreen", None)
        for screen in reversed(self.screen_stack):
            if call_screen is not None and isinstance(screen, call_screen):  # or under a dialog
                screen.action_quit_call()
                return
        if self._draft_open() or self.writer.pending:
            self._ask_quit("app.quit.draft")
            return
        self._check_unfinished_call()

    def _draft_open(self) -> bool:
        """A dialog above the call list holds text the user typed."""
        for screen in self.screen_stack[2:]:
            if any(field.value.strip() for field in screen.query(Input)):
                return True
            from textual.widgets import TextArea

            if any(area.text.strip() for area in screen.query(TextArea)):
                return True
        return False

    @work(thread=True, exclusive=True, exit_on_error=False, group="quit")
    def _check_unfinished_call(self) -> None:
        """An unfinished call in the database (resume postponed) asks too."""
        open_call = self.services.calls.open_call(self.consultant.id) if self.consultant else None
        if open_call is None:
            self.call_from_thread(self.exit)
        else:
            self.call_from_thread(self._ask_quit, "app.quit.unfinished", open_call.company_name)

    def _ask_quit(self, key: str, name: str = "") -> None:
        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.writer.drain()  # not forever: a failing write is given up on close
                self.exit()

        self.push_screen(
            ConfirmScreen(
                t("app.quit.title"), t(key, name=name), t("app.quit.yes"), t("app.quit.no")
            ),
            answered,
        )
