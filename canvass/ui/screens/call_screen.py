"""The call: the script's five phases, BALA, the objection bank, notes, then the outcome.

Every phase change, BALA step and objection is handed to the app's writer the moment
it happens; the notes are saved at most half a second after a keystroke, also while
the consultant keeps typing. The screen
dismisses with the company id once the outcome is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar
from zoneinfo import ZoneInfo

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static, TextArea

from canvass.domain.call_session import CallSession, Event, EventKind
from canvass.domain.dialing import DialCommand, preset
from canvass.domain.offers import Offer
from canvass.domain.phases import PHASE_ORDER, Phase
from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.store.calls import CompanyClaimed
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.dialer import dial
from canvass.ui.merge_values import merge_values
from canvass.ui.screens.call_contacts import ContactSwitching
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.history import HistoryScreen
from canvass.ui.screens.objection_bank import ObjectionBankScreen, ObjectionPick
from canvass.ui.screens.script_picker import ScriptPicker
from canvass.ui.screens.wrapup_dialog import WrapUpScreen
from canvass.ui.text import Plain
from canvass.ui.widgets.bala_tracker import BalaTracker
from canvass.ui.widgets.company_card import CompanyCardView
from canvass.ui.widgets.phase_stepper import PhaseStepper
from canvass.ui.widgets.script_view import ScriptView

if TYPE_CHECKING:
    from canvass.content.models import CallScript
    from canvass.content.validate import Library
    from canvass.domain.wrapup import WrapUp
    from canvass.store import Store
    from canvass.store.calls import OpenCall
    from canvass.store.cards import CompanyCard
    from canvass.store.rows import ConsultantInfo
    from canvass.store.writer import Writer

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
NOTES_DELAY = 0.5  # seconds; the promise is "within a second of typing"


def _clock_text(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def _short_clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def choose_script(
    library: Library, segment: str | None, last_used: str | None, preferred: str | None = None
) -> CallScript | None:
    """The script for this company.

    The call list's own script (``preferred``) when it has one; else the one used last
    time when it fits the company's segment; else the most specific
    script for the segment (fewest segments listed); else the one used last time;
    else the first recruitment script (the usual reason to call); else the first.
    """
    if preferred and preferred in library.scripts:
        return library.scripts[preferred]
    scripts = list(library.scripts.values())
    key = (segment or "").casefold()
    fitting = [s for s in scripts if key and key in (g.casefold() for g in s.target.segments)]
    if last_used and any(s.id == last_used for s in fitting):
        return library.scripts[last_used]
    if fitting:
        return min(fitting, key=lambda s: len(s.target.segments))
    if last_used and last_used in library.scripts:
        return library.scripts[last_used]
    # A script for one kind of call (a job order, a follow-up) names no segments: not a default.
    general = [s for s in scripts if s.target.segments] or scripts
    recruiting = [s for s in general if Offer.REKRUTTERING in s.target.offers]
    candidates = recruiting or general
    return candidates[0] if candidates else None


def _phase_binding(number: int) -> Binding:
    return Binding(
        str(number),
        f"phase({number})",
        "call.key.phase",
        key_display="1-5",
        show=number == 1,
        id=f"call.phase{number}",
        tooltip="call.key.phase.tip",
    )


class CallScreen(ContactSwitching, Screen[int | None]):
    """One phone call, from the opening to the stored outcome."""

    DEFAULT_CSS = """
    CallScreen #call-top { height: 1; padding: 0 1; background: $boost; }
    CallScreen #call-title { width: 1fr; text-style: bold; }
    CallScreen #call-clock { width: auto; color: $text-accent; }
    CallScreen #call-progress { height: 1; padding: 0 1; margin-top: 1; }
    CallScreen #stepper { width: 1fr; }
    CallScreen #bala { width: auto; margin-left: 1; }
    CallScreen #call-main { height: 1fr; margin-top: 1; }
    CallScreen #script-scroll {
        width: 2fr; padding: 0 1; border-right: vkey $primary 40%; scrollbar-size-vertical: 1;
    }
    CallScreen #card-scroll { width: 1fr; min-width: 36; padding: 0 1; }
    CallScreen #notes-box { height: 5; padding: 0 1; border-top: hkey $primary 40%; }
    CallScreen #notes-label { color: $text-muted; }
    CallScreen #notes { height: 1fr; border: none; padding: 0; background: $boost; }
    CallScreen #notes:focus { background: $surface-lighten-1; }
    """

    # Nothing is focused at first, so the single-letter keys work; `n` enters the notes.
    AUTO_FOCUS = ""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(_phase_binding(n) for n in range(1, 6)),
        Binding("left", "step(-1)", "call.key.prev", show=False, id="call.prev"),
        Binding("right", "step(1)", "call.key.next", key_display="←→", id="call.next"),
        Binding("b", "bala", "call.key.bala", id="call.bala", tooltip="call.key.bala.tip"),
        Binding("B", "bala_undo", "call.key.bala_undo", id="call.bala_undo"),
        Binding("o", "objections", "call.key.objections", id="call.objections"),
        Binding("n", "notes", "call.key.notes", id="call.notes", tooltip="call.key.notes.tip"),
        Binding("escape", "leave_notes", "call.key.leave_notes", show=False, id="call.leave"),
        Binding("s", "pick_script", "call.key.script", id="call.script"),
        key("call", "h", "history", "history", show=False),  # in help (?): the footer is full
        key("call", "e", "end_call", "end", priority=True),  # typed-ahead keys: to the wrap-up
        key("call", "k", "switch_contact", "switch_contact"),
        Binding("q", "quit_call", "call.key.quit", show=False, id="call.quit"),
        Binding("d", "dial", "call.key.dial", id="call.dial", tooltip="call.key.dial.tip"),
        Binding("up", "scroll_script(-1)", show=False),
        Binding("down", "scroll_script(1)", show=False),
    ]

    def __init__(
        self,
        *,
        store: Store,
        library: Library,
        writer: Writer,
        clock: Callable[[], datetime],
        consultant: ConsultantInfo,
        company_id: int,
        organisation: str,
        resume: OpenCall | None = None,
        preferred_script: str | None = None,
        dial: DialCommand | None = None,
        dial_on_open: bool = False,
        contact_id: int | None = None,
    ) -> None:
        super().__init__()
        self._dial, self._dial_on_open = dial or preset("tel"), dial_on_open
        self._contact_id = contact_id  # the contact to talk to, else the company's first
        self._preferred_script = preferred_script  # the call list's script, if it has one
        localise_bindings(self)
        self._store, self._library, self._writer = store, library, writer
        self._clock, self._consultant = clock, consultant
        self.company_id, self._organisation, self._resume = company_id, organisation, resume
        self._index = library.objection_index
        self._says = {oid: objection.says for oid, objection in library.objections.items()}
        self.call_id: int | None = None
        self.session: CallSession | None = None
        self.script: CallScript | None = None
        self.card: CompanyCard | None = None
        self._values: dict[str, str | None] = {}
        self._visited: set[Phase] = set()
        self._notes_timer: Timer | None = None
        self._ending = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="call-top"):
            yield Plain(t("call.loading"), id="call-title")
            yield Plain(id="call-clock")
        with Horizontal(id="call-progress"):
            yield PhaseStepper(id="stepper")
            yield BalaTracker(id="bala")
        with Horizontal(id="call-main"):
            with VerticalScroll(id="script-scroll", can_focus=False):
                yield ScriptView(id="script")
            with VerticalScroll(id="card-scroll", can_focus=False):
                yield CompanyCardView(id="card")
        with Vertical(id="notes-box"):
            yield Plain(t("call.notes_label"), id="notes-label")
            yield TextArea(id="notes", soft_wrap=True, show_line_numbers=False)
        yield Footer(compact=True)  # compact: room for `d` (dial) at 120 columns

    def on_mount(self) -> None:
        self.query_one("#script-scroll").can_focus = False
        self.query_one("#card-scroll").can_focus = False
        self._open_call()
        self.set_interval(1, self._tick)

    # Opening (thread) ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="call-open")
    def _open_call(self) -> None:
        """Load the card, choose the script and start (or resume) the call."""
        card = self._store.company_card(self.company_id, self._consultant.id)
        if card is None:
            self.app.call_from_thread(self.dismiss, None)
            return
        if self._resume is None:  # my own unfinished call here is resumed, never doubled
            self._resume = self._store.open_call(self._consultant.id, self.company_id)
        card = card.with_contact(self._resume.contact_id if self._resume else self._contact_id)
        if self._resume is not None:
            try:  # left long ago, the claim may have gone to a colleague on it now
                self._store.claim_company(self.company_id, self._consultant.id, self._clock())
            except CompanyClaimed as claimed:
                text = t("call.claimed", name=card.name, initials=claimed.initials)
                self.app.call_from_thread(self._refuse, text)
                return
            session = CallSession.replay(self._resume.started_at, self._resume.events)
            script = self._library.scripts.get(self._resume.script_id) or choose_script(
                self._library, card.segment, None
            )
            call_id = self._resume.call_id
        else:
            script = choose_script(
                self._library,
                card.segment,
                self._store.last_script_id(self.company_id),
                self._preferred_script,
            )
            if script is None:
                self.app.call_from_thread(self._refuse, t("call.no_scripts"))
                return
            session, first = CallSession.begin(self._clock())
            try:
                call_id = self._store.start_call(
                    company_id=self.company_id,
                    consultant_id=self._consultant.id,
                    script_id=script.id,
                    script_version=script.version,
                    script_hash=self._library.content_hash(script.id),
                    first_event=first,
                    contact_id=card.contact.id if card.contact else None,
                )
            except CompanyClaimed as claimed:
                self.app.call_from_thread(
                    self._refuse, t("call.claimed", name=card.name, initials=claimed.initials)
                )
                return
        self.app.call_from_thread(self._ready, card, script, session, call_id)

    def _refuse(self, message: str) -> None:
        self.notify(message, severity="error", timeout=10, markup=False)  # names are text
        self.dismiss(None)

    def _ready(
        self, card: CompanyCard, script: CallScript | None, session: CallSession, call_id: int
    ) -> None:
        self.card, self.script, self.session, self.call_id = card, script, session, call_id
        self._values = merge_values(
            card, self._consultant, self._organisation, self._library.trades
        )
        self._visited = {e.phase for e in getattr(self._resume, "events", ()) if e.phase}
        notes = self.query_one("#notes", TextArea)
        notes.load_text(session.notes)
        self._show_title()
        self._refresh_all()
        if self._resume is not None:
            self.notify(t("call.resumed", name=card.name))
        elif self._dial_on_open:
            self.action_dial()

    # Drawing ---------------------------------------------------------------------------------

    def _show_title(self) -> None:
        assert self.card is not None
        contact = self.card.contact
        who = (
            f"{contact.name} ({contact.role})"
            if contact and contact.role
            else (contact.name if contact else t("call.no_contact"))
        )
        parts = [
            self.card.name,
            f"CVR {self.card.cvr}" if self.card.cvr else "",
            format_phone(self.card.phone or ""),
            who,
        ]
        self.query_one("#call-title", Static).update(Content(" · ".join(p for p in parts if p)))

    def _refresh_all(self) -> None:
        if self.session is None or self.card is None:
            return
        stepper = self.query_one(PhaseStepper)
        stepper.phase = self.session.phase
        stepper.visited = frozenset(self._visited)
        self.query_one(BalaTracker).reached = len(self.session.bala)
        if self.script is not None:
            self.query_one(ScriptView).show(self.script, self.session.phase, self._values)
        self.query_one("#script-scroll", VerticalScroll).scroll_home(animate=False)
        self._tick()

    def phase_times(self, now: datetime) -> list[tuple[str, str]]:
        """(phase name, time spent) for every phase the call has spent a second in."""
        assert self.session is not None
        return [
            (t(f"phase.short.{phase.value}"), _short_clock(seconds))
            for phase in PHASE_ORDER
            if (seconds := self.session.seconds_in(phase, now)) >= 1
        ]

    def _show_card(self, now: datetime) -> None:
        if self.session is None or self.card is None:
            return
        objections = [
            self._library.objections[use.objection_id].says
            for use in self.session.objections
            if use.objection_id in self._library.objections
        ]
        script = self.script.title if self.script else t("call.no_scripts")
        card = self.query_one(CompanyCardView)
        card.show(self.card, objections, script, self.phase_times(now), says=self._says)

    def _tick(self) -> None:
        if self.session is None:
            return
        # Only after a failed write: a write merely in flight is not "not saved yet".
        unsaved = t("call.unsaved") if self._writer.behind else ""
        self.query_one("#notes-label", Static).update(t("call.notes_label") + unsaved)
        now = self._clock()
        self._show_card(now)
        total = _clock_text(self.session.elapsed(now))
        phase = _clock_text(self.session.seconds_in(self.session.phase, now))
        script = self.script.title if self.script else ""
        self.query_one("#call-clock", Static).update(
            t(
                "call.clock",
                total=total,
                number=self.session.phase.number,
                phase=phase,
                script=script,
            )
        )

    # Saving ------------------------------------------------------------------------------------

    def _save(self, events: list[Event | None]) -> None:
        """Hand events to the writer at once; it stores them in order off the UI thread."""
        to_store = [e for e in events if e is not None]
        if to_store and self.call_id is not None:
            call_id = self.call_id
            self._writer.submit(lambda: self._store.record_events(call_id, to_store))

    @on(TextArea.Changed, "#notes")
    def _notes_changed(self) -> None:
        # Save NOTES_DELAY after the first unsaved keystroke, not after the last one:
        # a consultant typing without pause still has every second of it on disk.
        if self._notes_timer is None:
            self._notes_timer = self.set_timer(NOTES_DELAY, self._save_notes)

    def _save_notes(self) -> None:
        if self._notes_timer is not None:
            self._notes_timer.stop()
            self._notes_timer = None
        if self.session is None:
            return
        text = self.query_one("#notes", TextArea).text
        self._save([self.session.set_notes(text, self._clock())])

    # Actions -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Nothing to do before the call is open; the keys come alive once it is.
        if action in ("quit_call", "leave_notes"):
            return True
        if action == "end_call" and isinstance(self.focused, TextArea):
            return False  # an "e" typed in the notes
        return self.session is not None

    def action_phase(self, number: int) -> None:
        """Jump to phase ``number`` (1–5)."""
        self._go(lambda s, now: s.go_to(PHASE_ORDER[number - 1], now))

    def action_step(self, delta: int) -> None:
        """Next (1) or previous (-1) phase."""
        self._go(lambda s, now: s.step(delta, now))

    def _go(self, move: Callable[[CallSession, datetime], list[Event]]) -> None:
        assert self.session is not None
        before = self.session.phase
        events = move(self.session, self._clock())
        if events:
            self._visited.add(before)
            self._save(list(events))
            self._refresh_all()

    def action_bala(self) -> None:
        """Mark the next BALA step reached."""
        assert self.session is not None
        event = self.session.reach_bala(self._clock())
        if event is None:
            self.notify(t("call.bala_done"))
            return
        self._save([event])
        self._refresh_all()

    def action_bala_undo(self) -> None:
        """Take back the last BALA step."""
        assert self.session is not None
        self._save([self.session.undo_bala(self._clock())])
        self._refresh_all()

    def action_dial(self) -> None:
        """Dial the contact person (else the company) with the configured dial command."""
        assert self.card is not None
        contact = self.card.contact
        dial(self.app, self._dial, (contact.phone if contact else None) or self.card.phone,
             self._dialled)  # fmt: skip

    def _dialled(self, number: str) -> None:
        if self.session is not None:
            at, phase = self._clock(), self.session.phase
            self._save([Event(EventKind.DIAL, at, phase=phase, detail=number)])

    def action_objections(self) -> None:
        """Open the objection bank for the current phase."""
        assert self.session is not None
        self.app.push_screen(
            ObjectionBankScreen(self._index, self.session.phase, self._values),
            self._objection_picked,
        )

    def _objection_picked(self, pick: ObjectionPick | None) -> None:
        if pick is None or self.session is None:
            return
        self._save([self.session.use_objection(pick.objection_id, pick.answer_id, self._clock())])
        self._refresh_all()

    def action_notes(self) -> None:
        """Put the cursor at the end of the notes."""
        notes = self.query_one("#notes", TextArea)
        notes.focus()
        notes.move_cursor(notes.document.end)

    def action_leave_notes(self) -> None:
        """Leave the notes (and save them now)."""
        self._save_notes()
        self.set_focus(None)

    def action_scroll_script(self, delta: int) -> None:
        """Scroll the script up or down."""
        scroll = self.query_one("#script-scroll", VerticalScroll)
        scroll.scroll_relative(y=delta * 3, animate=False)

    def action_history(self) -> None:
        """Every earlier call to the company, in full."""
        assert self.card is not None
        card, store = self.card, self._store
        self.app.push_screen(HistoryScreen(store, self._clock, self._library, card.id, card.name))

    def action_pick_script(self) -> None:
        """Switch to another call script."""
        scripts = list(self._library.scripts.values())
        current = self.script.id if self.script else None
        self.app.push_screen(ScriptPicker(scripts, current), self._script_picked)

    def _script_picked(self, script_id: str | None) -> None:
        if not script_id or self.call_id is None or script_id not in self._library.scripts:
            return
        self.script = self._library.scripts[script_id]
        call_id, script = self.call_id, self.script
        content_hash = self._library.content_hash(script.id)
        self._writer.submit(
            lambda: self._store.set_call_script(call_id, script.id, script.version, content_hash)
        )
        self._refresh_all()

    def action_end_call(self) -> None:
        """Choose the outcome and save the call."""
        assert self.session is not None and self.card is not None
        self._save_notes()
        now = self._clock()
        contact = self.card.contact
        attendees = ", ".join(
            p for p in (contact.name if contact else "", self._consultant.initials) if p
        )
        self.app.push_screen(
            WrapUpScreen(
                self.card.name,
                _clock_text(self.session.elapsed(now)),
                now=now,
                today=now.astimezone(LOCAL_TZ).date(),
                attendees=attendees,
                location=self.card.address_line,
            ),
            self._wrapped_up,
        )

    def _wrapped_up(self, wrapup: WrapUp | None) -> None:
        if wrapup is None or self.call_id is None or self._ending:
            return
        self._ending = True
        call_id, at = self.call_id, self._clock()
        notes = self.query_one("#notes", TextArea).text  # saved again with the outcome

        def finish() -> None:
            try:
                new_contact_id = self._store.finish_call(call_id, wrapup, at, notes)
            except Exception:
                self.call_later(self._finish_failed)  # never wait on the UI: it may flush
                raise
            self.call_later(self._finished, wrapup, new_contact_id)

        self._writer.submit(finish)

    def _finish_failed(self) -> None:
        self._ending = False

    def action_quit_call(self) -> None:
        """Quitting mid-call asks first; the unfinished call is kept for next time."""

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self._save_notes()
                self._writer.drain()  # not forever: the server may be away
                self.app.exit(0)

        self.app.push_screen(
            ConfirmScreen(
                t("call.quit.title"),
                t("call.quit.question"),
                t("call.quit.yes"),
                t("call.quit.no"),
            ),
            answered,
        )
