"""The collector waits while the app starts (canvass.launcher): held from the first line,
let go with what lives frozen once the first frame is painted, or at once for a command
that is not the app; never let go by a release that did not hold it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from canvass import launcher
from canvass.cli import main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    launcher._held = False
    gc.unfreeze()
    if was:
        gc.enable()


def test_hold_stops_the_collector_and_release_lets_it_go_with_what_lives_frozen() -> None:
    gc.unfreeze()
    launcher.hold()
    assert not gc.isenabled()
    kept = [object() for _ in range(10)]
    launcher.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the start made is out of the collector's reach
    assert kept


def test_a_release_that_did_not_hold_leaves_the_collector_as_it_is() -> None:
    gc.disable()  # someone else's pause (e.g. content.gc_pause around a bank's load)
    launcher.release()
    assert not gc.isenabled()
    gc.enable()
    launcher.hold()
    launcher.release()
    launcher.release()
    assert gc.isenabled()


def test_a_command_that_is_not_the_app_lets_the_collector_go_before_its_work() -> None:
    launcher.hold()
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(REPO / "scripts")])
    assert exit_.value.code == 0
    assert gc.isenabled()
