"""The observer's texts from a snapshot: clocks as the caller sees them, goal, events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from canvass.content.validate import Library
from canvass.domain.call_session import EventKind
from canvass.domain.phases import Phase
from canvass.services.observe import CallView, ObservedEvent, snapshot_of
from canvass.ui.observer_format import (
    event_lines,
    goal_line,
    header_clock,
    phase_times,
    summary_lines,
    tool_text,
)

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _at(seconds: int) -> datetime:
    return T0 + timedelta(seconds=seconds)


def _event(
    n: int, seconds: int, kind: EventKind, phase: Phase | None = None, **kw: str
) -> ObservedEvent:
    return ObservedEvent(
        id=n,
        at=_at(seconds),
        kind=kind,
        phase=phase,
        bala_step=kw.get("bala_step"),
        objection_id=kw.get("objection_id"),
        answer_id=kw.get("answer_id"),
        detail=kw.get("detail", ""),
    )


def _view(**changes: object) -> CallView:
    events = (
        _event(1, 0, EventKind.PHASE_ENTERED, Phase.AABNING),
        _event(2, 10, EventKind.PHASE_LEFT, Phase.AABNING),
        _event(3, 10, EventKind.PHASE_ENTERED, Phase.ANALYSE),
        _event(4, 15, EventKind.BALA_REACHED, Phase.ANALYSE, bala_step="behov"),
        _event(5, 20, EventKind.PHASE_LEFT, Phase.ANALYSE),
        _event(6, 20, EventKind.PHASE_ENTERED, Phase.AABNING),
    )
    fields: dict[str, object] = {
        "call_id": 7,
        "consultant_id": 1,
        "company_name": "Hansen & Søn ApS",
        "company_phone": "75821140",
        "script_id": "no-such-script",
        "started_at": T0,
        "ended_at": None,
        "current_phase": Phase.AABNING,
        "goal": None,
        "goal_tools": (),
        "goal_effect": "",
        "outcome": None,
        "events": events,
        "notes": (),
    }
    fields.update(changes)
    return CallView(**fields)  # type: ignore[arg-type]


def test_the_phase_clock_counts_every_stint_like_the_callers_screen() -> None:
    snap = snapshot_of(_view())
    assert snap.phase is Phase.AABNING and snap.visited == (Phase.AABNING, Phase.ANALYSE)
    assert header_clock(snap, _at(30)) == "00:30 · fase 1: 00:20"
    assert phase_times(snap, _at(30)) == "① 0:20  ② 0:10"


def test_the_events_read_as_the_call_went(library: Library) -> None:
    lines = event_lines(snapshot_of(_view()), library)
    assert lines == [
        "00:00 opkald startet (no-such-script)",
        "00:10 → Analyse",
        "00:15 BALA: Behov",
        "00:20 → Åbning",
    ]


def test_goal_tools_and_an_unset_goal() -> None:
    assert goal_line(snapshot_of(_view())) == "Mål: ikke sat"
    snap = snapshot_of(
        _view(
            goal="Book besøg", goal_tools=("bala", "offer:voksenlaerling", "odd"), goal_effect="Ja"
        )
    )
    assert goal_line(snap).startswith("Mål: Book besøg · Redskaber: BALA, tilbud: ")
    assert goal_line(snap).endswith(", odd · Skal give: Ja")
    assert tool_text("two_times") == "afslutning med to tider"


def test_an_ended_calls_summary_stops_its_clocks() -> None:
    snap = snapshot_of(_view(ended_at=_at(40), outcome="meeting"))
    first, second, waiting = summary_lines(snap, 2, "AB")
    assert first == "Opkaldet er slut · Hansen & Søn ApS · 00:40 · Møde booket"
    assert second == "Faser: ① 0:30  ② 0:10 · BALA nået: B · Indvendinger: 0 · mine noter: 2"
    assert waiting == "Venter på ABs næste opkald …"
    assert header_clock(snap, _at(500)) == "00:40 · fase 1: 00:30"
