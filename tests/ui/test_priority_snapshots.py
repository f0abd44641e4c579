"""Rendered prioritised call list (skipped shown) and the import dialog with problems.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from canvass.ui.app import CanvassApp
from canvass.ui.widgets.company_table import CompanyTable

from .helpers import settle


def test_priority_list_with_skipped(snap_compare, make_app: Callable[..., CanvassApp]):  # type: ignore[no-untyped-def]
    """`v`: the skipped companies follow the listed ones, greyed, with their reason."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        table = pilot.app.screen.query_one(CompanyTable)
        table.move_cursor(row=table.row_count - 1)  # the end of the list: the skipped ones
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 34), run_before=run_before)


def test_import_with_problems(snap_compare, make_app: Callable[..., CanvassApp], tmp_path: Path):  # type: ignore[no-untyped-def]
    """A bad file: every FILE:LINE problem listed in the dialog, nothing imported."""
    bad = tmp_path / "liste.csv"
    bad.write_text(
        "navn;telefon;cvr\nGod ApS;75821140;\n;75821141;\nForkert ApS;1234;12345678\n",
        encoding="utf-8",
    )

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*"liste.csv", "enter")
        await settle(pilot)

    app = make_app()
    # A relative path keeps the tmp folder's name out of the picture.
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert snap_compare(app, terminal_size=(120, 34), run_before=run_before)
    finally:
        os.chdir(cwd)
