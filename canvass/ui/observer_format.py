"""The observer screen's texts: the goal line, the event list, the notes, the time per
phase and the summary of an ended call. Plain functions of a
:class:`~canvass.services.observe.CallSnapshot`, so they are tested without a screen."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from canvass.domain.call_session import EventKind
from canvass.domain.phases import PHASE_ORDER, BalaStep
from canvass.domain.sparring import OFFER_PREFIX
from canvass.i18n import CATALOGUE, t

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services.observe import CallSnapshot, ObservedEvent, ObserverNoteRow

_NUMBERS = "①②③④⑤"


def clock_text(seconds: float) -> str:
    """``04:12``."""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def short_clock(seconds: float) -> str:
    """``4:12``."""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _known(key: str, fallback: str, **values: object) -> str:
    return t(key, **values) if key in CATALOGUE else fallback


def tool_text(tool: str) -> str:
    """A planned tool's name (``offer:<id>`` names the offer)."""
    if tool.startswith(OFFER_PREFIX):
        offer = tool.removeprefix(OFFER_PREFIX)
        return t("observer.tool.offer", offer=_known(f"offer.{offer}", offer))
    return _known(f"observer.tool.{tool}", tool)


def goal_line(snap: CallSnapshot) -> str:
    """``Mål: … · Redskaber: … · Skal give: …`` (what the caller said before the call)."""
    view = snap.view
    parts = [t("observer.goal", goal=view.goal) if view.goal else t("observer.goal_none")]
    if view.goal_tools:
        parts.append(t("observer.tools", tools=", ".join(tool_text(x) for x in view.goal_tools)))
    if view.goal_effect:
        parts.append(t("observer.effect", effect=view.goal_effect))
    return " · ".join(parts)


def phase_times(snap: CallSnapshot, now: datetime) -> str:
    """``① 0:40 ② 2:44 ③ 0:48`` for the phases visited so far."""
    return "  ".join(
        f"{_NUMBERS[i]} {short_clock(snap.seconds_in(phase, now))}"
        for i, phase in enumerate(PHASE_ORDER)
        if phase in snap.visited
    )


def header_clock(snap: CallSnapshot, now: datetime) -> str:
    """``04:12 · fase 3: 00:48`` (all the time in the phase, as on the caller's screen)."""
    return t(
        "observer.clock",
        clock=clock_text(snap.elapsed(now)),
        number=PHASE_ORDER.index(snap.phase) + 1,
        phase_clock=clock_text(snap.seconds_in(snap.phase, now)),  # as the caller sees it
    )


def event_text(event: ObservedEvent, library: Library) -> str | None:
    """What one event says in the list (None: not shown, e.g. leaving a phase)."""
    kind = event.kind
    if kind is EventKind.PHASE_ENTERED and event.phase is not None:
        return t("observer.event.phase", phase=t(f"phase.short.{event.phase.value}"))
    if kind in (EventKind.BALA_REACHED, EventKind.BALA_UNDONE) and event.bala_step:
        step = t(f"bala.{BalaStep(event.bala_step).value}")
        key = "bala" if kind is EventKind.BALA_REACHED else "bala_undone"
        return t(f"observer.event.{key}", step=step)
    if kind is EventKind.OBJECTION and event.objection_id:
        return _objection(event, library)
    if kind is EventKind.DIAL:
        return t("observer.event.dial")
    if kind is EventKind.SCRIPT_SWITCHED:
        found = library.scripts.get(event.detail)
        return t("observer.event.script", script=found.title if found else event.detail)
    if kind is EventKind.CONTACT_SWITCHED:
        return t("observer.event.contact")
    return None


def _objection(event: ObservedEvent, library: Library) -> str:
    objection = library.objections.get(event.objection_id or "")
    says, answer = event.objection_id or "", event.answer_id or ""
    if objection is not None:
        says = objection.says
        for number, found in enumerate(objection.answers, 1):
            if found.id == event.answer_id:
                technique = found.technique.value
                answer = f"{number} ({_known(f'objections.technique.{technique}', technique)})"
    return t("observer.event.objection", says=says, answer=answer)


def event_lines(snap: CallSnapshot, library: Library) -> list[str]:
    """``00:40 → Analyse`` … for every shown event, the first one the call's start."""
    script = library.scripts.get(snap.view.script_id)
    title = f"{script.title} v{script.version}" if script else snap.view.script_id
    lines = [f"{clock_text(0)} {t('observer.event.started', script=title)}"]
    first_entry = True
    for event in snap.events:
        if first_entry and event.kind is EventKind.PHASE_ENTERED:
            first_entry = False  # the opening entered at the start: "opkald startet"
            if snap.offset(event.at) == 0:
                continue
        text = event_text(event, library)
        if text is not None:
            lines.append(f"{clock_text(snap.offset(event.at))} {text}")
    return lines


def note_lines(notes: list[ObserverNoteRow] | tuple[ObserverNoteRow, ...]) -> list[str]:
    """``01:10 Analyse: gode hv-spørgsmål`` for each of the observer's notes."""
    lines = []
    for note in sorted(notes, key=lambda n: (n.offset_s, n.id)):
        phase = f" {t(f'phase.short.{note.phase.value}')}:" if note.phase else ""
        lines.append(f"{clock_text(note.offset_s)}{phase} {note.text}")
    return lines


def summary_lines(snap: CallSnapshot, notes: int, initials: str) -> list[str]:
    """What the observer reads when the call has ended (and it waits for the next)."""
    view = snap.view
    outcome = t(f"outcome.{view.outcome}") if view.outcome else ""
    ended = view.ended_at or view.started_at
    steps = " ".join(step.letter for step in snap.bala) or t("observer.summary.none")
    return [
        t(
            "observer.ended_line",
            company=view.company_name,
            duration=clock_text(snap.elapsed(ended)),
            outcome=outcome,
        ),
        " · ".join(
            (
                t("observer.summary.phases", phases=phase_times(snap, ended)),
                t("observer.summary.bala", steps=steps),
                t("observer.summary.counts", objections=len(snap.objections), notes=notes),
            )
        ),
        t("observer.summary.waiting", initials=initials),
    ]
