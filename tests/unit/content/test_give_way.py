"""Background work gives way to the keyboard: the bank's index built while the
consultant types waits in the pauses, until someone asks for the bank."""

from __future__ import annotations

import threading
import time

import pytest

from canvass.content import bank_index, give_way
from canvass.content.bank_index import BankIndex
from canvass.content.give_way import GiveWay, busy, input_seen
from canvass.content.models import Answer, Objection
from canvass.content.search import STEP, ObjectionIndex
from canvass.domain.offers import Technique
from canvass.domain.phases import Phase


def _bank(count: int) -> list[Objection]:
    answer = Answer(id="svar", technique=Technique.AFKLAR, text="Det forstår jeg godt.")
    return [
        Objection(
            id=f"o{n}",
            says=f"Vi har ikke tid {n}",
            category="Tid",
            phases=(Phase.AABNING,),
            answers=(answer,),
        )
        for n in range(count)
    ]


class Typing:
    """Someone types without a pause (a key every 20 ms) while the block runs."""

    def __enter__(self) -> Typing:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._type, daemon=True)
        input_seen()
        self._thread.start()
        return self

    def _type(self) -> None:
        while not self._stop.wait(0.02):
            input_seen()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture(autouse=True)
def _no_input_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(give_way, "_last_input", [float("-inf")])


def test_it_waits_only_while_a_key_came_within_the_quiet_time() -> None:
    pause = GiveWay()
    started = time.monotonic()
    pause()  # nobody typed: at once
    assert time.monotonic() - started < 0.01 and pause.waited == 0
    input_seen()
    assert busy()
    pause()  # the last key 0 s ago: waits until QUIET has passed since it
    assert give_way.QUIET * 0.9 <= time.monotonic() - started < give_way.QUIET + 0.2
    assert not busy()


def test_it_stops_waiting_when_the_result_is_wanted_or_it_has_waited_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wanted = threading.Event()
    pause = GiveWay(wanted)
    with Typing():
        threading.Timer(0.1, wanted.set).start()
        started = time.monotonic()
        pause()
        assert 0.08 <= time.monotonic() - started < 0.3  # until wanted, not the typing's end
        monkeypatch.setattr(give_way, "MOST_WAITED", 0.15)
        late = GiveWay()
        started = time.monotonic()
        late()
        late()  # it has waited its longest: at once
        assert 0.13 <= time.monotonic() - started < 0.4


def test_the_index_calls_its_step_every_so_many_objections_and_between_phases() -> None:
    steps: list[int] = []
    index = ObjectionIndex(_bank(2 * STEP + 3), step=lambda: steps.append(1))
    assert len(steps) == 2 and len(index) == 2 * STEP + 3
    steps.clear()
    index.browse_ahead(Phase, step=lambda: steps.append(1))
    assert len(steps) == len(Phase)


def test_a_build_in_the_background_waits_while_typing_until_the_bank_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    objections = _bank(4 * STEP)
    holder = BankIndex()
    done: list[ObjectionIndex] = []
    with Typing():

        def build() -> None:
            done.append(holder.get(objections, background=True))

        builder = threading.Thread(target=build)
        builder.start()
        builder.join(0.5)
        assert builder.is_alive() and not holder.ready  # it gives way while keys come
        started = time.monotonic()
        holder.want()  # "o": the bank is asked for
        builder.join(5)
        assert not builder.is_alive() and holder.ready
        assert time.monotonic() - started < 1.0
    assert holder.get(objections) is done[0]  # built once


def test_a_build_in_the_background_goes_on_at_once_when_nobody_types() -> None:
    holder = BankIndex()
    started = time.monotonic()
    index = holder.get(_bank(3 * STEP), background=True)
    assert time.monotonic() - started < 1.0 and len(index) == 3 * STEP
    assert bank_index.BankIndex().ready is False
