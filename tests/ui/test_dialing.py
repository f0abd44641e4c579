"""Click-to-dial: ``d`` on the list and in a call runs the dial command and records it."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import sqlmodel

from canvass.domain.call_session import EventKind
from canvass.domain.dialing import parse_dial_command, preset
from canvass.store.models import CallEvent
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_screen import CallScreen
from tests.ui.helpers import settle, table_of

from .conftest import fixed_clock


def _recorder(tmp_path: Path, exit_code: int = 0) -> tuple[list[str], Path]:
    """A dial command that writes its arguments to a file (and exits with ``exit_code``)."""
    script = tmp_path / "fake_dial.py"
    out = tmp_path / "dialled.jsonl"
    script.write_text(
        "import json, sys\n"
        f"with open({str(out)!r}, 'a') as f: f.write(json.dumps(sys.argv[1:]) + '\\n')\n"
        f"sys.stderr.write('linjen er optaget')\nsys.exit({exit_code})\n",
        encoding="utf-8",
    )
    return [sys.executable, str(script), "--call", "{e164}", "{number}"], out


def _dialled(out: Path) -> list[list[str]]:
    if not out.exists():
        return []
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _dial_events(store) -> list[tuple[int, str]]:
    with store.session() as session:
        query = sqlmodel.select(CallEvent.call_id, CallEvent.detail).where(
            CallEvent.kind == EventKind.DIAL.value
        )
        return [tuple(row) for row in session.exec(query)]


async def _wait_for_dial(pilot, out: Path, count: int) -> None:
    for _ in range(50):
        await settle(pilot)
        if len(_dialled(out)) >= count:
            break
        await pilot.pause(0.05)
    pilot.app.writer.flush()


async def test_d_on_the_list_opens_the_call_and_dials_the_company(
    settings, store, library, tmp_path
) -> None:
    argv, out = _recorder(tmp_path)
    app = CanvassApp(
        replace(settings, dial=parse_dial_command(argv)), store, library, clock=fixed_clock
    )
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        first = app.call_list._rows[table_of(pilot).cursor_row]
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CallScreen) and screen.company_id == first.id
        await _wait_for_dial(pilot, out, 1)
        assert screen.card is not None
        contact = screen.card.contact
        digits = (contact.phone if contact and contact.phone else None) or screen.card.phone
        assert _dialled(out) == [["--call", f"+45{digits}", digits]]
        assert _dial_events(store) == [(screen.call_id, f"+45{digits}")]

        # And `d` in the call dials again: a second event on the same call.
        await pilot.press("d")
        await _wait_for_dial(pilot, out, 2)
        assert len(_dialled(out)) == 2
        assert len(_dial_events(store)) == 2


async def test_a_failing_dial_command_says_which_and_why_and_the_call_goes_on(
    settings, store, library, tmp_path
) -> None:
    argv, out = _recorder(tmp_path, exit_code=3)
    app = CanvassApp(
        replace(settings, dial=parse_dial_command(argv)), store, library, clock=fixed_clock
    )
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await _wait_for_dial(pilot, out, 1)
        await settle(pilot)
        assert isinstance(app.screen, CallScreen)
        messages = [n.message for n in app._notifications]
        assert any("fejlkode 3" in m and "fake_dial.py" in m and "optaget" in m for m in messages)
        assert _dial_events(store) == []  # nothing was handed to the phone


async def test_a_missing_program_is_named(settings, store, library, tmp_path) -> None:
    command = parse_dial_command(["/nonexistent/softphone", "{e164}"])
    app = CanvassApp(replace(settings, dial=command), store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("d")
        for _ in range(20):
            await settle(pilot)
            if any("softphone" in n.message for n in app._notifications):
                break
            await pilot.pause(0.05)
        assert isinstance(app.screen, CallScreen)
        assert any("'/nonexistent/softphone' findes ikke" in n.message for n in app._notifications)


async def test_copy_puts_the_number_on_the_clipboard(settings, store, library) -> None:
    app = CanvassApp(replace(settings, dial=preset("copy")), store, library, clock=fixed_clock)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        app.writer.flush()
        assert app.clipboard.startswith("+45") and len(app.clipboard) == 11
        assert any("kopieret" in n.message for n in app._notifications)
        assert [detail for _, detail in _dial_events(store)] == [app.clipboard]
