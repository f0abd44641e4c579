"""The wrap-up's parts: the outcome chooser and the form's fields (which outcome needs
which field, in screen and tab order). Rows are built only when an outcome needs them."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import events
from textual.containers import Horizontal
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import RadioButton

from canvass.domain.outcomes import Outcome
from canvass.domain.wrapup import LOCATION_KINDS, OUTCOME_KEYS
from canvass.i18n import t
from canvass.ui.screens.wrapup_keys import FormInput, FormRadioSet, RoutedKeys
from canvass.ui.text import Plain

M, C, J = Outcome.MEETING, Outcome.CALLBACK, Outcome.JOB_ORDER
S, P, N = Outcome.SEND_MATERIAL, Outcome.WRONG_PERSON, Outcome.WRONG_NUMBER
WIDE = 60


@dataclass
class WrapUpDraft:
    """What the wrap-up form held when the consultant went back to the call (``esc``):
    the outcome and every field's text, so nothing typed is lost and the close can name
    the agreed meeting (:func:`canvass.domain.meeting_words.meeting_words`)."""

    outcome: Outcome | None = None
    values: dict[str, str] = field(default_factory=dict)


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
        Plain(t(f"wrapup_dialog.field.{field.name}"), classes="wu-label"),
        _editor(field, value),
        Plain(id=f"error-{field.name}", classes="wu-error", markup=False),
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


LABEL = 11  # the width of "Nået:" / "Ikke nået:"
#: One line of the chooser: its group label (or "") and its cells (x, width, key, outcome).
ChooserLine = tuple[str, list[tuple[int, int, str, Outcome]]]


class OutcomeChooser(RoutedKeys, Widget, can_focus=True):
    """The outcomes in two groups (reached / not reached), in columns that fit the width
    (four, or three at 80 columns). One widget drawing them all, so the dialog opens fast;
    a click on an outcome chooses it like its key (the keys are the screen's)."""

    DEFAULT_CSS = "OutcomeChooser { height: auto; }"

    @dataclass
    class Chosen(Message):
        """An outcome was clicked."""

        key: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.chosen: Outcome | None = None

    def lines(self, width: int) -> list[ChooserLine]:
        """The chooser's lines at ``width`` columns."""
        columns = 4 if width >= 96 else 3
        cell = max(12, (width - LABEL) // columns)
        lines: list[ChooserLine] = []
        for label_key, reached in (
            ("wrapup_dialog.reached", True),
            ("wrapup_dialog.not_reached", False),
        ):
            items = [(k, o) for k, o in OUTCOME_KEYS.items() if o.reached is reached]
            for first in range(0, len(items), columns):
                cells = [
                    (LABEL + i * cell, cell, k, o)
                    for i, (k, o) in enumerate(items[first : first + columns])
                ]
                lines.append((t(label_key) if first == 0 else "", cells))
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Content:
        rows = []
        for label, cells in self.lines(self.size.width):
            parts: list[Content | tuple[str, str] | str] = [(label.ljust(LABEL), "bold")]
            for _x, width, k, outcome in cells:
                text = f" {k} {t(outcome.label_key)} "[:width].ljust(width)
                if outcome is self.chosen:
                    parts.append((text, "bold reverse"))
                else:
                    parts.extend([" ", (k, "bold $text-accent"), text[len(k) + 1 :]])
            rows.append(Content.assemble(*parts))
        return Content("\n").join(rows)

    def key_at(self, x: int, y: int) -> str | None:
        """The outcome key drawn at ``x``, ``y`` (widget coordinates), if any."""
        lines = self.lines(self.size.width)
        if not 0 <= y < len(lines):
            return None
        return next((k for cx, width, k, _ in lines[y][1] if cx <= x < cx + width), None)

    def position_of(self, key: str) -> tuple[int, int]:
        """Where ``key``'s outcome is drawn (for clicks in tests)."""
        for y, (_, cells) in enumerate(self.lines(self.size.width)):
            for x, _width, k, _ in cells:
                if k == key:
                    return x + 1, y
        raise KeyError(key)

    def on_click(self, event: events.Click) -> None:
        if (key := self.key_at(event.x, event.y)) is not None:
            self.post_message(self.Chosen(key))

    def show(self, chosen: Outcome | None) -> None:
        """Highlight the chosen outcome."""
        self.chosen = chosen
        self.refresh()
