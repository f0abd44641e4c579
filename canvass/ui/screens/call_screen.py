"""The call: the script's five phases, BALA, the objection bank, notes, then the outcome.

Every phase change, BALA step and objection is handed to the app's writer the moment
it happens; the notes are saved at most half a second after a keystroke, also while
the consultant keeps typing. The screen dismisses with the company id once the outcome is stored.
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
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, TextArea

from canvass.domain.dialing import DialCommand, preset
from canvass.domain.outcomes import Outcome
from canvass.i18n import t
from canvass.services import LiveCall, Refusal
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.dialer import dial
from canvass.ui.merge_values import merge_values
from canvass.ui.screens.call_bank import CallBank
from canvass.ui.screens.call_contacts import ContactSwitching
from canvass.ui.screens.call_drawing import CallDrawing, clock_text
from canvass.ui.screens.call_goal import CallGoal, FocusLine, GoalLine
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.history import HistoryScreen
from canvass.ui.screens.script_picker import ScriptPicker
from canvass.ui.screens.wrapup_dialog import WrapUpScreen
from canvass.ui.screens.wrapup_fields import WrapUpDraft
from canvass.ui.steady_focus import SteadyFocus
from canvass.ui.text import Plain
from canvass.ui.widgets.bala_tracker import BalaTracker
from canvass.ui.widgets.company_card import CompanyCardView
from canvass.ui.widgets.phase_stepper import PhaseStepper
from canvass.ui.widgets.script_view import ScriptView
from canvass.ui.widgets.steady_footer import SteadyFooter
from canvass.ui.widgets.watchers import WatchersBadge

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.domain.wrapup import WrapUp
    from canvass.services import Services, Writer
    from canvass.services.rows import CompanyCard, ConsultantInfo, OpenCall

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
NOTES_DELAY = 0.5  # seconds; the promise is "within a second of typing"


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


class CallScreen(
    CallDrawing, ContactSwitching, CallGoal, CallBank, SteadyFocus, Screen[int | None]
):
    """One phone call, from the opening to the stored outcome."""

    DEFAULT_CSS = """
    CallScreen #call-top { height: 1; padding: 0 1; background: $boost; }
    CallScreen #call-title { width: 1fr; text-style: bold; }
    CallScreen #call-clock { width: auto; color: $text-accent; }
    CallScreen #call-progress { height: 1; padding: 0 1; }
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
        key("call", "g", "goal", "goal"),
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
        services: Services,
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
        self._services, self._library, self._writer = services, library, writer
        self._clock, self._consultant = clock, consultant
        self.company_id, self._organisation, self._resume = company_id, organisation, resume
        self._says = {oid: objection.says for oid, objection in library.objections.items()}
        self.live: LiveCall | None = None  # the open call, once it is open
        self._values: dict[str, str | None] = {}
        self._draft = WrapUpDraft()  # what the wrap-up held when esc went back to the call
        self._notes_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="call-top"):
            yield Plain(t("call.loading"), id="call-title")
            yield Plain(id="call-clock")
            yield WatchersBadge(self._services, self._clock, lambda: self._consultant.id)
        yield GoalLine(id="call-goal")
        with Horizontal(id="call-progress"):
            yield PhaseStepper(id="stepper")
            yield BalaTracker(id="bala")
        with Horizontal(id="call-main"):
            with VerticalScroll(id="script-scroll", can_focus=False):
                yield ScriptView(id="script")
            with VerticalScroll(id="card-scroll", can_focus=False):
                yield FocusLine(id="call-focus")
                yield CompanyCardView(id="card")
        with Vertical(id="notes-box"):
            yield Plain(t("call.notes_label"), id="notes-label")
            yield TextArea(id="notes", soft_wrap=True, show_line_numbers=False)
        yield SteadyFooter(compact=True)  # compact: as many keys as fit on each row

    def on_mount(self) -> None:
        self.query_one("#script-scroll").can_focus = False
        self.query_one("#card-scroll").can_focus = False
        self._open_call()
        self._build_objection_index()
        self.set_interval(1, self._tick)

    # Opening (thread) ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="call-open")
    def _open_call(self) -> None:
        """Load the card, choose the script and start (or resume) the call."""
        opened = self._services.calls.open(
            self._library,
            company_id=self.company_id,
            consultant_id=self._consultant.id,
            at=self._clock(),
            resume=self._resume,
            contact_id=self._contact_id,
            preferred_script=self._preferred_script,
        )
        if isinstance(opened, Refusal):
            if opened.gone:
                self.app.call_from_thread(self.dismiss, None)
            else:
                self.app.call_from_thread(self._refuse, opened.message)
            return
        self._log_card_read(opened.card)
        live = LiveCall(self._services.calls, self._writer, self._library, self._clock, opened)
        self.app.call_from_thread(self._ready, live)

    def _log_card_read(self, card: CompanyCard) -> None:
        """The audit log's line for the card just shown, through the writer (never waits)."""
        who, contact = self._consultant.id, card.contact.id if card.contact else None
        privacy = self._services.privacy
        self._writer.submit(lambda: privacy.read_card(who, card.id, contact))

    def _refuse(self, message: str) -> None:
        self.notify(message, severity="error", timeout=10, markup=False)  # names are text
        self.dismiss(None)

    def _ready(self, live: LiveCall) -> None:
        self.live = live
        self.refresh_bindings()  # the keys come alive (check_action): the footer must show them
        self._values = merge_values(
            live.card, self._consultant, self._organisation, self._library.trades
        )
        notes = self.query_one("#notes", TextArea)
        notes.load_text(live.session.notes)
        self._show_title()
        self.show_goal()
        self._refresh_all()
        if live.resumed:
            self.notify(t("call.resumed", name=live.card.name))
        elif self._dial_on_open:
            self.action_dial()

    # Saving ------------------------------------------------------------------------------------

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
        if self.live is not None:
            self.live.set_notes(self.query_one("#notes", TextArea).text)

    # Actions -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Nothing to do before the call is open; the keys come alive once it is.
        if action in ("quit_call", "leave_notes"):
            return True
        if action == "end_call" and isinstance(self.focused, TextArea):
            return False  # an "e" typed in the notes
        return self.live is not None

    def action_phase(self, number: int) -> None:
        """Jump to phase ``number`` (1–5)."""
        if self.live is not None and self.live.go_to(number):
            self._refresh_all()

    def action_step(self, delta: int) -> None:
        """Next (1) or previous (-1) phase."""
        if self.live is not None and self.live.step(delta):
            self._refresh_all()

    def action_bala(self) -> None:
        """Mark the next BALA step reached."""
        assert self.live is not None
        if not self.live.reach_bala():
            self.notify(t("call.bala_done"))
            return
        self._refresh_all()

    def action_bala_undo(self) -> None:
        """Take back the last BALA step."""
        assert self.live is not None
        self.live.undo_bala()
        self._refresh_all()

    def action_dial(self) -> None:
        """Dial the contact person (else the company) with the configured dial command."""
        assert self.card is not None
        contact = self.card.contact
        dial(self.app, self._dial, (contact.phone if contact else None) or self.card.phone,
             self._dialled)  # fmt: skip

    def _dialled(self, number: str) -> None:
        if self.live is not None:
            self.live.dialled(number)

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
        card, services = self.card, self._services
        self.app.push_screen(
            HistoryScreen(services, self._clock, self._library, card.id, card.name)
        )

    def action_pick_script(self) -> None:
        """Switch to another call script."""
        scripts = list(self._library.scripts.values())
        current = self.script.id if self.script else None
        self.app.push_screen(ScriptPicker(scripts, current), self._script_picked)

    def _script_picked(self, script_id: str | None) -> None:
        if script_id and self.live is not None and self.live.switch_script(script_id):
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
                clock_text(self.session.elapsed(now)),
                now=now,
                today=now.astimezone(LOCAL_TZ).date(),
                attendees=attendees,
                location=self.card.address_line,
                draft=self._draft,
            ),
            self._wrapped_up,
        )

    def _wrapped_up(self, wrapup: WrapUp | None) -> None:
        if wrapup is None:  # back to the call: the close names the meeting typed so far
            typed = self._draft.values if self._draft.outcome is Outcome.MEETING else {}
            self.show_meeting_words(typed, self._clock().astimezone(LOCAL_TZ).date())
            return
        if self.live is None:
            return
        notes = self.query_one("#notes", TextArea).text  # saved again with the outcome

        # The writer's thread must never wait on the UI (it may be flushing): call_later.
        def done(new_contact_id: int | None) -> None:
            self.call_later(self._finished, wrapup, new_contact_id)

        # on_failed: the call stays open (e can be pressed again); the writer reports it.
        self.live.finish(wrapup, notes, on_done=done, on_failed=lambda: None)

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
