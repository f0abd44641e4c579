"""The content editor in the running app: open, type an error, see it, jump to it, fix it,
save; drafts, refusals and unsaved changes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select
from textual.pilot import Pilot
from textual.widgets import OptionList, TextArea

from canvass.store import Store
from canvass.store.models import Consultant
from canvass.ui.app import CanvassApp
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.editor import DEBOUNCE, EditorScreen
from canvass.ui.screens.editor_picker import ContentPicker, NewFileDialog
from canvass.ui.widgets.content_preview import ContentPreview
from tests.ui.helpers import settle

from .conftest import REPO


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TextArea, "cursor_blink", False)


def content_copy(tmp_path: Path) -> dict[str, Path]:
    """A copy of the shipped content, as settings fields."""
    for name in ("scripts", "objections", "rubrics"):
        shutil.copytree(REPO / name, tmp_path / "content" / name)
    root = tmp_path / "content"
    return {
        "scripts_dir": root / "scripts",
        "objections_dir": root / "objections",
        "rubrics_dir": root / "rubrics",
    }


def make_trainer(store: Store, initials: str = "AB") -> None:
    with store.session(write=True) as session:
        consultant = session.exec(select(Consultant).where(Consultant.initials == initials)).one()
        consultant.role = "trainer"


async def checked(pilot: Pilot[object]) -> None:
    """Past the debounce, the check's worker done, the UI caught up."""
    await pilot.pause(DEBOUNCE + 0.1)
    await settle(pilot)


async def open_file(pilot: Pilot[object], app: CanvassApp, name: str) -> EditorScreen:
    app.action_edit_content()
    await settle(pilot)
    picker = app.screen
    assert isinstance(picker, ContentPicker)
    labels = [str(o.prompt) for o in picker.query_one(OptionList).options]
    picker.query_one(OptionList).highlighted = labels.index(name)
    await pilot.press("enter")
    await settle(pilot)
    await checked(pilot)
    editor = app.screen
    assert isinstance(editor, EditorScreen)
    return editor


def problem_lines(editor: EditorScreen) -> list[str]:
    return [str(o.prompt) for o in editor.query_one("#editor-problems", OptionList).options]


