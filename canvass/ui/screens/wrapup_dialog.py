"""Wrap-up: the outcome on one key, then only the fields that outcome needs.

The dialog checks nothing itself: :func:`canvass.domain.wrapup.build_wrapup` does, and the
dialog shows its errors next to their fields and its warnings above the key line. A
warning (past date, weekend) does not block: the second ``ctrl+s`` saves anyway.

It opens at once: only the outcomes are composed, and a field's row is mounted the
first time an outcome needs it. Keys typed meanwhile wait in order (:mod:`wrapup_keys`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, RadioSet, Static

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import (
    LOCATION_KINDS,
    NOT_REACHED_QUICK,
    OUTCOME_KEYS,
    QUICK_CALLBACKS,
    WrapUp,
    build_wrapup,
    material_follow_up,
    quick_callback,
)
from canvass.domain.wrapup_fields import day_text, wrapup_fields
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.screens.wrapup_fields import (
    FIELD_NAMES,
    FIELDS,
    OutcomeChooser,
    WrapUpDraft,
    field_row,
)
from canvass.ui.screens.wrapup_keys import KeyRouter
from canvass.ui.text import Plain

KEY_OF = {outcome: k for k, outcome in OUTCOME_KEYS.items()}
#: Where the cursor goes when an outcome is chosen (None: stay on the outcomes).
FIRST_FIELD: dict[Outcome, str | None] = {
    Outcome.MEETING: "date",
    Outcome.CALLBACK: "date",
    Outcome.SEND_MATERIAL: "date",
    Outcome.JOB_ORDER: "title",
    Outcome.WRONG_PERSON: "person_name",
    Outcome.WRONG_NUMBER: "new_phone",
    **dict.fromkeys(NOT_REACHED_QUICK, None),
}
NARROW, SHORT = 100, 30  # below these sizes the dialog is laid out compactly


class WrapUpScreen(KeyRouter[WrapUp | None], ModalScreen[WrapUp | None]):
    """End the call: an outcome and its details; dismisses with the WrapUp, or None."""

    DEFAULT_CSS = """
    WrapUpScreen { align: center middle; }
    WrapUpScreen #wrapup {
        width: 116; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }
    WrapUpScreen OutcomeChooser { height: auto; margin-top: 1; }
    WrapUpScreen OutcomeChooser:focus { background: $boost; }
    WrapUpScreen #wu-form { height: auto; margin-top: 1; border-top: solid $primary 50%; }
    WrapUpScreen .wu-row { height: auto; margin-top: 0; }
    WrapUpScreen .wu-label { width: 18; padding-right: 1; text-align: right; color: $text-muted; }
    WrapUpScreen .wu-row Input { background: $boost; }
    WrapUpScreen .wu-row Input.wu-wide { width: 60; }
    WrapUpScreen.-narrow .wu-row Input.wu-wide { width: 36; }
    WrapUpScreen .wu-row RadioSet { width: auto; layout: horizontal; background: $surface; }
    WrapUpScreen .wu-row RadioButton { width: auto; margin-right: 2; }
    WrapUpScreen .wu-error { width: 1fr; padding-left: 2; color: $text-error; }
    WrapUpScreen .-bad .wu-label { color: $text-error; text-style: bold; }
    WrapUpScreen #wu-status { height: auto; margin-top: 1; color: $text-muted; }
    WrapUpScreen #wu-status.-error { color: $text-error; text-style: bold; }
    WrapUpScreen #wu-status.-warning { color: $text-warning; text-style: bold; }
    WrapUpScreen #wu-keys { height: auto; margin-top: 1; color: $text-muted; }
    WrapUpScreen.-short OutcomeChooser, WrapUpScreen.-short #wu-form,
    WrapUpScreen.-short #wu-status, WrapUpScreen.-short #wu-keys { margin-top: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "wrapup_dialog.key.save",
                id="wrapup_dialog.save", tooltip="wrapup_dialog.key.save.tip"),
        Binding("escape", "back", "wrapup_dialog.key.back",
                id="wrapup_dialog.back", tooltip="wrapup_dialog.key.back.tip"),
        # One binding per key (so keymaps can move each); the key line shows them as one.
        *(
            Binding(k, f"outcome('{k}')",
                    "wrapup_dialog.key.outcome" if k == "1" else outcome.label_key,
                    key_display="0–9 f" if k == "1" else None, show=k == "1",
                    id=f"wrapup_dialog.outcome_{k}", tooltip="wrapup_dialog.key.outcome.tip")
            for k, outcome in OUTCOME_KEYS.items()
        ),
        *(
            key("wrapup_dialog", k, f"quick('{choice}')", f"quick_{choice}")
            for k, choice in zip("abc", QUICK_CALLBACKS, strict=True)
        ),
        Binding("ctrl+o", "focus_outcomes", "wrapup_dialog.key.change_outcome",
                id="wrapup_dialog.change_outcome", tooltip="wrapup_dialog.key.change_outcome.tip"),
        Binding("tab", "next_field", "wrapup_dialog.key.next_field",
                id="wrapup_dialog.next_field", tooltip="wrapup_dialog.key.next_field.tip"),
        Binding("shift+tab", "previous_field", "wrapup_dialog.key.previous_field",
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
        draft: WrapUpDraft | None = None,
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
        self.initial = initial
        self.draft = draft  # kept when going back to the call, filled in again next time
        self.outcome: Outcome | None = None
        self._warned: tuple[object, ...] | None = None  # what the last warnings were about
        self._rows: set[str] = set()  # the fields whose rows are mounted

    def compose(self) -> ComposeResult:
        with Vertical(id="wrapup") as dialog:
            dialog.border_title = Content(  # a name is text, never markup
                t("wrapup_dialog.title", company=self.company_name, elapsed=self.elapsed)
            )
            yield OutcomeChooser(id="wu-outcomes")
            yield VerticalScroll(id="wu-form", can_focus=False)
            yield Plain(t("wrapup_dialog.choose"), id="wu-status", markup=False)
            yield KeyLine("wrapup_dialog.", id="wu-keys")

    async def on_mount(self) -> None:
        self._fit()
        self.query_one("#wu-form").display = False
        self.focus_now(self.query_one(OutcomeChooser))
        if self.initial is not None:
            await self._fill(self.initial)
        elif self.draft is not None and self.draft.outcome is not None:
            await self._restore(self.draft)

    def on_resize(self, _event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """Compact at 80×24: chips in three columns, no blank lines, the form scrolls."""
        width, height = self.app.size
        self.set_class(width < NARROW, "-narrow")
        self.set_class(height < SHORT, "-short")
        chooser = 5 if width < NARROW else 3
        fixed = 2 + chooser + 1 + 2 + (0 if height < SHORT else 4)  # borders, lines, margins
        self.query_one("#wu-form").styles.max_height = max(3, height - fixed - 1)

    # Choosing the outcome ---------------------------------------------------------------

    async def action_outcome(self, key: str) -> None:
        """Choose the outcome of ``key``, show its fields and go to the first one."""
        self.outcome = OUTCOME_KEYS[key]
        self._warned = None
        self.query_one(OutcomeChooser).show(self.outcome)
        await self._show_fields()
        self._status("", "")
        if self.outcome is Outcome.SEND_MATERIAL:
            self._default("date", day_text(material_follow_up(self.today)))
            self._default("time", "10.00")
        first = FIRST_FIELD.get(self.outcome, "comment")
        if first is None:
            self.focus_now(self.query_one(OutcomeChooser))
        else:
            self.focus_now(self.query_one(f"#field-{first}"))

    def _default(self, name: str, value: str) -> None:
        editor = self.query_one(f"#field-{name}", Input)
        if not editor.value:
            editor.value = value

    async def _show_fields(self) -> None:
        """Mount the rows this outcome needs (once), then show only those."""
        form = self.query_one("#wu-form", VerticalScroll)
        form.display = self.outcome is not None
        waits = []
        for index, field in enumerate(FIELDS):
            if self.outcome in field.outcomes and field.name not in self._rows:
                later = next((f for f in FIELD_NAMES[index + 1 :] if f in self._rows), None)
                typed = self.draft.values if self.draft is not None else {}
                row = field_row(field, typed.get(field.name, self.defaults.get(field.name, "")))
                waits.append(form.mount(row, before=f"#row-{later}" if later else None))
                self._rows.add(field.name)
        for wait in waits:
            await wait
        for field in FIELDS:
            if field.name in self._rows:
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
        """The chosen outcome's fields (all mounted once it is chosen), as typed."""
        needed = {field.name for field in FIELDS if self.outcome in field.outcomes}
        return {name: text for name, text in self._typed().items() if name in needed}

    def action_save(self) -> None:
        """Check the form; save, or show what to correct; warnings need a second ``ctrl+s``."""
        if self.outcome is None:
            self._status(t("wrapup_dialog.choose"), "-error")
            self.focus_now(self.query_one(OutcomeChooser))
            return
        values = self._values()
        check = build_wrapup(self.outcome, values, now=self.now, today=self.today)
        self._show_errors(check.errors)
        if check.errors:
            self._warned = None
            self._status(t("wrapup_dialog.fix", count=len(check.errors)), "-error")
            first = next(name for name in FIELD_NAMES if name in check.errors)
            self.focus_now(self.query_one(f"#field-{first}"))  # selected: typing replaces it
            return
        about = (self.outcome, tuple(sorted(values.items())))
        if check.warnings and self._warned != about:
            self._warned = about  # the same form saved again means "yes, I mean it"
            text = t("wrapup_dialog.warnings", warnings=" · ".join(check.warnings))
            self._status(text, "-warning")
            return
        self.dismiss(check.wrapup)

    def action_quick(self, choice: str) -> None:
        """Not reached: save with a callback in 10 minutes, this afternoon or tomorrow."""
        assert self.outcome is not None
        comment = self.query_one("#field-comment", Input).value.strip()
        self.dismiss(quick_callback(self.outcome, choice, self.now, comment))

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        for name in self._rows:
            message = errors.get(name, "")
            self.query_one(f"#error-{name}", Static).update(message)
            self.query_one(f"#row-{name}").set_class(bool(message), "-bad")

    @on(Input.Changed)
    def _field_changed(self, event: Input.Changed) -> None:
        """A marked field loses its error as soon as what it holds is right."""
        row = event.input.parent
        if self.outcome is None or row is None or not row.has_class("-bad"):
            return
        name = (event.input.id or "").removeprefix("field-")
        check = build_wrapup(self.outcome, self._values(), now=self.now, today=self.today)
        if name not in check.errors:
            self.query_one(f"#error-{name}", Static).update("")
            row.remove_class("-bad")
            left = len(self.query(".wu-row.-bad"))
            self._status(t("wrapup_dialog.fix", count=left) if left else "", "-error")

    def _status(self, text: str, kind: str) -> None:
        status = self.query_one("#wu-status", Static)
        status.update(text)
        status.set_class(kind == "-error", "-error")
        status.set_class(kind == "-warning", "-warning")

    @on(OutcomeChooser.Chosen)
    async def _outcome_clicked(self, event: OutcomeChooser.Chosen) -> None:
        await self.action_outcome(event.key)

    def action_focus_outcomes(self) -> None:
        """From a field back to the outcomes, to choose another one."""
        self.focus_now(self.query_one(OutcomeChooser))

    def action_back(self) -> None:
        """Back to the call: nothing is saved and the call stays open; what the form holds
        is kept in the draft for the next ``e`` (and for the close's meeting words)."""
        if self.draft is not None:
            self.draft.outcome = self.outcome
            self.draft.values = self._typed()
        self.dismiss(None)

    def _typed(self) -> dict[str, str]:
        """Every mounted field's text (any outcome's: switching back must find it)."""
        typed = {
            name: self.query_one(f"#field-{name}", Input).value
            for name in self._rows
            if name != "location_kind"
        }
        if "location_kind" in self._rows:
            pressed = self.query_one("#field-location_kind", RadioSet).pressed_index
            typed["location_kind"] = LOCATION_KINDS[max(pressed, 0)]
        return typed

    async def _restore(self, draft: WrapUpDraft) -> None:
        """The form as it was left: the outcome chosen, its fields as typed."""
        assert draft.outcome is not None
        await self.action_outcome(KEY_OF[draft.outcome])
        kind = draft.values.get("location_kind")
        if kind in LOCATION_KINDS and "location_kind" in self._rows:
            buttons = list(self.query_one("#field-location_kind", RadioSet).query("RadioButton"))
            buttons[LOCATION_KINDS.index(kind)].value = True  # type: ignore[attr-defined]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        on_outcomes = self.focused is None or isinstance(self.focused, OutcomeChooser)
        if action == "outcome":
            # Keys choose the outcome from the chooser; in the form they belong to fields.
            return on_outcomes
        if action == "quick":
            return on_outcomes and self.outcome in NOT_REACHED_QUICK
        if action == "focus_outcomes":
            return self.outcome is not None and not on_outcomes
        return True

    # A saved wrap-up shown again ---------------------------------------------------------

    async def _fill(self, wrapup: WrapUp) -> None:
        """Choose ``wrapup``'s outcome and put its values in the fields."""
        await self.action_outcome(KEY_OF[wrapup.outcome])
        for name, value in wrapup_fields(wrapup).items():
            if name in self._rows and name != "location_kind":
                self.query_one(f"#field-{name}", Input).value = value
        if wrapup.meeting is not None:
            kind = LOCATION_KINDS.index(wrapup.meeting.location_kind)
            buttons = list(self.query_one("#field-location_kind", RadioSet).query("RadioButton"))
            buttons[kind].value = True  # type: ignore[attr-defined]
