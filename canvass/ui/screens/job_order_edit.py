"""Edit a job order: one Input per field, errors shown next to their fields.

The dialog turns the typed text into values (numbers, dates) and lets
:func:`canvass.store.followup.check_job_order` judge the rest, the same check the store
makes before it saves. It dismisses with the values to save, or None.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from canvass.domain.job_order import CHOICES, choice_word, hours_text, parse_choice, parse_hours
from canvass.domain.when import parse_date
from canvass.i18n import t
from canvass.services.rows import JobOrderRow, check_job_order
from canvass.ui.bindings import localise_bindings
from canvass.ui.followup_format import date_text
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.text import Plain, literal, printable

#: The fields, in screen (and tab) order, with the width of their Input.
FIELDS: tuple[tuple[str, int], ...] = (
    ("title", 60),
    ("positions", 6),
    ("hours_per_week", 8),
    ("start_date", 14),
    ("deadline", 14),
    ("salary", 60),
    ("employment", 16),
    ("requirements", 60),
    ("nice_to_have", 60),
    ("how_to_apply", 60),
    ("workplace_address", 60),
    ("contact_name", 40),
    ("contact_phone", 16),
    ("contact_email", 40),
    ("p_number", 14),
    ("sharing", 24),
    ("description", 60),
)

JobOrderValues = dict[str, object]


def field_texts(row: JobOrderRow) -> dict[str, str]:
    """The row's values as the consultant would type them."""
    return {
        "title": row.title,
        "positions": str(row.positions),
        "hours_per_week": hours_text(row.hours_per_week),
        "start_date": date_text(row.start_date),
        "deadline": date_text(row.deadline),
        "requirements": row.requirements,
        "workplace_address": row.workplace_address or "",
        "contact_name": row.contact_name or "",
        "contact_phone": row.contact_phone or "",
        "contact_email": row.contact_email or "",
        "p_number": row.p_number or "",
        "description": row.description,
        "salary": row.salary,
        "employment": choice_word("employment", row.employment),
        "how_to_apply": row.how_to_apply,
        "nice_to_have": row.nice_to_have,
        "sharing": choice_word("sharing", row.sharing),
    }


def read_fields(texts: dict[str, str], today: date) -> tuple[JobOrderValues, dict[str, str]]:
    """Typed values from the texts, and an error per field that is wrong."""
    values: JobOrderValues = {}
    errors: dict[str, str] = {}
    for name, text in texts.items():
        text = text.strip()
        if name == "positions":
            values[name] = int(text) if text.isdigit() else -1
        elif name == "hours_per_week":
            try:
                values[name] = parse_hours(text)
            except ValueError as error:
                errors[name] = str(error)
        elif name in CHOICES:
            try:
                values[name] = parse_choice(name, text)
            except ValueError as error:
                errors[name] = str(error)
        elif name in ("start_date", "deadline"):
            try:
                values[name] = parse_date(text, today) if text else None
            except ValueError as error:
                errors[name] = str(error)
        else:
            values[name] = text
    for name, message in check_job_order(values).items():
        errors.setdefault(name, message)
    return values, errors


class JobOrderEditScreen(ModalScreen[JobOrderValues | None]):
    """Every field of one job order; ``ctrl+s`` checks and saves, ``escape`` cancels."""

    DEFAULT_CSS = """
    JobOrderEditScreen { align: center middle; }
    JobOrderEditScreen #fu-edit {
        width: 116; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }
    JobOrderEditScreen #fu-edit-hint { margin: 1 0; color: $text-muted; }
    JobOrderEditScreen #fu-edit-rows { height: auto; }
    JobOrderEditScreen .fu-row { height: 1; }
    JobOrderEditScreen .fu-label {
        width: 18; padding-right: 1; text-align: right; color: $text-muted;
    }
    JobOrderEditScreen .fu-row Input { background: $boost; }
    JobOrderEditScreen .fu-error { width: 1fr; padding-left: 2; color: $text-error; }
    JobOrderEditScreen .-bad .fu-label { color: $text-error; text-style: bold; }
    JobOrderEditScreen #fu-edit-status { height: auto; margin-top: 1; }
    JobOrderEditScreen #fu-edit-status.-error { color: $text-error; text-style: bold; }
    JobOrderEditScreen #fu-edit-keys { height: 1; margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "followup.edit.key.save", id="followup.edit.save",
                tooltip="followup.edit.key.save.tip"),
        Binding("escape", "cancel", "followup.edit.key.cancel", key_display="esc",
                id="followup.edit.cancel", tooltip="followup.edit.key.cancel.tip"),
        Binding("tab", "app.focus_next", "followup.edit.key.next", id="followup.edit.next"),
        Binding("shift+tab", "app.focus_previous", "followup.edit.key.next", show=False,
                id="followup.edit.previous"),
    ]  # fmt: skip

    def __init__(self, row: JobOrderRow, *, today: date) -> None:
        super().__init__()
        localise_bindings(self)
        self.row = row
        self.today = today

    def compose(self) -> ComposeResult:
        texts = field_texts(self.row)
        with Vertical(id="fu-edit") as dialog:
            dialog.border_title = literal(t("followup.edit.title", company=self.row.company_name))
            yield Plain(t("followup.edit.hint"), id="fu-edit-hint", markup=False)
            with VerticalScroll(id="fu-edit-rows", can_focus=False):
                for name, width in FIELDS:
                    with Horizontal(id=f"fu-row-{name}", classes="fu-row"):
                        yield Plain(t(f"followup.field.{name}"), classes="fu-label", markup=False)
                        # Control characters shown as stand-ins (and saved so, once edited).
                        value = printable(texts[name])
                        editor = Input(value, id=f"fu-field-{name}", compact=True)
                        editor.styles.width = width
                        yield editor
                        yield Plain(id=f"fu-error-{name}", classes="fu-error", markup=False)
            yield Plain("", id="fu-edit-status", markup=False)
            yield KeyLine("followup.edit.", id="fu-edit-keys")

    def on_mount(self) -> None:
        self._fit()
        self.query_one("#fu-field-title", Input).focus()

    def on_resize(self, _event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """At 80×24 the fields scroll (the focused one into view); the keys stay shown."""
        self.query_one("#fu-edit-rows").styles.max_height = max(3, self.app.size.height - 10)

    def action_save(self) -> None:
        """Check every field; save, or show what to correct next to the fields."""
        texts = {name: self.query_one(f"#fu-field-{name}", Input).value for name, _ in FIELDS}
        values, errors = read_fields(texts, self.today)
        for name, _ in FIELDS:
            message = errors.get(name, "")
            self.query_one(f"#fu-error-{name}", Static).update(message)
            self.query_one(f"#fu-row-{name}").set_class(bool(message), "-bad")
        status = self.query_one("#fu-edit-status", Static)
        if errors:
            status.update(t("followup.edit.fix", count=len(errors)))
            status.add_class("-error")
            first = next(name for name, _ in FIELDS if name in errors)
            self.query_one(f"#fu-field-{first}", Input).focus()
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
