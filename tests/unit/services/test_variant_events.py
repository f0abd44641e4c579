"""What a call records about A/B variants and a script switch — both backends.

``variant_shown`` events are what the statistics count: a line's has its phase and
``detail = "<line id>:<variant>"``; an answer's also ``objection_id`` and ``answer_id``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlmodel

from canvass.content.validate import Library, load_library
from canvass.domain.phases import Phase
from canvass.domain.variants import choose_variant
from canvass.services import LiveCall, OpenedCall, Services, Writer
from canvass.store.models import Call, CallEvent

from ..content.helpers import SCRIPT
from ..content.test_variants import VARIANT_ANSWER, VARIANT_SCRIPT
from .conftest import Clock

OTHER = SCRIPT.replace("id: demo", "id: anden").replace("title: Demo", "title: Anden")


@pytest.fixture
def variant_library(tmp_path: Path) -> Library:
    scripts, bank = tmp_path / "scripts", tmp_path / "objections"
    scripts.mkdir()
    bank.mkdir()
    (scripts / "demo.yaml").write_text(VARIANT_SCRIPT, encoding="utf-8")
    (scripts / "anden.yaml").write_text(OTHER, encoding="utf-8")
    (bank / "tid.yaml").write_text(VARIANT_ANSWER, encoding="utf-8")
    library = load_library(scripts, bank)
    assert not library.problems
    return library


def _open(
    services: Services, library: Library, clock: Clock, writer: Writer, **kw: object
) -> LiveCall:
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    opened = services.calls.open(
        library,
        company_id=1,
        consultant_id=consultant.id,
        at=clock(),
        preferred_script="demo",
        **kw,  # type: ignore[arg-type]
    )
    assert isinstance(opened, OpenedCall)
    return LiveCall(services.calls, writer, library, clock, opened)


def _events(
    services: Services, call_id: int
) -> list[tuple[str, str | None, str | None, str | None, str]]:
    query = sqlmodel.select(CallEvent).where(CallEvent.call_id == call_id)
    with services.store.session() as session:
        rows = session.exec(query.order_by(sqlmodel.col(CallEvent.id))).all()
        return [(r.kind, r.phase, r.objection_id, r.answer_id, r.detail) for r in rows]


def test_the_line_variant_shown_is_recorded_once_per_call(
    services: Services,
    variant_library: Library,
    clock: Clock,
    writer: tuple[Writer, list[BaseException]],
) -> None:
    live = _open(services, variant_library, clock, writer[0])
    expected = choose_variant(live.card.id, "hilsen", ["a", "b"])
    assert expected is not None
    assert live.show_variants(Phase.AABNING) == {"hilsen": expected}
    assert live.show_variants(Phase.AABNING) == {"hilsen": expected}  # drawn again
    assert live.show_variants(Phase.ANALYSE) == {}  # no variants there
    live.flush()
    shown = [e for e in _events(services, live.call_id) if e[0] == "variant_shown"]
    assert shown == [("variant_shown", "aabning", None, None, f"hilsen:{expected}")]
    # Resumed (after a crash, or left and picked up): not recorded a second time.
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    resumed = services.calls.open_call(consultant.id, live.card.id)
    assert resumed is not None
    again = _open(services, variant_library, clock, writer[0], resume=resumed)
    assert again.call_id == live.call_id
    again.show_variants(Phase.AABNING)
    again.flush()
    assert [e[0] for e in _events(services, live.call_id)].count("variant_shown") == 1
    assert not writer[1]


def test_the_answer_variant_is_recorded_with_the_objection(
    services: Services,
    variant_library: Library,
    clock: Clock,
    writer: tuple[Writer, list[BaseException]],
) -> None:
    live = _open(services, variant_library, clock, writer[0])
    answer = variant_library.objections["ingen-tid"].answers[0]
    variant = live.answer_variant(answer)
    assert variant == choose_variant(live.card.id, "ingen-tid-kort", ["kort", "lang"])
    live.use_objection("ingen-tid", "ingen-tid-kort")
    live.flush()
    assert _events(services, live.call_id)[-2:] == [
        ("objection", "aabning", "ingen-tid", "ingen-tid-kort", ""),
        ("variant_shown", "aabning", "ingen-tid", "ingen-tid-kort", f"ingen-tid-kort:{variant}"),
    ]
    assert not writer[1]


def test_different_companies_get_both_variants(
    services: Services, variant_library: Library
) -> None:
    line = variant_library.scripts["demo"].phase(Phase.AABNING).lines[0]
    assert {choose_variant(c, line.id or "", line.variants) for c in range(1, 21)} == {"a", "b"}


def test_a_mid_call_script_switch_is_recorded_as_an_event(
    services: Services,
    variant_library: Library,
    clock: Clock,
    writer: tuple[Writer, list[BaseException]],
) -> None:
    live = _open(services, variant_library, clock, writer[0])
    clock.advance(30)
    assert live.step(1)
    assert live.switch_script("anden")
    live.flush()
    events = _events(services, live.call_id)
    assert events[-1] == ("script_switched", "analyse", None, None, "anden")
    with services.store.session() as session:
        call = session.get(Call, live.call_id)
        assert call is not None and (call.script_id, call.script_version) == ("anden", 1)
        assert call.script_hash == variant_library.content_hash("anden")
    assert not writer[1]
