"""The rendered history screen (``h``) and its search, compared with the accepted SVGs.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from canvass.ui.app import CanvassApp

from .helpers import listed, settle, table_of


async def _open_history(pilot: Pilot[None]) -> None:
    await settle(pilot)
    app = pilot.app
    assert isinstance(app, CanvassApp)
    rows = listed(app)
    # The first company on the list with the most calls: a full screen of history.
    most = max(rows[:40], key=lambda r: len(app.services.history.company_history(r.id)))
    table_of(pilot).move_cursor(row=rows.index(most))
    await pilot.press("h")
    await settle(pilot)


def test_history(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=_open_history)


def test_history_narrow(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_open_history)


def test_history_search(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _open_history(pilot)
        await pilot.press("slash", *"ring")
        await pilot.pause(0.3)
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


async def _open_todays_calls(pilot: Pilot[None]) -> None:
    from canvass.domain.outcomes import Outcome

    from .test_history import _call_today

    await settle(pilot)
    app = pilot.app
    assert isinstance(app, CanvassApp) and app.consultant is not None
    rows = listed(app)
    _call_today(app.services.store, rows[0].id, app.consultant.id, Outcome.NOT_INTERESTED)
    _call_today(app.services.store, rows[1].id, app.consultant.id, Outcome.VOICEMAIL)
    await pilot.press("u")
    await settle(pilot)


def test_todays_calls(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=_open_todays_calls)


def test_todays_calls_narrow(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_open_todays_calls)
