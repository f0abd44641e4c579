"""Publishing from the editor (f9): refused with the problems, refused for a consultant
(by the service, whatever the screen does), a raised version after a yes, and a toast
naming the id and version with the record written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from textual.widgets import TextArea

from canvass.content import published
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.services.content_admin import ContentAdminService
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.editor import EditorScreen, folders_of
from tests.ui.helpers import settle

from .test_editor import checked, content_copy, make_trainer, open_file, problem_lines


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TextArea, "cursor_blink", False)


def _manifest(folder: Path) -> dict[str, dict[int, str]]:
    return yaml.safe_load(published.manifest_path(folder).read_text(encoding="utf-8"))


def _toasts(app: CanvassApp) -> list[str]:
    return [n.message for n in app._notifications]


async def _publish(pilot, editor: EditorScreen) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f9")
    await settle(pilot)
    await editor.app.workers.wait_for_complete()
    await settle(pilot)


async def test_publish_then_change_then_raise_the_version_after_a_yes(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    bank = folders["objections_dir"]
    path = bank / "tillid.yaml"
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "objections/tillid.yaml")
        await _publish(pilot, editor)
        # The first publication in the folder takes every file in it.
        assert any(m.startswith("Udgivet: tillid version 1") for m in _toasts(app)), _toasts(app)
        manifest = _manifest(bank)
        assert manifest["tillid"] == {1: published.digest(path.read_bytes())}
        assert set(manifest) == {p.stem for p in bank.glob("*.yaml")}

        area = editor.query_one(TextArea)
        area.move_cursor((0, 0))
        await pilot.press(*"# nyt svar på vej", "enter")
        await checked(pilot)
        # Changed under a published version: a warning as it is typed, saving is not refused.
        [warned] = problem_lines(editor)
        assert "version 1 er allerede udgivet" in warned and "1 problem" not in str(
            editor.query_one("#editor-title").render()
        )
        await pilot.press("f9")  # not saved: nothing is published
        await settle(pilot)
        assert "Gem først (ctrl+s)" in _toasts(app)[-1]
        await pilot.press("ctrl+s")
        await settle(pilot)
        await _publish(pilot, editor)
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert "version 1 er allerede udgivet" in str(dialog._question)
        assert "til 2" in str(dialog._question)
        await pilot.press("escape")  # no: nothing changes
        await settle(pilot)
        assert app.screen is editor and _manifest(bank)["tillid"].keys() == {1}
        await _publish(pilot, editor)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # yes: raised and published
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.screen is editor
        assert "Udgivet: tillid version 2" in _toasts(app)
        text = path.read_text(encoding="utf-8")
        assert text.startswith("version: 2\n") or "\nversion: 2\n" in text
        assert _manifest(bank)["tillid"][2] == published.digest(path.read_bytes())
        assert published.copy_path(bank, "tillid", 1).is_file()
        await checked(pilot)
        assert editor.query_one(TextArea).text == text  # the editor shows the raised file
        assert not editor.dirty


async def test_publishing_a_file_with_problems_is_refused_and_lists_them(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    scripts = folders["scripts_dir"]
    other = scripts / "voksenlaerling.yaml"
    broken = other.read_text(encoding="utf-8").replace("version:", "version: [", 1)
    other.write_text(broken, encoding="utf-8")  # another file of the folder is broken
    app = make_app(**folders)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "scripts/fleksjob.yaml")
        await _publish(pilot, editor)
        said = _toasts(app)[-1]
        assert said.startswith("Ikke udgivet:") and "voksenlaerling.yaml" in said
        assert not published.manifest_path(scripts).exists()  # nothing at all

        other.write_text(broken.replace("version: [", "version:", 1), encoding="utf-8")
        area = editor.query_one(TextArea)
        area.move_cursor((0, 0))
        await pilot.press(*"x: 1\n")  # a key a script does not have
        await checked(pilot)
        assert len(problem_lines(editor)) == 1
        await pilot.press("ctrl+s")  # saved only as a draft, after a yes
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert editor._from_draft
        await _publish(pilot, editor)  # the draft on the screen has a problem: refused
        assert _toasts(app)[-1].startswith("Ikke udgivet: 1 problem – se listen")
        assert not published.manifest_path(scripts).exists()
        await pilot.press("ctrl+z")  # the typed key gone: valid again, saved over the file
        await checked(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await _publish(pilot, editor)
        assert any(m.startswith("Udgivet: fleksjob version") for m in _toasts(app))
        raw = (scripts / "fleksjob.yaml").read_bytes()
        assert not raw.startswith(b"x: 1")
        version = yaml.safe_load(raw)["version"]
        assert published.copy_path(scripts, "fleksjob", version).read_bytes() == raw


async def test_a_consultant_cannot_publish(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    app = make_app(**folders)
    path = folders["rubrics_dir"] / "opkald.yaml"
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        assert app.consultant is not None and app.consultant.role == "consultant"
        screen = EditorScreen(
            app.services, app.consultant, app.library, app.clock, app.settings, path
        )
        app.push_screen(screen)
        await settle(pilot)
        await checked(pilot)
        await _publish(pilot, screen)
        assert _toasts(app)[-1] == "Kun trænere kan udgive indhold."
        assert not published.manifest_path(path.parent).exists()
        # The service refuses too, whatever a screen does.
        service = ContentAdminService(app.services.store, folders_of(app.settings))
        with pytest.raises(AccessDenied):
            service.publish(Actor(app.consultant.id, Role.CONSULTANT), path)
        assert not published.manifest_path(path.parent).exists()
