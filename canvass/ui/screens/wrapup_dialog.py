"""Wrap-up: the outcome on one digit key, then only the fields that outcome needs.

The dialog checks nothing itself: :func:`canvass.domain.wrapup.build_wrapup` does, and the
dialog shows its errors next to their fields and its warnings above the key line. A
warning (past date, weekend) does not block: the second ``ctrl+s`` saves anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, RadioButton, RadioSet, Static

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import LOCATION_KINDS, OUTCOME_KEYS, WrapUp, build_wrapup
from canvass.domain.wrapup_fields import wrapup_fields
from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.screens.objection_bank import KeyLine

M, C, J = Outcome.MEETING, Outcome.CALLBACK, Outcome.JOB_ORDER


@dataclass(frozen=True)
class FormField:
    """One field of the form: its name in :func:`build_wrapup`, who needs it, its width."""

    name: str
    outcomes: frozenset[Outcome]
    width: int = 60


def _field(name: str, *outcomes: Outcome, width: int = 60) -> FormField:
    return FormField(name, frozenset(outcomes or Outcome), width)


#: The form, in screen (and tab) order; ``location_kind`` is a choice, the rest text.
FIELDS: tuple[FormField, ...] = (
    _field("date", M, C, width=26),
    _field("time", M, C, width=12),
    _field("duration_min", M, width=6),
    _field("location_kind", M),
    _field("location", M),
    _field("attendees", M),
    _field("purpose", M),
    _field("reason", C),
    *(_field(name, J) for name in ("title", "description")),
    _field("positions", J, width=6),
    _field("hours_per_week", J, width=6),
    _field("start_date", J, width=26),
    _field("deadline", J, width=26),
    *(_field(name, J) for name in ("requirements", "workplace_address", "contact_name")),
    _field("contact_phone", J, width=16),
    _field("contact_email", J),
    _field("p_number", J, width=12),
    _field("comment"),
)


class OutcomeChip(Static):
    """One outcome with its digit key; a click chooses it like the key does."""

    def __init__(self, key: str, outcome: Outcome) -> None:
        label = Content.assemble((key, "bold $text-accent"), " ", t(outcome.label_key))
        super().__init__(label, id=f"outcome-{outcome.value}", classes="wu-chip")
        self.key, self.outcome = key, outcome

    def on_click(self) -> None:
        self.post_message(OutcomeChooser.Chosen(self.key))


class OutcomeChooser(Vertical, can_focus=True):
    """The ten outcomes in two rows (reached / not reached); the digits are the screen's keys."""

    @dataclass
    class Chosen(Message):
        """An outcome was clicked."""

        key: str

    def compose(self) -> ComposeResult:
        for label_key, reached in (
            ("wrapup_dialog.reached", True),
            ("wrapup_dialog.not_reached", False),
        ):
            with Horizontal(classes="wu-outcome-row"):
                yield Static(t(label_key), classes="wu-outcome-label")
                for key, outcome in OUTCOME_KEYS.items():
                    if outcome.reached is reached:
                        yield OutcomeChip(key, outcome)

    def show(self, chosen: Outcome | None) -> None:
        """Highlight the chosen outcome."""
        for chip in self.query(OutcomeChip):
            chip.set_class(chip.outcome is chosen, "-chosen")


