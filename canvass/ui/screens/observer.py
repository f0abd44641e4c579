"""Following a buddy's call live from a second terminal (WIREFRAMES.md "Observer").

A thread polls the cheap change token (every :attr:`ObserverScreen.POLL` seconds) and
reads the snapshot only when it changed, so the screen shows the caller's key within a
second; the same thread keeps the observation's heartbeat fresh, which the caller sees.
When the call ends the observer is told (and ``app.open_review(call_id)`` is called when
the app has it); the screen then waits for the next call and follows it by itself.
``n`` writes a note (its second and phase are set from the call), ``esc`` stops following.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Input
from textual.worker import get_current_worker

from canvass.domain.phone import format_phone
from canvass.domain.sparring_access import AccessDenied
from canvass.i18n import t
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.observer_format import (
    event_lines,
    goal_line,
    header_clock,
    note_lines,
    phase_times,
    summary_lines,
)
from canvass.ui.text import Plain
from canvass.ui.widgets.bala_tracker import BalaTracker
from canvass.ui.widgets.phase_stepper import PhaseStepper
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Services
    from canvass.services.observe import CallSnapshot, ObserverNoteRow
    from canvass.services.rows import ConsultantInfo


class ObserverScreen(Screen[None]):
    """Follows ``observed``'s calls live for ``me`` (their buddy or a trainer)."""

    DEFAULT_CSS = """
    ObserverScreen #obs-top { height: 1; padding: 0 1; background: $boost; }
    ObserverScreen #obs-title { width: 1fr; text-style: bold; }
    ObserverScreen #obs-clock { width: auto; color: $text-accent; }
    ObserverScreen #obs-goal { height: auto; max-height: 2; padding: 0 1; }
    ObserverScreen #obs-progress { height: 1; padding: 0 1; }
    ObserverScreen #obs-stepper { width: 1fr; }
    ObserverScreen #obs-bala { width: auto; margin-left: 1; }
    ObserverScreen #obs-times { height: 1; padding: 0 1; color: $text-muted; }
    ObserverScreen #obs-summary {
        height: auto; padding: 0 1; background: $warning 15%; display: none;
    }
    ObserverScreen #obs-main { height: 1fr; border-top: hkey $primary 40%; }
    ObserverScreen #obs-events-box { width: 1fr; padding: 0 1; border-right: vkey $primary 40%; }
    ObserverScreen #obs-notes-box { width: 1fr; padding: 0 1; }
    ObserverScreen .obs-label { color: $text-muted; text-style: bold; }
    ObserverScreen #obs-note { margin-top: 0; }
    ObserverScreen #obs-status { height: 1; padding: 0 1; color: $text-muted; }
    """

    AUTO_FOCUS = ""  # the keys work at once; `n` enters the note field

    BINDINGS: ClassVar[list[BindingType]] = [
        key("observer", "n", "note", "note"),
        key("observer", "escape", "stop", "stop", key_display="esc"),
    ]

    #: Seconds between two reads of the change token; between two heartbeats.
    POLL: ClassVar[float] = 0.25
    HEARTBEAT: ClassVar[float] = 3.0

    @dataclass
    class Changed(Message):
        """The followed consultant's open call as just read (None between calls)."""

        snapshot: CallSnapshot | None

    @dataclass
    class Ended(Message):
        """A followed call has ended: how it looked at the end."""

        snapshot: CallSnapshot

    def __init__(
        self,
        services: Services,
        me: ConsultantInfo,
        observed: ConsultantInfo,
        clock: Callable[[], datetime],
        library: Library | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._me, self._observed, self._clock = services, me, observed, clock
        self._library = library
        self._snap: CallSnapshot | None = None  # the call shown (the last one, once ended)
        self._ended: CallSnapshot | None = None  # set while the shown call has ended
        self._notes: dict[int, ObserverNoteRow] = {}  # my notes on the shown call
        self._stopping = threading.Event()
        self._refetch = threading.Event()
        self.following = False  # the observation is started

    @property
    def library(self) -> Library:
        return self._library or self.app.library  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="obs-top"):
            who = f"{self._observed.initials} ({self._observed.name})"
            yield Plain(t("observer.title", who=who), id="obs-title")
            yield Plain(id="obs-clock")
        yield Plain(t("observer.starting"), id="obs-goal")
        with Horizontal(id="obs-progress"):
            yield PhaseStepper(id="obs-stepper")
            yield BalaTracker(id="obs-bala")
        yield Plain(id="obs-times")
        yield Plain(id="obs-summary")
        with Horizontal(id="obs-main"):
            with Vertical(id="obs-events-box"):
                yield Plain(t("observer.events"), classes="obs-label")
                with VerticalScroll(id="obs-events-scroll", can_focus=False):
                    yield Plain(id="obs-events")
            with Vertical(id="obs-notes-box"):
                yield Plain(t("observer.notes"), classes="obs-label")
                with VerticalScroll(id="obs-notes-scroll", can_focus=False):
                    yield Plain(t("observer.no_notes"), id="obs-notes")
                yield Input(placeholder=t("observer.note_placeholder"), id="obs-note", compact=True)
        yield Plain(t("observer.visible", initials=self._observed.initials), id="obs-status")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self._follow()
        self.set_interval(1, self._tick)

    def on_unmount(self) -> None:
        self._stopping.set()  # the polling thread stops and ends the observation

    # Polling (thread) -----------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="observer-poll")
    def _follow(self) -> None:
        """Start the observation, then poll until the screen goes; end it afterwards."""
        worker, observe = get_current_worker(), self._services.observe
        me, observed = self._me.id, self._observed.id
        try:
            observation = observe.start(me, observed, self._clock())
        except AccessDenied as error:
            self.app.call_from_thread(self._denied, str(error))
            return
        self.following = True
        token: object = object()  # never equal to a token read
        beat = 0.0
        troubled = False
        try:
            while not (worker.is_cancelled or self._stopping.is_set()):
                try:
                    now = time.monotonic()
                    if now - beat >= self.HEARTBEAT:
                        if not observe.heartbeat(observation, self._clock()):
                            observation = observe.start(me, observed, self._clock())
                        beat = now
                    read = observe.change_token(observed)
                    if read != token or self._refetch.is_set():
                        self._refetch.clear()
                        self.post_message(self.Changed(observe.snapshot(me, observed)))
                        token = read
                    troubled = False
                except AccessDenied as error:  # no longer their buddy
                    self.app.call_from_thread(self._denied, str(error))
                    return
                except Exception:  # the database is away: say so once, keep trying
                    if not troubled:
                        self.app.call_from_thread(self._trouble)
                    troubled = True
                self._stopping.wait(self.POLL)
        finally:
            self.following = False
            # Best effort: if the database is away, the heartbeat goes stale within seconds.
            with contextlib.suppress(Exception):
                observe.stop(observation, self._clock())

    @work(thread=True, exit_on_error=False, group="observer-ended")
    def _read_ended(self, call_id: int) -> None:
        ended = self._services.observe.call_snapshot(self._me.id, call_id)
        if ended is not None and ended.ended:
            self.post_message(self.Ended(ended))

    def _denied(self, message: str) -> None:
        self.notify(message, title=t("observer.denied_title"), severity="error", markup=False)
        if self.is_attached:
            self.dismiss(None)

    def _trouble(self) -> None:
        message = t("observer.trouble", initials=self._observed.initials)
        self.notify(message, severity="warning", markup=False)

    # What was read ----------------------------------------------------------------------

    @on(Changed)
    def _changed(self, event: Changed) -> None:
        snap, shown = event.snapshot, self._snap
        left = shown is not None and (snap is None or snap.call_id != shown.call_id)
        if left and shown is not None and self._ended is None:
            self._read_ended(shown.call_id)  # the call shown has ended (or was left)
        if snap is None:
            if shown is None:
                self._show_waiting()
            return
        if shown is not None and snap.call_id != shown.call_id:
            self._notes = {}
            message = t("observer.next_call", initials=self._observed.initials,
                        company=snap.view.company_name)  # fmt: skip
            self.notify(message, markup=False)
        self._snap, self._ended = snap, None
        self._notes.update({note.id: note for note in snap.notes})
        self._draw()

    @on(Ended)
    def _call_ended(self, event: Ended) -> None:
        ended = event.snapshot
        if self._snap is not None and self._snap.call_id == ended.call_id:
            self._snap = self._ended = ended
            self._notes.update({note.id: note for note in ended.notes})
            self._draw()
        initials, company = self._observed.initials, ended.view.company_name
        self.notify(t("observer.ended_toast", initials=initials, company=company), markup=False)
        open_review = getattr(self.app, "open_review", None)
        if callable(open_review):
            open_review(ended.call_id)

    def _show_waiting(self) -> None:
        self.query_one("#obs-goal", Plain).update(
            t("observer.waiting", initials=self._observed.initials)
        )

    # Drawing ------------------------------------------------------------------------------

    def _draw(self) -> None:
        snap = self._snap
        if snap is None:
            return
        who = f"{self._observed.initials} ({self._observed.name})"
        phone = snap.view.company_phone
        title = f"{t('observer.title', who=who)} ─ {snap.view.company_name}"
        self.query_one("#obs-title", Plain).update(
            title + (f" · {format_phone(phone)}" if phone else "")
        )
        self.query_one("#obs-goal", Plain).update(goal_line(snap))
        stepper = self.query_one(PhaseStepper)
        stepper.phase, stepper.visited = snap.phase, frozenset(snap.visited) - {snap.phase}
        self.query_one(BalaTracker).reached = len(snap.bala)
        self.query_one("#obs-events", Plain).update("\n".join(event_lines(snap, self.library)))
        self.query_one("#obs-events-scroll", VerticalScroll).scroll_end(animate=False)
        notes = note_lines(list(self._notes.values()))
        self.query_one("#obs-notes", Plain).update("\n".join(notes) or t("observer.no_notes"))
        self.query_one("#obs-notes-scroll", VerticalScroll).scroll_end(animate=False)
        summary = self.query_one("#obs-summary", Plain)
        summary.display = self._ended is not None
        if self._ended is not None:
            lines = summary_lines(self._ended, len(self._notes), self._observed.initials)
            summary.update("\n".join(lines))
        self._tick()

    def _tick(self) -> None:
        snap, now = self._snap, self._clock()
        if snap is None:
            return
        self.query_one("#obs-clock", Plain).update(header_clock(snap, now))
        self.query_one("#obs-times", Plain).update(phase_times(snap, now))

    # Actions ------------------------------------------------------------------------------

    def action_note(self) -> None:
        """Write a note: the cursor goes to the note field."""
        self.query_one("#obs-note", Input).focus()

    def action_stop(self) -> None:
        """Leave the note field (its text stays); else stop following."""
        if isinstance(self.focused, Input):
            self.set_focus(None)
            return
        self._stopping.set()
        self.dismiss(None)

    @on(Input.Submitted, "#obs-note")
    def _note_submitted(self, event: Input.Submitted) -> None:
        text = event.value
        if not text.strip():
            return
        snap = self._snap
        if snap is None:
            self.notify(t("observer.no_call_for_note"), severity="warning")
            return
        now = self._clock()
        offset = int(snap.elapsed(now))
        event.input.value = ""  # back if saving fails (nothing typed is lost)
        self._save_note(snap.call_id, text, offset, snap, now)

    @work(thread=True, exit_on_error=False, group="observer-note")
    def _save_note(
        self, call_id: int, text: str, offset: int, snap: CallSnapshot, at: datetime
    ) -> None:
        try:
            note = self._services.observe.add_note(
                call_id, self._me.id, text, offset, snap.phase, at
            )
        except Exception as error:  # refused, too long, database away: keep the text
            self.app.call_from_thread(self._note_failed, text, str(error))
            return
        self.app.call_from_thread(self._note_saved, note)

    def _note_saved(self, note: ObserverNoteRow) -> None:
        if self._snap is not None and self._snap.call_id == note.call_id:
            self._notes[note.id] = note
            self._draw()

    def _note_failed(self, text: str, reason: str) -> None:
        field = self.query_one("#obs-note", Input)
        if not field.value:
            field.value = text
        else:
            field.value = f"{text} {field.value}"
        self.notify(t("observer.note_failed", reason=reason), severity="error", markup=False)
