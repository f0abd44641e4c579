"""Dialogs of the review screen: an observation pinned to a moment of the call, and the
history of a review's versions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from canvass.domain.review import Pin
from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.review_format import history_text, moment_text
from canvass.ui.screens.objection_bank import KeyLine
from canvass.ui.text import Plain, literal

if TYPE_CHECKING:
    from canvass.content.rubric_model import Rubric
    from canvass.content.validate import Library
    from canvass.services.review_rows import Moment, VersionRow

_CSS = """
    {name} {{ align: center middle; }}
    {name} .rv-dialog {{
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        padding: 0 1; border: round $primary; background: $surface;
        border-title-style: bold;
    }}
    {name} .rv-label {{ margin-top: 1; color: $text-muted; }}
    {name} .rv-keys {{ height: 1; margin-top: 1; color: $text-muted; }}
"""

#: What the observation dialog gives back: the text and the moment it is pinned to.
Observed = tuple[str, Pin | None]


class ObservationDialog(ModalScreen[Observed | None]):
    """One observation for a checkpoint, pinned to an event or an observer note."""

    DEFAULT_CSS = (
        _CSS.format(name="ObservationDialog")
        + """
    ObservationDialog #rv-obs { margin-top: 1; background: $boost; }
    ObservationDialog #rv-moments { height: auto; max-height: 10; margin-top: 1; }
    """
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "review.obs.key.save", key_display="^s", id="review.obs.save",
                priority=True),
        Binding("escape", "cancel", "review.obs.key.cancel", key_display="esc",
                id="review.obs.cancel"),
    ]  # fmt: skip

    def __init__(
        self,
        checkpoint: str,
        text: str,
        pin: Pin | None,
        moments: Sequence[Moment],
        library: Library | None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._checkpoint = checkpoint
        self._text = text
        self._pin = pin
        self._moments = list(moments)
        self._library = library

    def compose(self) -> ComposeResult:
        with Vertical(classes="rv-dialog") as dialog:
            dialog.border_title = literal(t("review.obs.title", checkpoint=self._checkpoint))
            yield Plain(t("review.obs.label"), classes="rv-label")
            yield Input(self._text, id="rv-obs", compact=True, max_length=500)
            yield Plain(t("review.obs.moment"), classes="rv-label")
            options = [Option(t("review.obs.no_moment"), id="none")]
            options += [
                Option(literal(moment_text(m, self._library)), id=f"{m.kind}:{m.id}")
                for m in self._moments
            ]
            yield OptionList(*options, id="rv-moments")
            yield KeyLine("review.obs.", id="rv-obs-keys")

    def on_mount(self) -> None:
        moments = self.query_one(OptionList)
        chosen = 0
        for index, moment in enumerate(self._moments, start=1):
            if self._pin is not None and (moment.kind, moment.id) in (
                ("event", self._pin.event),
                ("note", self._pin.note),
            ):
                chosen = index
        moments.highlighted = chosen
        self.query_one(Input).focus()

    def _chosen(self) -> Pin | None:
        moments = self.query_one(OptionList)
        index = moments.highlighted
        if index is None or index == 0:
            return None
        moment = self._moments[index - 1]
        return Pin(event=moment.id) if moment.kind == "event" else Pin(note=moment.id)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(OptionList).focus()  # then pick the moment (enter saves)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Keep the observation, pinned to the highlighted moment."""
        self.dismiss((self.query_one(Input).value.strip(), self._chosen()))

    def action_cancel(self) -> None:
        """Close; the checkpoint keeps the observation it had."""
        self.dismiss(None)


class HistoryDialog(ModalScreen[None]):
    """Every saved version of a review: who, when, what changed."""

    DEFAULT_CSS = (
        _CSS.format(name="HistoryDialog")
        + """
    HistoryDialog #rv-history { height: auto; max-height: 20; }
    """
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "review.history.key.close", key_display="esc",
                id="review.history.close"),
    ]  # fmt: skip

    def __init__(self, versions: Sequence[VersionRow], rubric: Rubric | None = None) -> None:
        super().__init__()
        localise_bindings(self)
        self._versions = versions
        self._rubric = rubric

    def compose(self) -> ComposeResult:
        with Vertical(classes="rv-dialog") as dialog:
            dialog.border_title = literal(t("review.history.title"))
            with VerticalScroll(id="rv-history"):
                yield Plain(history_text(self._versions, self._rubric))
            yield KeyLine("review.history.", id="rv-history-keys")

    def action_close(self) -> None:
        """Back to the review."""
        self.dismiss(None)
