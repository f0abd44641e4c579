"""Ask once for the consultant's initials; the app remembers them."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from canvass.config import normalise_initials
from canvass.errors import ConfigError
from canvass.i18n import t
from canvass.ui.text import Plain


class InitialsScreen(ModalScreen[str]):
    """A small dialog that returns valid, upper-case initials (there is no way to skip it)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="initials-dialog") as dialog:
            dialog.border_title = t("initials.title")
            dialog.border_subtitle = t("initials.hint")
            yield Plain(t("initials.explain"), id="initials-explain")
            yield Input(placeholder=t("initials.placeholder"), id="initials", max_length=5)
            yield Plain("", id="initials-error")

    @on(Input.Submitted, "#initials")
    def _submit(self, event: Input.Submitted) -> None:
        error = self.query_one("#initials-error", Static)
        try:
            initials = normalise_initials(event.value)
        except ConfigError as exc:
            error.update(exc.message)
            error.display = True
            return
        self.dismiss(initials)

    @on(Input.Changed, "#initials")
    def _clear_error(self) -> None:
        self.query_one("#initials-error", Static).display = False