class WrapUpScreen(ModalScreen[WrapUp | None]):
    """End the call: an outcome and its details; dismisses with the WrapUp, or None."""

    DEFAULT_CSS = """
    WrapUpScreen { align: center middle; }
    WrapUpScreen #wrapup {
        width: 116; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }
    WrapUpScreen OutcomeChooser { height: auto; margin-top: 1; }
    WrapUpScreen .wu-outcome-row { height: 1; }
    WrapUpScreen .wu-outcome-label { width: 11; text-style: bold; }
    WrapUpScreen .wu-chip { width: auto; padding: 0 1; }
    WrapUpScreen .wu-chip:hover { background: $primary 30%; }
    WrapUpScreen .wu-chip.-chosen { background: $primary; color: $text; text-style: bold; }
    WrapUpScreen OutcomeChooser:focus { background: $boost; }
    WrapUpScreen #wu-form {
        height: auto; max-height: 22; margin-top: 1;
        border-top: solid $primary 50%;
    }
    WrapUpScreen .wu-row { height: auto; margin-top: 0; }
    WrapUpScreen .wu-label { width: 18; padding-right: 1; text-align: right; color: $text-muted; }
    WrapUpScreen .wu-row Input { background: $boost; }
    WrapUpScreen .wu-row RadioSet { width: auto; layout: horizontal; background: $surface; }
    WrapUpScreen .wu-row RadioButton { width: auto; margin-right: 2; }
    WrapUpScreen .wu-error { width: 1fr; padding-left: 2; color: $text-error; }
    WrapUpScreen .-bad .wu-label { color: $text-error; text-style: bold; }
    WrapUpScreen #wu-status { height: auto; margin-top: 1; color: $text-muted; }
    WrapUpScreen #wu-status.-error { color: $text-error; text-style: bold; }
    WrapUpScreen #wu-status.-warning { color: $text-warning; text-style: bold; }
    WrapUpScreen #wu-keys { height: 1; margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "wrapup_dialog.key.save",
                id="wrapup_dialog.save", tooltip="wrapup_dialog.key.save.tip"),
        Binding("escape", "back", "wrapup_dialog.key.back",
                id="wrapup_dialog.back", tooltip="wrapup_dialog.key.back.tip"),
        # One binding per digit (so keymaps can move each); the key line shows them as one.
        *(
            Binding(key, f"outcome('{key}')",
                    "wrapup_dialog.key.outcome" if key == "1" else outcome.label_key,
                    key_display="0–9" if key == "1" else None, show=key == "1",
                    id=f"wrapup_dialog.outcome_{key}", tooltip="wrapup_dialog.key.outcome.tip")
            for key, outcome in OUTCOME_KEYS.items()
        ),
        Binding("ctrl+o", "focus_outcomes", "wrapup_dialog.key.change_outcome",
                id="wrapup_dialog.change_outcome", tooltip="wrapup_dialog.key.change_outcome.tip"),
        Binding("tab", "app.focus_next", "wrapup_dialog.key.next_field",
                id="wrapup_dialog.next_field", tooltip="wrapup_dialog.key.next_field.tip"),
        Binding("shift+tab", "app.focus_previous", "wrapup_dialog.key.previous_field",
                show=False, id="wrapup_dialog.previous_field",
                tooltip="wrapup_dialog.key.next_field.tip"),
    ]  # fmt: skip

    def __init__(
        self,
        company_name: str,
        elapsed: str,
        *,
        now: datetime,
        today: date,
        attendees: str = "",
        location: str = "",
        initial: WrapUp | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self.company_name, self.elapsed = company_name, elapsed
        self.now, self.today = now, today
        self.defaults = {
            "duration_min": "60",
            "attendees": attendees,
            "location": location,
            "workplace_address": location,
        }
        # A saved wrap-up to correct: its outcome pre-chosen and its values in the fields.
        self.initial = initial
        if initial is not None:
            self.defaults |= wrapup_fields(initial)
        self.outcome: Outcome | None = None
        self._warned: tuple[object, ...] | None = None  # what the last warnings were about

    def compose(self) -> ComposeResult:
        with Vertical(id="wrapup") as dialog:
            dialog.border_title = t(
                "wrapup_dialog.title", company=self.company_name, elapsed=self.elapsed
            )
            yield OutcomeChooser(id="wu-outcomes")
            with VerticalScroll(id="wu-form", can_focus=False):
                for field in FIELDS:
                    with Horizontal(id=f"row-{field.name}", classes="wu-row"):
                        yield Static(t(f"wrapup_dialog.field.{field.name}"), classes="wu-label")
                        yield self._editor(field)
                        yield Static(id=f"error-{field.name}", classes="wu-error", markup=False)
            yield Static(t("wrapup_dialog.choose"), id="wu-status", markup=False)
            yield KeyLine("wrapup_dialog.", id="wu-keys")

    def _editor(self, field: FormField) -> Widget:
        if field.name == "location_kind":
            return RadioSet(
                *(
                    RadioButton(
                        t(f"wrapup_dialog.kind.{kind}"),
                        value=kind == self.defaults.get("location_kind", "company"),
                    )
                    for kind in LOCATION_KINDS
                ),
                id="field-location_kind",
                compact=True,
            )
        example = f"wrapup_dialog.example.{field.name}"
        editor = Input(
            self.defaults.get(field.name, ""),
            placeholder=t(example) if t(example) != example else "",
            id=f"field-{field.name}",
            compact=True,
        )
        editor.styles.width = field.width
        return editor

    def on_mount(self) -> None:
        self.query_one(OutcomeChooser).show(None)
        self._show_fields()
        self.query_one(OutcomeChooser).focus()
        keys = {outcome: key for key, outcome in OUTCOME_KEYS.items()}
        if self.initial is not None and self.initial.outcome in keys:
            self.action_outcome(keys[self.initial.outcome])

    # Choosing the outcome ---------------------------------------------------------------

    def action_outcome(self, key: str) -> None:
        """Choose the outcome of ``key``, show its fields and go to the first one."""
        self.outcome = OUTCOME_KEYS[key]
        self._warned = None
        self.query_one(OutcomeChooser).show(self.outcome)
        self._show_fields()
        self._status("", "")
        first = next(f for f in FIELDS if self.outcome in f.outcomes)
        self.query_one(f"#field-{first.name}").focus()

    def _show_fields(self) -> None:
        form = self.query_one("#wu-form")
        form.display = self.outcome is not None
        for field in FIELDS:
            self.query_one(f"#row-{field.name}").display = self.outcome in field.outcomes

    @on(RadioSet.Changed, "#field-location_kind")
    def _kind_changed(self, event: RadioSet.Changed) -> None:
        """An address means nothing for a phone or video meeting: clear the prefilled one."""
        location = self.query_one("#field-location", Input)
        address = self.defaults["location"]
        if event.index != 0 and location.value == address:
            location.value = ""
        elif event.index == 0 and not location.value:
            location.value = address

    # Saving -----------------------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        values = {
            field.name: self.query_one(f"#field-{field.name}", Input).value
            for field in FIELDS
            if self.outcome in field.outcomes and field.name != "location_kind"
        }
        if self.outcome is M:
            pressed = self.query_one("#field-location_kind", RadioSet).pressed_index
            values["location_kind"] = LOCATION_KINDS[max(pressed, 0)]
        return values

    def action_save(self) -> None:
        """Check the form; save, or show what to correct; warnings need a second ``ctrl+s``."""
        if self.outcome is None:
            self._status(t("wrapup_dialog.choose"), "-error")
            self.query_one(OutcomeChooser).focus()
            return
        values = self._values()
        check = build_wrapup(self.outcome, values, now=self.now, today=self.today)
        self._show_errors(check.errors)
        if check.errors:
            self._warned = None
            self._status(t("wrapup_dialog.fix", count=len(check.errors)), "-error")
            first = next(f for f in FIELDS if f.name in check.errors)
            self.query_one(f"#field-{first.name}").focus()
            return
        about = (self.outcome, tuple(sorted(values.items())))
        if check.warnings and self._warned != about:
            self._warned = about  # the same form saved again means "yes, I mean it"
            text = t("wrapup_dialog.warnings", warnings=" · ".join(check.warnings))
            self._status(text, "-warning")
            return
        self.dismiss(check.wrapup)

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        for field in FIELDS:
            message = errors.get(field.name, "")
            self.query_one(f"#error-{field.name}", Static).update(message)
            self.query_one(f"#row-{field.name}").set_class(bool(message), "-bad")

    def _status(self, text: str, kind: str) -> None:
        status = self.query_one("#wu-status", Static)
        status.update(text)
        status.set_class(kind == "-error", "-error")
        status.set_class(kind == "-warning", "-warning")

    @on(OutcomeChooser.Chosen)
    def _outcome_clicked(self, event: OutcomeChooser.Chosen) -> None:
        self.action_outcome(event.key)

    def action_focus_outcomes(self) -> None:
        """From a field back to the outcomes, to choose another one."""
        self.query_one(OutcomeChooser).focus()

    def action_back(self) -> None:
        """Back to the call: nothing is saved and the call stays open."""
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "outcome":
            # Digits choose the outcome from the chooser; in the form they belong to fields.
            return self.focused is None or isinstance(self.focused, OutcomeChooser)
        if action == "focus_outcomes":
            return self.outcome is not None and not isinstance(self.focused, OutcomeChooser)
        return True
