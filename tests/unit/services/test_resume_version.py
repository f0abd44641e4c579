"""A call resumed after a newer script version was published goes on with the version it
started with (its published copy); where that is gone, with the library's, and the call
row says so — both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvass.content.publishing import publish_paths
from canvass.content.validate import Library, load_library
from canvass.domain.phases import Phase
from canvass.services import OpenedCall, Services
from canvass.store.models import Call

from ..content.helpers import SCRIPT
from .conftest import Clock


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    scripts, bank = tmp_path / "scripts", tmp_path / "objections"
    scripts.mkdir()
    bank.mkdir()
    (scripts / "demo.yaml").write_text(SCRIPT, encoding="utf-8")
    return scripts, bank


def _open(services: Services, library: Library, clock: Clock, **kw: object) -> OpenedCall:
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    opened = services.calls.open(
        library, company_id=1, consultant_id=consultant.id, at=clock(), **kw
    )  # type: ignore[arg-type]
    assert isinstance(opened, OpenedCall)
    return opened


def _new_version(scripts: Path) -> None:
    path = scripts / "demo.yaml"
    text = (
        path.read_text(encoding="utf-8")
        .replace("Goddag", "Hej")
        .replace("version: 1", "version: 2")
    )
    path.write_text(text, encoding="utf-8")


def _row(services: Services, call_id: int) -> tuple[int, str]:
    with services.store.session() as session:
        call = session.get(Call, call_id)
        assert call is not None
        return call.script_version, call.script_hash


def test_a_resumed_call_keeps_its_published_version(
    services: Services, folders: tuple[Path, Path], clock: Clock
) -> None:
    scripts, bank = folders
    assert publish_paths([scripts], scripts_dir=scripts).ok
    first = load_library(scripts, bank)
    started = _open(services, first, clock)
    _new_version(scripts)
    assert publish_paths([scripts], scripts_dir=scripts).ok
    now = load_library(scripts, bank)
    assert now.scripts["demo"].version == 2
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    resume = services.calls.open_call(consultant.id, started.card.id)
    assert resume is not None and (resume.script_version, resume.script_hash) == (
        1,
        first.content_hash("demo"),
    )
    resumed = _open(services, now, clock, resume=resume)
    assert resumed.script is not None and resumed.script.version == 1
    assert resumed.script.phase(Phase.AABNING).lines[0].say.startswith("Goddag")
    assert _row(services, started.call_id) == (1, first.content_hash("demo"))


def test_without_the_old_version_the_call_row_names_the_one_it_goes_on_with(
    services: Services, folders: tuple[Path, Path], clock: Clock
) -> None:
    scripts, bank = folders  # this folder does not publish: no copy of version 1
    started = _open(services, load_library(scripts, bank), clock)
    _new_version(scripts)
    now = load_library(scripts, bank)
    consultant = services.consultants.consultant("AB")
    assert consultant is not None
    resume = services.calls.open_call(consultant.id, started.card.id)
    resumed = _open(services, now, clock, resume=resume)
    assert resumed.script is not None and resumed.script.version == 2
    assert _row(services, started.call_id) == (2, now.content_hash("demo"))
