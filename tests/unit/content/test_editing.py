"""The editor's content layer: checking a text as its file, templates, atomic saves with
history, drafts that never replace the valid file, and loaders that ignore both."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from canvass.content.editing import ContentFiles, draft_path
from canvass.content.outline import outline
from canvass.content.templates import template
from canvass.content.text_check import ContentFolders, TextChecker
from canvass.content.validate import Kind, check_paths, load_library
from canvass.content.yaml_loader import load_yaml, load_yaml_text
from canvass.files import write_atomic

REPO = Path(__file__).resolve().parents[3]
AT = datetime(2026, 11, 23, 9, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture
def folders(tmp_path: Path) -> ContentFolders:
    """A copy of the shipped content to change."""
    for name in ("scripts", "objections", "rubrics"):
        shutil.copytree(REPO / name, tmp_path / name)
    return ContentFolders(tmp_path / "scripts", tmp_path / "objections", tmp_path / "rubrics")


def _check_all(folders: ContentFolders):  # type: ignore[no-untyped-def]
    return check_paths(
        [folders.scripts, folders.objections, folders.rubrics],
        scripts_dir=folders.scripts,
        objections_dir=folders.objections,
        rubrics_dir=folders.rubrics,
    )


def _fleksjob_broken(text: str) -> str:
    broken = text.replace("{konsulent}", "{konsulnt}", 1)
    broken = broken.replace("  analyse:\n", "  analyse:\n    goal: 1\n    goal: 2\n", 1)
    return broken.replace("bala: [behov, accept_behov]", "bala: [behov, accept]", 1)


_DUPLICATE = """objections:
  - id: sidder-i-moede
    says: "x"
    category: "x"
    answers:
      - id: ny-a
        technique: afklar
        text: "x"
