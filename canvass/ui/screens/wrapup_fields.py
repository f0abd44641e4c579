"""The wrap-up's parts: the outcome chooser and the form's fields (which outcome needs
which field, in screen and tab order). Rows are built only when an outcome needs them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import RadioButton, Static

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import LOCATION_KINDS, OUTCOME_KEYS
from canvass.i18n import t
from canvass.ui.screens.wrapup_keys import FormInput, FormRadioSet, RoutedKeys

M, C, J = Outcome.MEETING, Outcome.CALLBACK, Outcome.JOB_ORDER
S, P, N = Outcome.SEND_MATERIAL, Outcome.WRONG_PERSON, Outcome.WRONG_NUMBER
WIDE = 60


@dataclass(frozen=True)
class FormField:
    """One field of the form: its name in :func:`build_wrapup`, who needs it, its width."""

    name: str
    outcomes: frozenset[Outcome]
    width: int = WIDE


def _field(name: str, *outcomes: Outcome, width: int = WIDE) -> FormField:
    return FormField(name, frozenset(outcomes or Outcome), width)


#: The form, in screen (and tab) order; ``location_kind`` is a choice, the rest text.
FIELDS: tuple[FormField, ...] = (
    _field("date", M, C, S, width=26),
    _field("time", M, C, S, width=12),
    _field("duration_min", M, width=6),
    _field("location_kind", M),
    _field("location", M),
    _field("attendees", M),
    _field("purpose", M),
    _field("reason", C, S),
    *(_field(name, J) for name in ("title", "description")),
    _field("positions", J, width=6),
    _field("hours_per_week", J, width=6),
    _field("start_date", J, width=26),
    _field("deadline", J, width=26),
    *(_field(name, J) for name in ("requirements", "workplace_address", "contact_name")),
    _field("contact_phone", J, width=16),
    _field("contact_email", J),
    _field("p_number", J, width=12),
    _field("person_name", P),
    _field("person_role", P),
    _field("person_phone", P, width=16),
    _field("new_phone", N, width=16),
    _field("comment"),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)


def field_row(field: FormField, value: str) -> Horizontal:
    """A label, the editor (holding ``value``) and a place for its error."""
    return Horizontal(
        Static(t(f"wrapup_dialog.field.{field.name}"), classes="wu-label"),
        _editor(field, value),
        Static(id=f"error-{field.name}", classes="wu-error", markup=False),
        id=f"row-{field.name}",
        classes="wu-row",
    )


def _editor(field: FormField, value: str) -> Widget:
    if field.name == "location_kind":
        return FormRadioSet(
            *(
                RadioButton(t(f"wrapup_dialog.kind.{kind}"), value=kind == "company")
                for kind in LOCATION_KINDS
            ),
            id="field-location_kind",
            compact=True,
        )
    example = f"wrapup_dialog.example.{field.name}"
    editor = FormInput(
        value,
        placeholder=t(example) if t(example) != example else "",
        id=f"field-{field.name}",
        compact=True,
    )
    if field.width < WIDE:
        editor.styles.width = field.width
    else:
        editor.add_class("wu-wide")
    return editor


class OutcomeChip(Static):
    """One outcome with its key; a click chooses it like the key does."""

    def __init__(self, key: str, outcome: Outcome) -> None:
        label = Content.assemble((key, "bold $text-accent"), " ", t(outcome.label_key))
        super().__init__(label, id=f"outcome-{outcome.value}", classes="wu-chip")
        self.key, self.outcome = key, outcome

    def on_click(self) -> None:
        self.post_message(OutcomeChooser.Chosen(self.key))


class OutcomeChooser(RoutedKeys, Vertical, can_focus=True):
    """The outcomes in two groups (reached / not reached); the keys are the screen's."""

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
                with Vertical(classes="wu-chips"):
                    for key, outcome in OUTCOME_KEYS.items():
                        if outcome.reached is reached:
                            yield OutcomeChip(key, outcome)

    def show(self, chosen: Outcome | None) -> None:
        """Highlight the chosen outcome."""
        for chip in self.query(OutcomeChip):
            chip.set_class(chip.outcome is chosen, "-chosen")
