"""Who I am: the consultant's full name, direct phone and e-mail (``ctrl+u``, "Mine oplysninger").

The scripts say "det er Mette Hansen fra Jobcenter Vejle" with these. Also asked once at
the first start, right after the initials (then the name is required and ``esc`` does
not skip it). A bad value is named under its field; nothing typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from canvass.domain.consultant import Me, MeError, check_me
from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.text import Plain, literal

if TYPE_CHECKING:
    from canvass.services.rows import ConsultantInfo

_K = "me"
FIELDS = ("name", "phone", "email")


class MeScreen(ModalScreen[Me | None]):
    """Edit name, phone and e-mail; dismisses with the checked values (None: cancelled)."""

    DEFAULT_CSS = """
    MeScreen { align: center middle; }
    MeScreen #me-dialog {
        width: 64; max-width: 100%; height: auto; max-height: 100%; padding: 0 2;
        overflow-y: auto;
        border: round $primary; background: $surface;
    }
    MeScreen #me-explain { margin-bottom: 1; }
    MeScreen Label { margin-top: 1; color: $text-muted; }
    MeScreen .me-error { display: none; color: $text-error; text-style: bold; }
    MeScreen #me-keys { margin-top: 1; height: 1; }
    MeScreen #me-keys Button { margin-right: 2; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key(_K, "ctrl+s", "save", "save", priority=True),
        key(_K, "escape", "cancel", "cancel", key_display="esc"),
    ]

    def __init__(self, consultant: ConsultantInfo, *, first_start: bool = False) -> None:
        super().__init__()
        localise_bindings(self)
        self._consultant = consultant
        self._first_start = first_start

    def compose(self) -> ComposeResult:
        me = self._consultant
        # Until a name is given it is the initials: start the field empty then.
        name = "" if me.name == me.initials else me.name
        with Vertical(id="me-dialog") as dialog:
            dialog.border_title = literal(t("me.title", initials=me.initials))
            yield Plain(
                t("me.explain.first" if self._first_start else "me.explain"),
                id="me-explain",
                markup=False,
            )
            values = {"name": name, "phone": format_phone(me.phone or ""), "email": me.email}
            for field in FIELDS:
                yield Label(t(f"me.field.{field}"), id=f"me-label-{field}")
                yield Input(
                    value=values[field] or "",
                    placeholder=t(f"me.placeholder.{field}"),
                    id=f"me-{field}",
                    select_on_focus=False,  # typing after an error must not wipe the value
                )
                yield Plain("", id=f"me-error-{field}", classes="me-error", markup=False)
            with Horizontal(id="me-keys"):  # the keys, clickable too
                yield Button(t("me.button.save"), id="me-save", compact=True, variant="primary")
                if not self._first_start:
                    yield Button(t("me.button.cancel"), id="me-cancel", compact=True)

    def _value(self, field: str) -> str:
        return self.query_one(f"#me-{field}", Input).value

    def action_save(self) -> None:
        """Check the fields and close with them; a bad field says what is wrong."""
        for field in FIELDS:
            self.query_one(f"#me-error-{field}", Static).display = False
        try:
            me = check_me(self._value("name"), self._value("phone"), self._value("email"))
        except MeError as exc:
            error = self.query_one(f"#me-error-{exc.field}", Static)
            error.update(exc.message)
            error.display = True
            self.query_one(f"#me-{exc.field}", Input).focus()
            return
        self.dismiss(me)

    @on(Input.Submitted)
    def _next_or_save(self, event: Input.Submitted) -> None:
        """``enter`` moves to the next field; on the last one it saves."""
        field = (event.input.id or "").removeprefix("me-")
        if field == FIELDS[-1]:
            self.action_save()
        else:
            self.query_one(f"#me-{FIELDS[FIELDS.index(field) + 1]}", Input).focus()

    @on(Button.Pressed, "#me-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#me-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        """Close without saving (not at the first start: the name is needed)."""
        if not self._first_start:
            self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return not self._first_start
        return True
