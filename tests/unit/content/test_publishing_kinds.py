"""Objection files and rubrics are published like scripts: id → version → hash, frozen
once published, flagged by ``canvass check`` at ``version:``, and the app uses the latest
published version; an old rubric version is still there for the reviews made with it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from canvass.cli import cli
from canvass.content import published
from canvass.content.publishing import publish_paths
from canvass.content.validate import check_paths, load_library

from .helpers import OBJECTIONS, SCRIPT, team_args, where

SHIPPED_RUBRIC = Path(__file__).parents[3] / "rubrics" / "opkald.yaml"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    scripts, bank, rubrics = tmp_path / "scripts", tmp_path / "objections", tmp_path / "rubrics"
    for folder in (scripts, bank, rubrics):
        folder.mkdir()
    (scripts / "demo.yaml").write_text(SCRIPT, encoding="utf-8")
    (bank / "tid.yaml").write_text(OBJECTIONS, encoding="utf-8")
    shutil.copy(SHIPPED_RUBRIC, rubrics / "opkald.yaml")
    return scripts, bank, rubrics


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _publish(folders: tuple[Path, Path, Path], *paths: Path, bump: bool = False):  # type: ignore[no-untyped-def]
    scripts, bank, rubrics = folders
    return publish_paths(
        list(paths) or list(folders),
        bump=bump,
        scripts_dir=scripts,
        objections_dir=bank,
        rubrics_dir=rubrics,
    )


def _check(folders: tuple[Path, Path, Path]):  # type: ignore[no-untyped-def]
    scripts, bank, rubrics = folders
    return check_paths(list(folders), scripts_dir=scripts, objections_dir=bank, rubrics_dir=rubrics)


def test_all_three_folders_are_published_each_under_its_own_id(
    folders: tuple[Path, Path, Path],
) -> None:
    _, bank, rubrics = folders
    report = _publish(folders)
    assert report.ok, report.problems
    assert sorted((o.script_id, o.version) for o in report.outcomes) == [
        ("demo", 1),
        ("opkald", 1),
        ("tid", 1),
    ]
    for folder, key, source in ((bank, "tid", "tid.yaml"), (rubrics, "opkald", "opkald.yaml")):
        manifest = yaml.safe_load(published.manifest_path(folder).read_text(encoding="utf-8"))
        raw = (folder / source).read_bytes()
        assert manifest == {key: {1: published.digest(raw)}}
        assert published.copy_path(folder, key, 1).read_bytes() == raw
    assert _check(folders).ok and not _check(folders).warnings


def test_a_changed_objection_file_without_a_new_version_is_flagged_and_refused(
    folders: tuple[Path, Path, Path],
) -> None:
    _, bank, _ = folders
    _publish(folders)
    _edit(bank / "tid.yaml", "Hvornår passer det bedre", "Hvornår passer det")
    report = _check(folders)
    # The file has no 'version:' line: the problem is at its top (it is version 1).
    assert where(report.problems) == [("version-not-raised", 1, 1)]
    assert report.problems[0].path == bank / "tid.yaml"
    refused = _publish(folders)
    assert not refused.ok and not refused.outcomes
    # The app keeps the published answer meanwhile.
    library = load_library(*folders)
    answer = library.objections["ingen-tid"].answers[0].text
    assert answer == "Hvornår passer det bedre, {kontaktperson_fornavn}?"
    assert library.sources["ingen-tid"] == published.copy_path(bank, "tid", 1)


def test_bump_writes_a_version_line_into_an_objection_file_that_had_none(
    folders: tuple[Path, Path, Path],
) -> None:
    _, bank, _ = folders
    _publish(folders)
    _edit(bank / "tid.yaml", "Hvornår passer det bedre", "Hvornår passer det")
    report = _publish(folders, bank / "tid.yaml", bump=True)
    assert report.ok, report.problems
    assert [(o.script_id, o.version, o.bumped_from) for o in report.outcomes] == [("tid", 2, 1)]
    assert (bank / "tid.yaml").read_text(encoding="utf-8").startswith("version: 2\nobjections:")
    library = load_library(*folders)
    assert library.objections["ingen-tid"].answers[0].text.startswith("Hvornår passer det,")
    assert library.sources["ingen-tid"] == bank / "tid.yaml"


def test_a_rubric_raised_in_the_file_is_a_draft_until_published(
    folders: tuple[Path, Path, Path],
) -> None:
    _, _, rubrics = folders
    _publish(folders)
    _edit(rubrics / "opkald.yaml", "version: 1", "version: 2")
    _edit(rubrics / "opkald.yaml", 'title: "Sparring på et opkald"', 'title: "Sparring, ny"')
    report = _check(folders)
    assert report.ok and where(report.warnings) == [("draft", 5, 10)]
    assert load_library(*folders).rubrics["opkald"].title == "Sparring på et opkald"
    _edit(rubrics / "opkald.yaml", "version: 2", "version: 1")
    assert where(_check(folders).problems) == [("version-not-raised", 5, 10)]


def test_an_old_rubric_version_is_looked_up_from_its_published_copy(
    folders: tuple[Path, Path, Path],
) -> None:
    _, _, rubrics = folders
    _publish(folders)
    _edit(rubrics / "opkald.yaml", 'title: "Sparring på et opkald"', 'title: "Sparring, ny"')
    assert _publish(folders, rubrics / "opkald.yaml", bump=True).ok
    library = load_library(*folders)
    assert library.rubrics["opkald"].version == 2
    assert library.rubric_at("opkald", 2) is library.rubrics["opkald"]
    old = library.rubric_at("opkald", 1)
    assert old is not None and old.version == 1 and old.title == "Sparring på et opkald"
    assert library.rubric_at("opkald", 3) is None  # never published
    # A copy changed by hand no longer matches the record: not used.
    copy = published.copy_path(rubrics, "opkald", 1)
    _edit(copy, "Sparring på et opkald", "Sparring i hånden")
    assert load_library(*folders).rubric_at("opkald", 1) is None


def test_the_cli_publishes_all_three_folders_by_default(
    folders: tuple[Path, Path, Path],
) -> None:
    scripts, bank, rubrics = folders
    args = ["--scripts", str(scripts), "--objections", str(bank), "--rubrics", str(rubrics)]
    args += team_args(scripts.parent)
    done = CliRunner().invoke(cli, ["publish", *args])
    assert done.exit_code == 0, done.output
    for line in ("Udgivet: demo version 1", "Udgivet: tid version 1", "Udgivet: opkald version 1"):
        assert line in done.output
    _edit(bank / "tid.yaml", "Vi har ikke tid.", "Vi har ikke tid lige nu.")
    checked = CliRunner().invoke(cli, ["check", *args])
    assert checked.exit_code == 1 and f"{bank / 'tid.yaml'}:1:1: Indholdet er ændret" in (
        checked.output
    )


def test_the_editor_s_check_warns_of_a_changed_published_version_without_refusing(
    folders: tuple[Path, Path, Path],
) -> None:
    from canvass.content.text_check import ContentFolders, TextChecker

    scripts, bank, rubrics = folders
    _publish(folders)
    checker = TextChecker(ContentFolders(scripts, bank, rubrics))
    path = bank / "tid.yaml"
    changed = path.read_text(encoding="utf-8").replace("Vi har ikke tid.", "Ingen tid.")
    report = checker.check(path, changed)
    assert report.ok and where(report.warnings) == [("version-not-raised", 1, 1)]
    assert checker.check(path, path.read_text(encoding="utf-8")).warnings == []
