"""Rendered dialogs for managing lists and marking companies, at 80×24 and 120×34.

Sync tests on purpose: snap_compare runs the app itself.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp

from .helpers import settle

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 34), id="120x34")]


@pytest.mark.parametrize("size", SIZES)
def test_mark_company(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    """`f`: the three marks, the first just switched on and stored."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_list_name_taken(snap_compare, make_app: Callable[..., CanvassApp], store: Store, size):  # type: ignore[no-untyped-def]
    """`l` `g` on a segment whose name is taken: the message under the field, text kept."""
    Services.of(store).lists.create_call_list("Byggeri")

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_segment_picker(snap_compare, make_app: Callable[..., CanvassApp], size):  # type: ignore[no-untyped-def]
    """`l` `g`: the segments in the data with their number of companies."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_add_to_list(snap_compare, make_app: Callable[..., CanvassApp], store: Store, size):  # type: ignore[no-untyped-def]
    """`+`: the named lists to put the highlighted company on."""
    Services.of(store).lists.create_list_from_search("Vejle efterår", "vejle")
    Services.of(store).lists.create_list_from_segment("Byggeri", "byggeri")

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("plus")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_list_picker_with_admin_keys(  # type: ignore[no-untyped-def]
    snap_compare, make_app: Callable[..., CanvassApp], store: Store, size
):
    """`l`: the picker with its keys for new, renamed and deleted lists."""
    Services.of(store).lists.create_list_from_search("Vejle efterår", "vejle")

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