"""
SCRIPT, BANK, RUBRIC = "scripts/fleksjob.yaml", "objections/tillid.yaml", "rubrics/opkald.yaml"


def _replace(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new, 1)


CHANGES: dict[str, tuple[str, Callable[[str], str]]] = {
    "merge field, duplicate key, wrong type, bad bala": (SCRIPT, _fleksjob_broken),
    "yaml syntax": (SCRIPT, _replace("phases:", "phases: [")),
    "script id is not the file name": (SCRIPT, _replace("id: fleksjob", "id: andet")),
    "objection id used in another file": (BANK, _replace("objections:\n", _DUPLICATE)),
    "rubric phase missing": (RUBRIC, _replace("id: analyse", "id: aabning")),
    "an objection file in the scripts folder": (SCRIPT, lambda _: "objections: []\n"),
    "empty": (SCRIPT, lambda _: "# intet\n"),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_check_text_gives_what_check_paths_gives_for_that_file(
    folders: ContentFolders, name: str
) -> None:
    relative, change = CHANGES[name]
    path = folders.scripts.parent / relative
    text = change(path.read_text(encoding="utf-8"))
    checker = TextChecker(folders)
    checker.check(path, path.read_text(encoding="utf-8"))  # the cache filled before the change
    report = checker.check(path, text)
    path.write_text(text, encoding="utf-8")
    expected = _check_all(folders)
    assert report.problems, "the change must break something"
    assert report.problems == [p for p in expected.problems if p.path == path]
    assert report.warnings == [w for w in expected.warnings if w.path == path]


def test_check_text_sees_a_changed_other_file(folders: ContentFolders) -> None:
    """The cache is keyed by size and time: an id taken meanwhile in a file sorted before
    the edited one is a duplicate."""
    checker = TextChecker(folders)
    path = folders.scripts / "voksenlaerling.yaml"
    text = path.read_text(encoding="utf-8")
    assert checker.check(path, text).problems == []
    other = folders.scripts / "fleksjob.yaml"
    other.write_text(other.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    assert checker.check(path, text).problems == []  # still fine: different ids
    # A new script sorted before it with the same id.
    (folders.scripts / "aaa.yaml").write_text(text.replace("id: voksenlaerling", "id: aaa"))
    copy = text.replace("id: voksenlaerling", "id: aaa")
    problems = checker.check(folders.scripts / "zzz.yaml", copy.replace("id: aaa", "id: zzz"))
    assert problems.problems == []
    assert [p.code for p in checker.check(folders.scripts / "bbb.yaml", copy).problems] == [
        "duplicate-id",
        "file-name",
    ]


def test_load_yaml_text_matches_load_yaml(tmp_path: Path) -> None:
    for text in (
        "a: 1\na: 2\n",
        "x: [\n",
        "\ufeffid: x\n",
        "- &a 1\n- *a\n",
        "",
        "k: !!python/x 1\n",
    ):
        path = tmp_path / "f.yaml"
        path.write_text(text, encoding="utf-8")
        from_file, from_text = load_yaml(path), load_yaml_text(path, text)
        assert from_text.problems == from_file.problems
        assert from_text.data == from_file.data


@pytest.mark.parametrize("kind", [Kind.SCRIPT, Kind.OBJECTIONS, Kind.RUBRIC])
def test_templates_are_valid_and_load(folders: ContentFolders, kind: Kind) -> None:
    files = ContentFiles(folders)
    path = files.new_path(kind, "ny-fil")
    text = template(kind, "ny-fil")
    report = files.checker.check(path, text)
    assert report.problems == []
    assert report.warnings == []
    saved = files.save(path, text, AT)
    assert not saved.draft and saved.kept is None
    library = load_library(folders.scripts, folders.objections, folders.rubrics)
    assert library.problems == []
    if kind is Kind.SCRIPT:
        assert "ny-fil" in library.scripts
    elif kind is Kind.RUBRIC:
        assert "ny-fil" in library.rubrics
    else:
        assert "ny-fil-ikke-tid" in library.objections
    assert outline(text) is not None


def test_new_names_are_checked(folders: ContentFolders) -> None:
    files = ContentFiles(folders)
    for bad in ("", "Store", "../x", "a b", "-x", "x.yaml", "æble"):
        with pytest.raises(ValueError):
            files.new_path(Kind.SCRIPT, bad)
    with pytest.raises(FileExistsError):
        files.new_path(Kind.SCRIPT, "fleksjob")


def test_valid_save_is_atomic_and_keeps_the_previous_version(folders: ContentFolders) -> None:
    files = ContentFiles(folders)
    path = folders.scripts / "fleksjob.yaml"
    before = path.read_bytes()
    os.chmod(path, 0o640)
    text = before.decode().replace("Goddag, det er", "Goddag, her er", 1)
    saved = files.save(path, text, AT)
    assert not saved.draft
    assert path.read_text(encoding="utf-8") == text
    assert saved.kept == folders.scripts / ".history" / "fleksjob.20261123T090000123456Z.yaml"
    assert saved.kept.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o640  # the shared file keeps its mode
    again = files.save(path, text + "\n", AT)  # the same instant: a second, separate copy
    assert again.kept is not None and again.kept != saved.kept
    assert again.kept.read_text(encoding="utf-8") == text
    assert not [p for p in folders.scripts.iterdir() if p.name.endswith(".tmp")]


def test_a_text_with_problems_never_replaces_the_valid_file(folders: ContentFolders) -> None:
    files = ContentFiles(folders)
    path = folders.scripts / "fleksjob.yaml"
    before = path.read_bytes()
    broken = _fleksjob_broken(before.decode())
    saved = files.save(path, broken, AT)
    assert saved.draft and saved.problems
    assert saved.path == draft_path(path) == folders.scripts / ".drafts" / "fleksjob.yaml"
    assert path.read_bytes() == before
    assert not (folders.scripts / ".history").exists()
    opened = files.read(path)
    assert opened.from_draft and opened.text == broken
    assert next(f for f in files.files() if f.path == path).has_draft
    library = load_library(folders.scripts, folders.objections, folders.rubrics)
    assert library.problems == []
    assert library.content_hash("fleksjob") == __import__("hashlib").sha256(before).hexdigest()
    fixed = files.save(path, before.decode().replace("Goddag, det er", "Hej, det er", 1), AT)
    assert not fixed.draft
    assert not draft_path(path).exists()
    assert not files.read(path).from_draft


def test_history_and_drafts_are_never_loaded_or_checked(folders: ContentFolders) -> None:
    for folder in (folders.scripts, folders.objections, folders.rubrics):
        for hidden in (".history", ".drafts"):
            (folder / hidden).mkdir()
            (folder / hidden / "broken.yaml").write_text("id: [\n", encoding="utf-8")
            (folder / hidden / "fleksjob.yaml").write_text("id: fleksjob\n", encoding="utf-8")
    library = load_library(folders.scripts, folders.objections, folders.rubrics)
    assert library.problems == []
    report = _check_all(folders)
    assert report.problems == []
    files = ContentFiles(folders)
    assert all(
        ".history" not in f.path.parts and ".drafts" not in f.path.parts for f in files.files()
    )
    assert (
        TextChecker(folders)
        .check(
            folders.scripts / "fleksjob.yaml",
            (folders.scripts / "fleksjob.yaml").read_text(encoding="utf-8"),
        )
        .problems
        == []
    )


def test_only_files_in_the_folders_can_be_saved(folders: ContentFolders, tmp_path: Path) -> None:
    files = ContentFiles(folders)
    with pytest.raises(ValueError):
        files.save(tmp_path / "elsewhere.yaml", "id: x\n", AT)
    with pytest.raises(ValueError):
        files.save(folders.scripts / ".history" / "x.yaml", "id: x\n", AT)
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_write_atomic_leaves_no_temporary_file_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_atomic(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


def test_outline_finds_the_part_under_a_line() -> None:
    text = (REPO / "scripts" / "fleksjob.yaml").read_text(encoding="utf-8")
    shape = outline(text)
    assert shape is not None
    lines = text.splitlines()
    analyse = lines.index("  analyse:") + 1
    assert shape.section_at(1) == "aabning"
    assert shape.section_at(analyse) == "analyse"
    assert shape.section_at(analyse + 3) == "analyse"
    assert shape.section_at(len(lines)) == "afslutning"
    bank = outline((REPO / "objections" / "receptionen.yaml").read_text(encoding="utf-8"))
    assert bank is not None and bank.section_at(1) == "0"
    assert outline("id: [\n") is None


def test_canvass_check_ignores_history_and_drafts(folders: ContentFolders) -> None:
    from click.testing import CliRunner

    from canvass.cli import cli

    files = ContentFiles(folders)
    path = folders.scripts / "fleksjob.yaml"
    files.save(path, path.read_text(encoding="utf-8") + "\n", AT)  # a .history copy
    files.save(path, "id: [\n", AT)  # a broken .drafts copy
    assert (folders.scripts / ".drafts" / "fleksjob.yaml").exists()
    options = ["--scripts", str(folders.scripts), "--objections", str(folders.objections)]
    options += ["--rubrics", str(folders.rubrics), "check"]
    result = CliRunner().invoke(cli, options, env={"CANVASS_CONFIG": str(folders.scripts / "x")})
    assert result.exit_code == 0, result.output
    for folder in (folders.scripts, folders.objections, folders.rubrics):
        on_their_own = CliRunner().invoke(cli, ["check", str(folder)])
        assert on_their_own.exit_code == 0, on_their_own.output


def test_a_new_file_saved_with_problems_is_listed_by_its_draft(folders: ContentFolders) -> None:
    files = ContentFiles(folders)
    path = files.new_path(Kind.SCRIPT, "ny")
    saved = files.save(path, template(Kind.SCRIPT, "ny").replace("{konsulent}", "{x}"), AT)
    assert saved.draft and not path.exists()
    listed = [f for f in files.files() if f.path == path]
    assert len(listed) == 1 and listed[0].has_draft and listed[0].kind is Kind.SCRIPT
    assert files.read(path).from_draft
    with pytest.raises(FileExistsError):
        files.new_path(Kind.SCRIPT, "ny")  # the name is taken by the draft
    assert load_library(folders.scripts, folders.objections, folders.rubrics).problems == []


def test_a_file_changed_by_someone_else_is_not_saved_over_unasked(
    folders: ContentFolders,
) -> None:
    from canvass.content.editing import ANY, ChangedOnDisk

    files = ContentFiles(folders)
    path = folders.scripts / "fleksjob.yaml"
    opened = files.read(path)
    theirs = opened.text.replace("Goddag, det er", "Davs, det er", 1)
    path.write_text(theirs, encoding="utf-8")  # another trainer saved meanwhile
    mine = opened.text.replace("Goddag, det er", "Hej, det er", 1)
    with pytest.raises(ChangedOnDisk, match="ændret af en anden"):
        files.save(path, mine, AT, base=opened.base)
    assert path.read_text(encoding="utf-8") == theirs
    saved = files.save(path, mine, AT, base=ANY)
    assert saved.kept is not None and saved.kept.read_text(encoding="utf-8") == theirs
    # Saved: the next save compares with what was written.
    again = files.save(path, mine + "\n", AT, base=saved.base)
    assert not again.draft
    # A new file whose name someone else used meanwhile.
    new = files.new_path(Kind.RUBRIC, "ny")
    new.write_text(template(Kind.RUBRIC, "ny"), encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        files.save(new, template(Kind.RUBRIC, "ny") + "\n", AT, base=None)
