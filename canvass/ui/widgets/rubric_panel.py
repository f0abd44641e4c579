"""The rubric beside the timeline: one phase at a time, a cursor on a checkpoint, the answer
keys (1-4, j/n, - for "ikke relevant"), tab to the next phase.

The panel holds the answers being typed (the screen saves them) and reports upward with
messages: an answer changed, an observation is wanted, a key was refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Static

from canvass.domain.review import NO, YES, Answer
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.review_format import level_text, phase_text

if TYPE_CHECKING:
    from canvass.content.rubric_model import Checkpoint, Rubric, RubricPhase
    from canvass.services.review_rows import Moment


class RubricPanel(Static, can_focus=True):
    """One phase of the rubric with its checkpoints and their answers."""

    DEFAULT_CSS = """
    RubricPanel { height: auto; padding: 0 1; }
    RubricPanel:focus { background: $boost; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key("review", "up", "move(-1)", "up", show=False),
        key("review", "down", "move(1)", "down", show=False),
        key("review", "tab", "phase(1)", "next_phase", key_display="tab"),
        key("review", "shift+tab", "phase(-1)", "previous_phase", show=False),
        key("review", "1", "scale(1)", "scale", key_display="1-4 j n -"),
        key("review", "2", "scale(2)", "scale2", show=False, tip=False),
        key("review", "3", "scale(3)", "scale3", show=False, tip=False),
        key("review", "4", "scale(4)", "scale4", show=False, tip=False),
        key("review", "j", "yes_no('yes')", "yes", show=False),
        key("review", "n", "yes_no('no')", "no", show=False),
        key("review", "minus", "not_relevant", "na", show=False),
        key("review", "enter", "observe", "observation", key_display="⏎"),
    ]

    @dataclass
    class Changed(Message):
        """An answer changed (the screen marks the review as changed, unsaved)."""

    @dataclass
    class ObservationWanted(Message):
        """Enter on a checkpoint: the screen asks for the observation and its moment."""

        checkpoint_id: str

    @dataclass
    class Refused(Message):
        """A key that does not fit the checkpoint; ``text`` says why."""

        text: str

    @dataclass
    class LeftLastPhase(Message):
        """Tab past the last phase: on to what worked, what to try, the commitment."""

    def __init__(self, rubric: Rubric, answers: Mapping[str, Answer], **kw: object) -> None:
        super().__init__("", markup=False, **kw)  # type: ignore[arg-type]
        localise_bindings(self)
        self.rubric = rubric
        self.answers: dict[str, Answer] = dict(answers)
        self.moments: Sequence[Moment] = ()
        self.phase_index = 0
        self.cursor = 0

    # What is shown ------------------------------------------------------------------------

    @property
    def phase(self) -> RubricPhase:
        return self.rubric.phases[self.phase_index]

    @property
    def point(self) -> Checkpoint:
        return self.phase.checkpoints[self.cursor]

    def on_mount(self) -> None:
        self.show()

    def on_focus(self) -> None:
        self.show()

    def on_blur(self) -> None:
        self.show()

    def on_resize(self) -> None:
        self.show()

    def show(self) -> None:
        """Draw the phase, the cursor and the level line."""
        total = sum(p.weight for p in self.rubric.phases)
        width = self.content_size.width or 60
        text = phase_text(
            self.phase, total, self.answers, self.cursor, self.moments, self.has_focus, width
        )
        text.append("\n")
        text.append_text(level_text(self.point, self.answers.get(self.point.id)))
        self.update(text)

    def set_answer(self, checkpoint_id: str, answer: Answer) -> None:
        self.answers[checkpoint_id] = answer
        self.show()
        self.post_message(self.Changed())

    def current_answer(self) -> Answer:
        found = self.answers.get(self.point.id)
        return found or Answer(self.phase.id, self.point.kind.value)

    # Keys ---------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self.cursor = max(0, min(len(self.phase.checkpoints) - 1, self.cursor + delta))
        self.show()

    def action_phase(self, delta: int) -> None:
        index = self.phase_index + delta
        if index >= len(self.rubric.phases):
            self.post_message(self.LeftLastPhase())
            return
        self.phase_index, self.cursor = max(0, index), 0
        self.show()

    def action_scale(self, value: int) -> None:
        if self.point.kind.value != "scale":
            self.post_message(self.Refused(t("review.refused.scale")))
            return
        self.set_answer(self.point.id, replace(self.current_answer(), value=value, na=False))

    def action_yes_no(self, value: str) -> None:
        if self.point.kind.value != "yes_no":
            self.post_message(self.Refused(t("review.refused.yes_no")))
            return
        answer = replace(self.current_answer(), value=YES if value == YES else NO, na=False)
        self.set_answer(self.point.id, answer)

    def action_not_relevant(self) -> None:
        if not self.point.allows_na:
            key = "review.refused.mandatory" if self.point.mandatory else "review.refused.na"
            self.post_message(self.Refused(t(key)))
            return
        current = self.current_answer()
        self.set_answer(self.point.id, replace(current, na=not current.na, value=None))

    def action_observe(self) -> None:
        self.post_message(self.ObservationWanted(self.point.id))
