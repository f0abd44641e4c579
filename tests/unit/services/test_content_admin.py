"""ContentAdminService on both backends: only trainers save or create, a text with problems
needs a confirmation and then only becomes a draft, and the preview's sample company."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from canvass.content.text_check import ContentFolders
from canvass.content.validate import Kind
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.services import Services
from canvass.services.content_admin import ContentAdminService, NeedsConfirmation
from canvass.store.audit_model import AuditLine

from .conftest import REPO, T0


@pytest.fixture
def admin(services: Services, tmp_path: Path) -> ContentAdminService:
    for name in ("scripts", "objections", "rubrics"):
        shutil.copytree(REPO / name, tmp_path / name)
    folders = ContentFolders(tmp_path / "scripts", tmp_path / "objections", tmp_path / "rubrics")
    return ContentAdminService(services.store, folders)


TRAINER = Actor(1, Role.TRAINER)


@pytest.mark.parametrize("role", [Role.CONSULTANT, Role.TEAMLEAD])
def test_only_trainers_save_or_create(admin: ContentAdminService, role: Role) -> None:
    path = next(f.path for f in admin.files() if f.path.name == "fleksjob.yaml")
    before = path.read_bytes()
    text = before.decode().replace("Goddag, det er", "Hej, det er", 1)
    with pytest.raises(AccessDenied, match="Kun trænere"):
        admin.save(Actor(2, role), path, text, at=T0)
    with pytest.raises(AccessDenied):
        admin.save(Actor(2, role), path, text, confirmed=True, at=T0)
    with pytest.raises(AccessDenied):
        admin.new_file(Actor(2, role), Kind.SCRIPT, "ny")
    assert path.read_bytes() == before
    assert not (path.parent / ".history").exists()
    assert admin.read(path).text == before.decode()  # reading stays open


def test_a_trainer_saves_and_the_previous_version_is_kept(admin: ContentAdminService) -> None:
    path = next(f.path for f in admin.files() if f.path.name == "fleksjob.yaml")
    before = path.read_bytes()
    text = before.decode().replace("Goddag, det er", "Hej, det er", 1)
    saved = admin.save(TRAINER, path, text, at=T0)
    assert path.read_text(encoding="utf-8") == text
    assert saved.kept is not None and saved.kept.read_bytes() == before


def test_problems_need_a_confirmation_and_then_make_a_draft(admin: ContentAdminService) -> None:
    path = next(f.path for f in admin.files() if f.path.name == "fleksjob.yaml")
    before = path.read_bytes()
    broken = before.decode().replace("{konsulent}", "{konsulnt}", 1)
    with pytest.raises(NeedsConfirmation) as refused:
        admin.save(TRAINER, path, broken, at=T0)
    assert [p.code for p in refused.value.problems] == ["unknown-merge-field"]
    assert not (path.parent / ".drafts").exists()
    saved = admin.save(TRAINER, path, broken, confirmed=True, at=T0)
    assert saved.draft and path.read_bytes() == before
    assert admin.read(path).from_draft


def test_new_file_from_a_template(admin: ContentAdminService) -> None:
    path, text = admin.new_file(TRAINER, Kind.RUBRIC, "kort-opkald")
    assert path.name == "kort-opkald.yaml" and not path.exists()
    assert admin.check(path, text).problems == []
    with pytest.raises(FileExistsError):
        admin.new_file(TRAINER, Kind.RUBRIC, "opkald")
    with pytest.raises(ValueError):
        admin.new_file(TRAINER, Kind.RUBRIC, "Kort Opkald")


def test_the_sample_company_wraps_and_its_card_view_is_logged(
    admin: ContentAdminService, services: Services
) -> None:
    first = admin.sample_company(TRAINER, 0)
    assert first is not None
    assert (first.card.name, first.index, first.total) == ("Hansen & Søn ApS", 0, 1)
    assert [c.name for c in first.card.contacts] == ["Lone Hansen", "Per Holm"]
    again = admin.sample_company(TRAINER, 5)
    assert again is not None and again.card.id == first.card.id and again.index == 0
    lines = services.store.read(lambda s: list(s.exec(select(AuditLine)).all()))
    assert [(line.action, line.company_id, line.consultant_id) for line in lines] == [
        ("read_card", first.card.id, 1),
        ("read_card", first.card.id, 1),
    ]


@pytest.mark.parametrize("role", [Role.CONSULTANT, Role.TEAMLEAD])
def test_only_trainers_publish(admin: ContentAdminService, role: Role) -> None:
    path = next(f.path for f in admin.files() if f.path.name == "opkald.yaml")
    with pytest.raises(AccessDenied, match="Kun trænere"):
        admin.publish(Actor(2, role), path)
    assert not (path.parent / ".published").exists()


def test_a_trainer_publishes_a_rubric_and_a_changed_one_only_with_a_raised_version(
    admin: ContentAdminService,
) -> None:
    path = next(f.path for f in admin.files() if f.path.name == "opkald.yaml")
    report = admin.publish(TRAINER, path)
    assert report.ok and {(o.script_id, o.version) for o in report.outcomes} == {
        ("opkald", 1),
        ("besoeg", 1),  # the folder's first publication takes every file in it
    }
    assert admin.bump_target(path) is None
    text = path.read_text(encoding="utf-8").replace("Sparring på et opkald", "Sparring, nyt", 1)
    admin.save(TRAINER, path, text, at=T0)  # a valid text: saved, not yet used
    refused = admin.publish(TRAINER, path)
    assert refused.needs_bump and not refused.outcomes
    assert admin.bump_target(path) == (1, 2)
    done = admin.publish(TRAINER, path, bump=True)
    assert [(o.script_id, o.version, o.bumped_from) for o in done.outcomes] == [("opkald", 2, 1)]
    assert "version: 2\n" in path.read_text(encoding="utf-8")
    assert all(".published" not in f.path.parts for f in admin.files())  # copies are not offered