async def test_type_an_error_jump_to_it_fix_it_and_save(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    path = folders["scripts_dir"] / "fleksjob.yaml"
    before = path.read_text(encoding="utf-8")
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "scripts/fleksjob.yaml")
        assert problem_lines(editor) == ["Ingen problemer."]
        area = editor.query_one(TextArea)
        assert area.text == before
        # Line 13 says "Goddag, det er {konsulent} fra ...": make the field unknown.
        row = before.splitlines().index(next(x for x in before.splitlines() if "{konsulent}" in x))
        column = before.splitlines()[row].index("{konsulent}") + len("{konsul")
        area.move_cursor((row, column))
        await pilot.press("delete")  # "{konsulnt}"
        await checked(pilot)
        lines = problem_lines(editor)
        assert len(lines) == 1
        field_column = before.splitlines()[row].index("{konsulent}") + 1  # 1-based, at "{"
        assert lines[0].startswith(f"{row + 1}:{field_column}")
        assert "konsulnt" in lines[0] and "konsulent" in lines[0]
        assert "1 problem" in str(editor.query_one("#editor-title").render())
        area.move_cursor((0, 0))
        await pilot.press("f5", "enter")
        await pilot.pause()
        assert area.has_focus
        assert area.cursor_location == (row, field_column - 1)
        await pilot.press("ctrl+z")  # fixed
        await checked(pilot)
        assert problem_lines(editor) == ["Ingen problemer."]
        await pilot.press("end", "left")  # inside the closing quote
        await pilot.press(*" Velkommen.")
        await checked(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        after = path.read_text(encoding="utf-8")
        assert after != before and after == area.text
        kept = list((folders["scripts_dir"] / ".history").iterdir())
        assert [p.read_text(encoding="utf-8") for p in kept] == [before]
        assert kept[0].name == "fleksjob.20261123T090000000000Z.yaml"
        assert "gyldig" in str(editor.query_one("#editor-title").render())
        await pilot.press("escape")  # saved: closes without asking
        await pilot.pause()
        assert app.screen is app.call_list


async def test_saving_with_problems_asks_and_keeps_the_valid_file(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    path = folders["objections_dir"] / "receptionen.yaml"
    before = path.read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "objections/receptionen.yaml")
        await pilot.press(*"x: [")
        await checked(pilot)
        assert problem_lines(editor)[0].startswith("2:3    YAML-syntaksfejl")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # no: nothing written
        await settle(pilot)
        assert not (path.parent / ".drafts").exists()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert path.read_bytes() == before
        draft = path.parent / ".drafts" / "receptionen.yaml"
        assert draft.read_text(encoding="utf-8") == editor.query_one(TextArea).text
        assert "udkast" in str(editor.query_one("#editor-title").render())


async def test_unsaved_changes_are_never_lost_silently(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "rubrics/opkald.yaml")
        await pilot.press(*"# note")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # stay
        await pilot.pause()
        assert app.screen is editor
        assert editor.query_one(TextArea).text.startswith("# note")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # opening another file asks too
        await pilot.press("n")
        await pilot.press("escape", "y")  # discard, on purpose
        await settle(pilot)
        assert app.screen is app.call_list


async def test_preview_follows_the_cursor_and_the_sample_company(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "scripts/fleksjob.yaml")
        preview = editor.query_one(ContentPreview)
        title = editor.query_one("#editor-preview-title")
        first = str(title.render())
        assert first.startswith("Åbning · eksempel: ")
        assert "Anne Bech" in str(preview.render())  # {konsulent}: the trainer's name
        assert "{konsulent}" not in str(preview.render())
        lines = editor.query_one(TextArea).text.splitlines()
        editor.query_one(TextArea).move_cursor((lines.index("  afslutning:") + 2, 0))
        await pilot.pause()
        assert "Afslutning" in str(title.render())
        assert "‹moede_dato›" in str(preview.render())  # no meeting yet: a visible gap
        await pilot.press("f8")
        await settle(pilot)
        assert str(title.render()) != first.replace("Åbning", "Afslutning")
        await pilot.press("f2")
        assert not editor.query_one("#editor-preview-pane").display


async def test_new_file_from_a_template(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        app.action_edit_content()
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, NewFileDialog)
        await pilot.press(*"fleksjob", "enter")  # taken: said, and the dialog stays
        await pilot.pause()
        assert isinstance(app.screen, NewFileDialog)
        assert "findes allerede" in str(app.screen.query_one("#new-problem").render())
        await pilot.press(*"-lager", "enter")
        await settle(pilot)
        await checked(pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert problem_lines(editor) == ["Ingen problemer."]
        assert "ny, ikke gemt" in str(editor.query_one("#editor-title").render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = folders["scripts_dir"] / "fleksjob-lager.yaml"
        assert saved.read_text(encoding="utf-8").startswith("id: fleksjob-lager\n")


async def test_a_consultant_cannot_save(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    app = make_app(**folders)
    path = folders["scripts_dir"] / "fleksjob.yaml"
    before = path.read_bytes()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert app.consultant is not None and app.consultant.role == "consultant"
        app.action_edit_content()  # not offered: nothing opens
        await pilot.pause()
        assert app.screen is app.call_list
        screen = EditorScreen(
            app.services, app.consultant, app.library, app.clock, app.settings, path
        )
        app.push_screen(screen)
        await settle(pilot)
        await checked(pilot)
        await pilot.press(*"# x")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert path.read_bytes() == before
        assert not (path.parent / ".drafts").exists()


@pytest.mark.parametrize("trainer", [True, False], ids=["trainer", "consultant"])
async def test_the_palette_offers_the_editor_to_trainers_only(
    make_app: Callable[..., CanvassApp], store: Store, trainer: bool
) -> None:
    from textual.command import CommandList

    if trainer:
        make_trainer(store)
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"rediger ind")
        await pilot.pause(0.6)
        options = app.screen.query_one(CommandList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Rediger indhold" in line for line in shown) is trainer
        if trainer:
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ContentPicker)
            await pilot.press("escape")  # nothing opened: back to the list
            await settle(pilot)
            assert app.screen is app.call_list


async def test_a_file_not_shown_in_calls_says_so_in_the_preview(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    make_trainer(store)
    app = make_app(**content_copy(tmp_path))
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "scripts/fag.yaml")
        assert problem_lines(editor) == ["Ingen problemer."]
        assert "intet at forhåndsvise" in str(editor.query_one(ContentPreview).render())
        await pilot.press(*"x: [")
        await checked(pilot)
        assert "før filen er gyldig" in str(editor.query_one(ContentPreview).render())


async def test_a_file_changed_meanwhile_asks_before_it_is_replaced(
    make_app: Callable[..., CanvassApp], store: Store, tmp_path: Path
) -> None:
    folders = content_copy(tmp_path)
    make_trainer(store)
    app = make_app(**folders)
    path = folders["rubrics_dir"] / "opkald.yaml"
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        editor = await open_file(pilot, app, "rubrics/opkald.yaml")
        theirs = path.read_text(encoding="utf-8") + "# fra en kollega\n"
        path.write_text(theirs, encoding="utf-8")
        await pilot.press(*"# min note", "enter")
        await checked(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert path.read_text(encoding="utf-8") == theirs
        await pilot.press("y")
        await settle(pilot)
        assert path.read_text(encoding="utf-8") == editor.query_one(TextArea).text
        kept = list((path.parent / ".history").iterdir())
        assert [p.read_text(encoding="utf-8") for p in kept] == [theirs]
        await pilot.press("up", *"# mere", "enter", "ctrl+s")  # compared with what was just saved
        await settle(pilot)
        assert app.screen is editor
        assert path.read_text(encoding="utf-8").startswith("# mere\n# min note\n")
