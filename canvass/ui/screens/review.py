"""The review of one call (or held visit): the call as a timeline on the left, the rubric on
the right by phase, then what worked, what to try next time and the one commitment.

Everything is read and saved in thread workers through ``services.reviews``, which holds
the privacy rules; a refusal or a failed save shows a message and keeps every field as
typed. Texts from the rubric and the database are shown literally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Input
from textual.worker import Worker

from canvass.content.rubric_model import RubricKind
from canvass.domain.review import MAX_WORKED, ReviewContent, cleaned_worked
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.feedback import report_failure
from canvass.ui.review_format import head_text, status_text, timeline_text
from canvass.ui.screens.review_dialogs import HistoryDialog, ObservationDialog, Observed
from canvass.ui.text import Plain
from canvass.ui.widgets.rubric_panel import RubricPanel
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.content.rubric_model import Rubric
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.review_rows import ReviewRecord, Timeline, VersionRow
    from canvass.services.rows import ConsultantInfo


def pick_rubric(
    library: Library, kind: str, rubric_id: str | None = None, version: int | None = None
) -> Rubric | None:
    """The review's own rubric — at the ``version`` it was made against when that is
    loaded or published (:meth:`Library.rubric_at`), else as loaded now — else the
    library's rubric for a new review of a call or a visit (the shipped default first),
    else None."""
    rubric_at = getattr(library, "rubric_at", None)
    if rubric_id and version is not None and rubric_at is not None:
        own = rubric_at(rubric_id, version)
        if own is not None:
            return cast("Rubric", own)
    rubrics = getattr(library, "rubrics", None) or {}
    if rubric_id and rubric_id in rubrics:
        return cast("Rubric", rubrics[rubric_id])
    return library.rubric_for(RubricKind(kind))


def actor_of(me: ConsultantInfo) -> Actor:
    try:
        role = Role(me.role)
    except ValueError:
        role = Role.CONSULTANT
    return Actor(me.id, role)


def _comparable(content: ReviewContent) -> tuple[object, ...]:
    """What a save would store of ``content`` (blanks and outer spaces do not count)."""
    answers = {k: replace(a, observation=a.observation.strip()) for k, a in content.answers.items()}
    return (answers, cleaned_worked(content.worked), content.try_next.strip(),
            content.commitment.strip())  # fmt: skip


class ReviewScreen(Screen[None]):
    """Sparring on one call or visit, by the caller's buddy (at the time) or a trainer."""

    DEFAULT_CSS = """
    ReviewScreen #rv-bar { height: 1; padding: 0 1; background: $boost; }
    ReviewScreen #rv-head { width: 1fr; }
    ReviewScreen #rv-status { width: auto; text-style: bold; }
    ReviewScreen #rv-body { height: 1fr; }
    ReviewScreen #rv-timeline { width: 45%; padding: 0 1; border-right: solid $primary 40%; }
    ReviewScreen #rv-right { width: 1fr; }
    ReviewScreen #rv-form { height: auto; border-top: solid $primary 40%; padding: 0 1; }
    ReviewScreen .rv-row { height: 1; }
    ReviewScreen .rv-label { width: auto; padding-right: 1; color: $text-muted; }
    ReviewScreen .rv-row Input { width: 1fr; margin-right: 1; background: $boost; }
    ReviewScreen .rv-row Input:focus { background: $primary 30%; }
    ReviewScreen #rv-message { height: auto; padding: 0 1; color: $error; display: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key("review", "ctrl+s", "save(False)", "save", key_display="^s", priority=True),
        key("review", "ctrl+t", "save(True)", "share", key_display="^t", priority=True),
        key("review", "h", "history", "history"),
        key("review", "escape", "back", "back", key_display="esc"),
    ]

    @dataclass
    class Loaded(Message):
        timeline: Timeline | None
        record: ReviewRecord | None
        rubric: Rubric | None
        error: str = ""

    @dataclass
    class Saved(Message):
        record: ReviewRecord | None
        error: str = ""

    @dataclass
    class HistoryRead(Message):
        versions: list[VersionRow]
        error: str = ""

    def __init__(
        self,
        services: Services,
        me: ConsultantInfo,
        library: Library,
        clock: Callable[[], datetime],
        call_id: int | None = None,
        meeting_id: int | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services = services
        self._actor = actor_of(me)
        self._library = library
        self._clock = clock
        self._call_id = call_id
        self._meeting_id = meeting_id
        self.timeline: Timeline | None = None
        self.record: ReviewRecord | None = None
        self.rubric: Rubric | None = None
        self.dirty = False
        self._leaving = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="rv-bar"):
            yield Plain(t("review.loading"), id="rv-head")
            yield Plain("", id="rv-status")
        with Horizontal(id="rv-body"):
            with VerticalScroll(id="rv-timeline"):
                yield Plain("", id="rv-timeline-text")
            yield VerticalScroll(id="rv-right")
        with Vertical(id="rv-form"):
            with Horizontal(classes="rv-row"):
                yield Plain(t("review.form.worked"), classes="rv-label")
                for index in range(MAX_WORKED):
                    yield Input(id=f"rv-worked-{index}", compact=True, max_length=200)
            with Horizontal(classes="rv-row"):
                yield Plain(t("review.form.try_next"), classes="rv-label")
                yield Input(id="rv-try-next", compact=True, max_length=300)
            with Horizontal(classes="rv-row"):
                yield Plain(t("review.form.commitment"), classes="rv-label")
                yield Input(id="rv-commitment", compact=True, max_length=300)
        yield Plain("", id="rv-message")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("review.title")
        self._load()

    # Loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-load")
    def _load(self) -> None:
        reviews = self._services.reviews
        kind = "call" if self._call_id is not None else "visit"
        try:
            line = reviews.timeline(self._actor, self._call_id, meeting_id=self._meeting_id)
            rubric = pick_rubric(self._library, kind)
            if rubric is None:
                what = t(f"review.kind.{kind}")
                self.post_message(self.Loaded(line, None, None, t("review.no_rubric", kind=what)))
                return
            record = reviews.open_review(
                self._actor,
                rubric,
                call_id=self._call_id,
                meeting_id=self._meeting_id,
                at=self._clock(),
            )
        except (AccessDenied, ValueError) as refused:
            self.post_message(self.Loaded(None, None, None, str(refused)))
            return
        rubric = pick_rubric(self._library, kind, record.rubric_id, record.rubric_version) or rubric
        self.post_message(self.Loaded(line, record, rubric))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.timeline, self.record, self.rubric = message.timeline, message.record, message.rubric
        if message.timeline is not None:
            self.query_one("#rv-head", Plain).update(head_text(message.timeline))
            self.query_one("#rv-timeline-text", Plain).update(
                timeline_text(message.timeline, self._library)
            )
        else:
            self.query_one("#rv-head", Plain).update(t("review.title"))
        right = self.query_one("#rv-right", VerticalScroll)
        if message.error or message.rubric is None or message.record is None:
            right.mount(Plain(message.error, id="rv-refused"))
            for field in self.query(Input):
                field.disabled = True
            self.refresh_bindings()
            return
        panel = RubricPanel(message.rubric, message.record.answers, id="rv-rubric")
        panel.moments = message.timeline.moments if message.timeline else ()
        right.mount(panel)
        self._fill_form(message.record)
        self._show_status()
        panel.focus()
        self.refresh_bindings()

    def _fill_form(self, record: ReviewRecord) -> None:
        for index in range(MAX_WORKED):
            value = record.worked[index] if index < len(record.worked) else ""
            self.query_one(f"#rv-worked-{index}", Input).value = value
        self.query_one("#rv-try-next", Input).value = record.try_next
        self.query_one("#rv-commitment", Input).value = record.commitment
        self.dirty = False

    def _show_status(self) -> None:
        text = status_text(self.record)
        if self.dirty and self.record is not None and self.record.version > 0:
            text += " · " + t("review.status.changed")
        self.query_one("#rv-status", Plain).update(text)

    # Editing ------------------------------------------------------------------------------

    @property
    def panel(self) -> RubricPanel | None:
        found = self.query(RubricPanel)
        return found.first() if found else None

    def content(self) -> ReviewContent:
        """What is on the screen now, as the content to save."""
        panel = self.panel
        worked = tuple(
            self.query_one(f"#rv-worked-{index}", Input).value for index in range(MAX_WORKED)
        )
        return ReviewContent(
            answers=dict(panel.answers) if panel is not None else {},
            worked=worked,
            try_next=self.query_one("#rv-try-next", Input).value,
            commitment=self.query_one("#rv-commitment", Input).value,
        )

    @on(RubricPanel.Changed)
    @on(Input.Changed)
    def _changed(self) -> None:
        # Compared with what was saved (filling the fields on load changes nothing).
        if self.record is not None:
            self.dirty = _comparable(self.content()) != _comparable(self.record.content)
            self._leaving = False
            self._show_status()

    @on(RubricPanel.Refused)
    def _refused(self, message: RubricPanel.Refused) -> None:
        self.notify(message.text, severity="warning")

    @on(RubricPanel.LeftLastPhase)
    def _to_form(self) -> None:
        self.query_one("#rv-worked-0", Input).focus()

    @on(RubricPanel.ObservationWanted)
    def _observe(self, message: RubricPanel.ObservationWanted) -> None:
        panel, line = self.panel, self.timeline
        if panel is None or self.rubric is None:
            return
        found = self.rubric.checkpoint(message.checkpoint_id)
        if found is None:
            return
        _phase, point = found
        current = panel.answers.get(point.id)

        def observed(result: Observed | None) -> None:
            if result is None:
                return
            text, pin = result
            base = current or panel.current_answer()
            panel.set_answer(point.id, replace(base, observation=text, pin=pin))

        self.app.push_screen(
            ObservationDialog(
                point.text,
                current.observation if current else "",
                current.pin if current else None,
                line.moments if line else (),
                self._library,
            ),
            observed,
        )

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    # Saving -------------------------------------------------------------------------------

    def action_save(self, share: bool) -> None:
        """Save a new version (a draft, or shared with the caller)."""
        if self.record is None:
            return
        self._save(self.record.id, self.record.version, self.content(), share)

    @work(thread=True, exit_on_error=False, group="review-save")
    def _save(self, review_id: int, version: int, content: ReviewContent, share: bool) -> None:
        try:
            saved = self._services.reviews.save(
                self._actor,
                review_id,
                content,
                share=share,
                rubric=self.rubric,
                at=self._clock(),
                expected_version=version,
            )
        except (AccessDenied, ValueError) as refused:
            self.post_message(self.Saved(None, str(refused)))
            return
        self.post_message(self.Saved(saved))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        message_line = self.query_one("#rv-message", Plain)
        if message.record is None:
            # Nothing typed is lost: the fields stay as they are.
            message_line.update(t("review.not_saved", reason=message.error))
            message_line.display = True
            self.notify(message.error, title=t("review.not_saved.title"), severity="error")
            return
        message_line.display = False
        self.record = message.record
        self.dirty = False
        self._leaving = False
        self._show_status()
        done = "review.shared" if message.record.status == "shared" else "review.saved"
        self.notify(t(done, version=message.record.version))

    # History and leaving ------------------------------------------------------------------

    def action_history(self) -> None:
        """Show every saved version: who, when, what changed."""
        if self.record is not None:
            self._read_history(self.record.id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="review-history")
    def _read_history(self, review_id: int) -> None:
        try:
            versions = self._services.reviews.history(self._actor, review_id)
        except (AccessDenied, ValueError) as refused:
            self.post_message(self.HistoryRead([], str(refused)))
            return
        self.post_message(self.HistoryRead(versions))

    @on(HistoryRead)
    def _history_read(self, message: HistoryRead) -> None:
        if message.error:
            self.notify(message.error, severity="error")
            return
        self.app.push_screen(HistoryDialog(message.versions, self.rubric))

    def action_back(self) -> None:
        """From a field back to the rubric; from the rubric out (asking once if unsaved)."""
        panel = self.panel
        if isinstance(self.focused, Input) and panel is not None:
            panel.focus()
            return
        if self.dirty and not self._leaving:
            self._leaving = True
            self.notify(t("review.unsaved_leave"), severity="warning")
            return
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("save", "history"):
            return self.record is not None
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)
