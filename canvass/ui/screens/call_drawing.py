"""What the call screen shows: the title, the phase stepper and BALA, the script, the
card with the time per phase, and the clocks (ticking every second).

A mixin for :class:`canvass.ui.screens.call_screen.CallScreen`, which owns the keys;
the call's state lives in its :class:`~canvass.services.LiveCall` (``self.live``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from canvass.domain.meeting_words import meeting_words
from canvass.domain.phases import PHASE_ORDER
from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.ui.steady import show
from canvass.ui.widgets.bala_tracker import BalaTracker
from canvass.ui.widgets.company_card import CompanyCardView
from canvass.ui.widgets.phase_stepper import PhaseStepper
from canvass.ui.widgets.script_view import ScriptView

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.screen import Screen

    from canvass.content.models import CallScript
    from canvass.domain.call_session import CallSession
    from canvass.services import LiveCall, Writer
    from canvass.services.rows import CompanyCard

    _Base = Screen[int | None]
else:
    _Base = object


def clock_text(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def _short_clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


class CallDrawing(_Base):
    """Drawing the open call; :class:`CallScreen` sets the attributes below."""

    if TYPE_CHECKING:
        live: LiveCall | None
        _values: dict[str, str | None]
        _says: dict[str, str]
        _writer: Writer
        _clock: Callable[[], datetime]

    def show_meeting_words(self, typed: Mapping[str, str], today: date) -> None:
        """The close's repeat-back names the meeting from the wrap-up form's ``typed`` text
        (its gaps stay gaps), redrawn where the consultant was reading."""
        self._values.update(meeting_words(typed, today))
        self._draw_script()

    # The open call's state, for drawing (None until it is open) ----------------------------

    @property
    def session(self) -> CallSession | None:
        return self.live.session if self.live else None

    @property
    def card(self) -> CompanyCard | None:
        return self.live.card if self.live else None

    @property
    def script(self) -> CallScript | None:
        return self.live.script if self.live else None

    @property
    def call_id(self) -> int | None:
        return self.live.call_id if self.live else None

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

    def _draw_script(self) -> None:
        """The current phase of the script, with this company's A/B variants (the first
        time a variant is shown in the call, the call records it)."""
        if self.live is None or self.live.script is None:
            return
        phase = self.live.session.phase
        variants = self.live.show_variants(phase)
        self.query_one(ScriptView).show(self.live.script, phase, self._values, variants)

    def _refresh_all(self) -> None:
        if self.session is None or self.card is None:
            return
        stepper = self.query_one(PhaseStepper)
        stepper.phase = self.session.phase
        stepper.visited = frozenset(self.live.visited if self.live else ())
        self.query_one(BalaTracker).reached = len(self.session.bala)
        self._draw_script()
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
        if self.live is None:
            return
        objections = self.live.objections_said()
        script = self.script.title if self.script else t("call.no_scripts")
        card = self.query_one(CompanyCardView)
        card.show(self.live.card, objections, script, self.phase_times(now), says=self._says)

    def _tick(self) -> None:
        if self.session is None:
            return
        # Only after a failed write: a write merely in flight is not "not saved yet".
        unsaved = t("call.unsaved") if self._writer.behind else ""
        show(self.query_one("#notes-label", Static), t("call.notes_label") + unsaved)
        now = self._clock()
        self._show_card(now)
        total = clock_text(self.session.elapsed(now))
        phase = clock_text(self.session.seconds_in(self.session.phase, now))
        script = self.script.title if self.script else ""
        show(
            self.query_one("#call-clock", Static),
            t(
                "call.clock",
                total=total,
                number=self.session.phase.number,
                phase=phase,
                script=script,
            ),
        )
