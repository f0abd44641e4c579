"""The export dialog (``x``): "only mine" is on by default and enter exports from any field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import icalendar
from textual.widgets import Checkbox, Input, Static

from canvass.ui.app import CanvassApp
from canvass.ui.screens.transfer_dialogs import ExportDialog

from .helpers import settle

SIZE = (120, 34)


async def test_mine_is_on_by_default_and_enter_exports_from_the_checkbox(
    make_app: Callable[..., CanvassApp], tmp_path: Path
) -> None:
    target = tmp_path / "mine.ics"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        mine = dialog.query_one("#mine", Checkbox)
        assert mine.value is True
        dialog.query_one("#path", Input).value = str(target)
        mine.focus()
        await pilot.pause()
        await pilot.press("enter")  # on the checkbox: exports, does not untick it
        await settle(pilot)
        assert mine.value is True
        assert str(dialog.query_one("#result", Static).render()) == f"Skrevet: {target}"
        me = app.call_list.consultant_id
    assert me is not None
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    exported = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    with app.services.store.session() as session:
        from sqlmodel import select

        from canvass.store.models import Meeting

        meetings = session.exec(select(Meeting)).all()
    assert exported
    assert exported == {m.uid for m in meetings if m.consultant_id == me}
    assert len(exported) < len(meetings)  # colleagues' meetings are left out
