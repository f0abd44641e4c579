"""Publishing script versions: the record, ``canvass check``'s version rules, the refusal
of files with problems, ``--bump``, and which version the app loads (drafts never)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from canvass.cli import cli
from canvass.content import published
from canvass.content.publishing import publish_paths
from canvass.content.validate import check_paths, load_library

from .helpers import OBJECTIONS, SCRIPT, team_args, where

OTHER = SCRIPT.replace("id: demo", "id: anden").replace("title: Demo", "title: Anden")


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    scripts, objections = tmp_path / "scripts", tmp_path / "objections"
    scripts.mkdir()
    objections.mkdir()
    (tmp_path / "rubrics").mkdir()  # the CLI's third folder: never the shipped one
    (scripts / "demo.yaml").write_text(SCRIPT, encoding="utf-8")
    (scripts / "anden.yaml").write_text(OTHER, encoding="utf-8")
    (objections / "tid.yaml").write_text(OBJECTIONS, encoding="utf-8")
    return scripts, objections


def _publish(scripts: Path, *paths: Path, bump: bool = False):  # type: ignore[no-untyped-def]
    return publish_paths(list(paths) or [scripts], bump=bump, scripts_dir=scripts)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_first_publication_records_every_script_of_the_folder(
    folders: tuple[Path, Path],
) -> None:
    scripts, _ = folders
    report = _publish(scripts, scripts / "demo.yaml")  # one named: the folder adopts all
    assert report.ok and report.first_in == [scripts]
    assert sorted((o.script_id, o.version, o.done) for o in report.outcomes) == [
        ("anden", 1, True),
        ("demo", 1, True),
    ]
    manifest = yaml.safe_load(published.manifest_path(scripts).read_text(encoding="utf-8"))
    raw = (scripts / "demo.yaml").read_bytes()
    assert manifest["demo"] == {1: published.digest(raw)}
    assert published.copy_path(scripts, "demo", 1).read_bytes() == raw
    again = _publish(scripts)
    assert again.ok and [o.done for o in again.outcomes] == [False, False]  # unchanged


def test_unchanged_published_content_checks_clean(folders: tuple[Path, Path]) -> None:
    scripts, _ = folders
    _publish(scripts)
    report = check_paths([scripts], scripts_dir=scripts)
    assert report.ok and not report.warnings


def test_changed_content_without_a_new_version_is_a_problem_at_the_version_line(
    folders: tuple[Path, Path],
) -> None:
    scripts, _ = folders
    _publish(scripts)
    _edit(scripts / "demo.yaml", "Goddag, det er", "Hej, det er")
    report = check_paths([scripts], scripts_dir=scripts)
    assert where(report.problems) == [("version-not-raised", 3, 10)]  # "version: 1" → the 1
    assert report.problems[0].path == scripts / "demo.yaml"
    assert "version 1 er allerede udgivet" in report.problems[0].message
    assert "til 2" in report.problems[0].message


def test_a_raised_version_is_a_draft_until_published(folders: tuple[Path, Path]) -> None:
    scripts, objections = folders
    _publish(scripts)
    _edit(scripts / "demo.yaml", "Goddag, det er", "Hej, det er")
    _edit(scripts / "demo.yaml", "version: 1", "version: 2")
    report = check_paths([scripts], scripts_dir=scripts)
    assert report.ok
    assert where(report.warnings) == [("draft", 3, 10)]
    assert "appen bruger version 1" in report.warnings[0].message
    # The app goes on with the published version 1, from its copy.
    library = load_library(scripts, objections)
    assert library.scripts["demo"].version == 1
    assert (
        "Goddag"
        in library.scripts["demo"].phase(next(iter(library.scripts["demo"].phases))).lines[0].say
    )
    assert library.sources["demo"] == published.copy_path(scripts, "demo", 1)
    assert where(library.warnings) == [("draft", 3, 10)]
    # Published: the app takes version 2 from the working file.
    report2 = _publish(scripts, scripts / "demo.yaml")
    assert report2.ok and [(o.script_id, o.version, o.done) for o in report2.outcomes] == [
        ("demo", 2, True)
    ]
    library = load_library(scripts, objections)
    assert library.scripts["demo"].version == 2 and library.sources["demo"] == scripts / "demo.yaml"
    assert library.content_hash("demo") == published.digest((scripts / "demo.yaml").read_bytes())


def test_publish_refuses_a_run_with_any_problem_and_publishes_nothing(
    folders: tuple[Path, Path],
) -> None:
    scripts, _ = folders
    _publish(scripts)
    before = published.manifest_path(scripts).read_bytes()
    _edit(scripts / "demo.yaml", "version: 1", "version: 2")
    _edit(scripts / "anden.yaml", "{konsulent}", "{konsulenten}")  # an unknown merge field
    (scripts / "anden.yaml").write_text(
        (scripts / "anden.yaml").read_text(encoding="utf-8").replace("version: 1", "version: 2"),
        encoding="utf-8",
    )
    report = _publish(scripts)
    assert not report.ok and not report.outcomes
    assert [p.code for p in report.problems] == ["unknown-merge-field"]
    assert published.manifest_path(scripts).read_bytes() == before
    assert not published.copy_path(scripts, "demo", 2).exists()


def test_publish_refuses_changed_content_under_a_published_version_unless_bumped(
    folders: tuple[Path, Path],
) -> None:
    scripts, _ = folders
    _publish(scripts)
    _edit(scripts / "demo.yaml", "Goddag, det er", "Hej, det er")
    refused = _publish(scripts, scripts / "demo.yaml")
    assert not refused.ok and where(refused.problems) == [("version-not-raised", 3, 10)]
    assert "version: 1" in (scripts / "demo.yaml").read_text(encoding="utf-8")  # not bumped
    bumped = _publish(scripts, scripts / "demo.yaml", bump=True)
    assert bumped.ok
    assert [(o.version, o.bumped_from, o.done) for o in bumped.outcomes] == [(2, 1, True)]
    text = (scripts / "demo.yaml").read_text(encoding="utf-8")
    assert "version: 2" in text and "Hej, det er" in text
    assert check_paths([scripts], scripts_dir=scripts).ok


def test_a_version_below_the_published_one_is_a_problem(folders: tuple[Path, Path]) -> None:
    scripts, _ = folders
    _edit(scripts / "demo.yaml", "version: 1", "version: 3")
    _publish(scripts)
    _edit(scripts / "demo.yaml", "version: 3", "version: 2")
    report = check_paths([scripts / "demo.yaml"], scripts_dir=scripts)
    assert where(report.problems) == [("version-behind", 3, 10)]


def test_a_broken_working_file_leaves_the_published_version_in_use(
    folders: tuple[Path, Path],
) -> None:
    scripts, objections = folders
    _publish(scripts)
    (scripts / "demo.yaml").write_text("id: demo\nversion: [\n", encoding="utf-8")
    library = load_library(scripts, objections)
    assert library.scripts["demo"].version == 1  # from the copy
    assert any(p.path == scripts / "demo.yaml" for p in library.problems)


def test_a_tampered_copy_is_a_problem_never_loaded(folders: tuple[Path, Path]) -> None:
    scripts, objections = folders
    _publish(scripts)
    _edit(scripts / "demo.yaml", "version: 1", "version: 2")  # a draft: the copy is used
    copy = published.copy_path(scripts, "demo", 1)
    copy.write_text(copy.read_text(encoding="utf-8").replace("Goddag", "Hej"), encoding="utf-8")
    library = load_library(scripts, objections)
    assert "demo" not in library.scripts
    assert [(p.code, p.path) for p in library.problems] == [("published-copy", copy)]


def test_a_broken_manifest_is_a_problem(folders: tuple[Path, Path]) -> None:
    scripts, _ = folders
    _publish(scripts)
    published.manifest_path(scripts).write_text("demo: {1: not-a-hash}\n", encoding="utf-8")
    report = check_paths([scripts], scripts_dir=scripts)
    assert [p.code for p in report.problems] == ["manifest"]


def test_a_folder_that_does_not_publish_loads_every_valid_file(
    folders: tuple[Path, Path],
) -> None:
    scripts, objections = folders
    _edit(scripts / "demo.yaml", "version: 1", "version: 5")
    library = load_library(scripts, objections)
    assert library.scripts["demo"].version == 5 and not library.warnings
    assert check_paths([scripts], scripts_dir=scripts).ok


def test_the_cli_publishes_in_danish_and_refuses_with_exit_1(folders: tuple[Path, Path]) -> None:
    scripts, objections = folders
    args = ["--scripts", str(scripts), "--objections", str(objections)]
    args += ["--rubrics", str(scripts.parent / "rubrics"), *team_args(scripts.parent)]
    runner = CliRunner()
    first = runner.invoke(cli, ["publish", *args])
    assert first.exit_code == 0, first.output
    assert "Første udgivelse i" in first.output
    assert "Udgivet: demo version 1" in first.output and "3 udgivet, 0 uændret." in first.output
    assert "Udgivet: tid version 1" in first.output  # the objection file, by its name
    _edit(scripts / "demo.yaml", "Goddag, det er", "Hej, det er")
    checked = runner.invoke(cli, ["check", *args, str(scripts)])
    assert checked.exit_code == 1
    assert f"{scripts / 'demo.yaml'}:3:10: Indholdet er ændret" in checked.output
    refused = runner.invoke(cli, ["publish", *args])
    assert refused.exit_code == 1 and "Intet er udgivet" in refused.output
    assert published.read_published(scripts)[0].versions["demo"].keys() == {1}  # type: ignore[union-attr]
    bumped = runner.invoke(cli, ["publish", "--bump", *args, str(scripts / "demo.yaml")])
    assert bumped.exit_code == 0, bumped.output
    assert "version hævet fra 1 til 2" in bumped.output
    assert "Udgivet: demo version 2" in bumped.output
    gone = runner.invoke(cli, ["publish", *args, str(objections / "ingen.yaml")])
    assert gone.exit_code == 0 and "filen findes ikke" in gone.output


def test_a_publish_in_progress_elsewhere_refuses_and_a_stale_lock_is_taken_over(
    folders: tuple[Path, Path],
) -> None:
    scripts, objections = folders
    lock = scripts / published.FOLDER / ".lock"
    lock.parent.mkdir()
    lock.write_text("4242\n", encoding="utf-8")  # another trainer's publish, just now
    args = ["--scripts", str(scripts), "--objections", str(objections)]
    args += ["--rubrics", str(scripts.parent / "rubrics"), *team_args(scripts.parent)]
    busy = CliRunner().invoke(cli, ["publish", *args])
    assert busy.exit_code == 1 and "En anden udgiver mappen lige nu" in busy.output
    assert not published.manifest_path(scripts).exists()
    old = lock.stat().st_mtime - published.STALE_LOCK - 1
    os.utime(lock, (old, old))  # left over from a publish that died
    done = CliRunner().invoke(cli, ["publish", *args])
    assert done.exit_code == 0, done.output
    assert published.manifest_path(scripts).exists() and not lock.exists()


def test_the_cli_publishes_for_trainers_only(folders: tuple[Path, Path]) -> None:
    """The command line asks the service, as the editor does: a consultant, a team lead,
    nobody (no --user) or initials nobody has publish nothing, with a Danish message."""
    scripts, objections = folders
    args = ["--scripts", str(scripts), "--objections", str(objections)]
    args += ["--rubrics", str(scripts.parent / "rubrics")]
    runner = CliRunner()
    for role in ("consultant", "teamlead"):
        denied = runner.invoke(cli, ["publish", *args, *team_args(scripts.parent, role)])
        assert denied.exit_code == 1, denied.output
        assert "Kun trænere kan udgive indhold. Intet er udgivet." in denied.output
        assert "Traceback" not in denied.output
    nobody = runner.invoke(cli, ["publish", *args, "--db", str(scripts.parent / "x.db")])
    assert nobody.exit_code == 2 and "angiv --user med dine initialer" in nobody.output
    stranger = [*team_args(scripts.parent)[:2], "--user", "ZZ"]
    unknown = runner.invoke(cli, ["publish", *args, *stranger])
    assert unknown.exit_code == 2 and "ingen konsulent med initialerne ZZ" in unknown.output
    assert not published.manifest_path(scripts).exists()  # nothing was published
    done = runner.invoke(cli, ["publish", *args, *team_args(scripts.parent)])
    assert done.exit_code == 0 and published.manifest_path(scripts).exists()
