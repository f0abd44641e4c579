"""Taking changed content into a running app: the folders' stamp, and the merge that
never lets a broken file take away its last valid content."""

from __future__ import annotations

import os
from pathlib import Path

from canvass.content.reload import folder_stamp, keep_valid, same_content
from canvass.content.validate import load_library

from .helpers import OBJECTIONS, SCRIPT


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    scripts, bank = tmp_path / "scripts", tmp_path / "objections"
    scripts.mkdir()
    bank.mkdir()
    (scripts / "demo.yaml").write_text(SCRIPT, encoding="utf-8")
    (bank / "tid.yaml").write_text(OBJECTIONS, encoding="utf-8")
    return scripts, bank


def test_the_stamp_changes_with_a_file_and_only_then(tmp_path: Path) -> None:
    scripts, bank = _folders(tmp_path)
    before = folder_stamp([scripts, bank, None])
    assert before == folder_stamp([scripts, bank])
    (scripts / "notes.txt").write_text("not content", encoding="utf-8")
    assert folder_stamp([scripts, bank]) == before  # only YAML files (and the record) count
    path = scripts / "demo.yaml"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert folder_stamp([scripts, bank]) != before
    assert folder_stamp([tmp_path / "missing"]) == ()


def test_a_new_version_replaces_the_old_and_is_named(tmp_path: Path) -> None:
    scripts, bank = _folders(tmp_path)
    old = load_library(scripts, bank)
    (scripts / "demo.yaml").write_text(
        SCRIPT.replace("version: 1", "version: 2").replace("Goddag", "Hej"), encoding="utf-8"
    )
    new = load_library(scripts, bank)
    reloaded = keep_valid(old, new)
    assert reloaded.library.scripts["demo"].version == 2
    assert [s.version for s in reloaded.updated] == [2]
    assert not same_content(old, new) and same_content(new, load_library(scripts, bank))


def test_a_broken_file_keeps_its_last_valid_content(tmp_path: Path) -> None:
    scripts, bank = _folders(tmp_path)
    old = load_library(scripts, bank)
    (scripts / "demo.yaml").write_text("id: demo\nversion: [\n", encoding="utf-8")
    (bank / "tid.yaml").write_text("objections: [\n", encoding="utf-8")
    new = load_library(scripts, bank)
    assert "demo" not in new.scripts and not new.objections
    reloaded = keep_valid(old, new)
    assert reloaded.library.scripts["demo"] is old.scripts["demo"]
    assert reloaded.library.content_hash("demo") == old.content_hash("demo")
    assert reloaded.library.objections == old.objections
    assert reloaded.library.problems == new.problems  # reported (ctrl+e)
    assert reloaded.updated == [] and reloaded.objection_files == [] and reloaded.rubrics == []


def test_a_removed_file_takes_its_content_along(tmp_path: Path) -> None:
    scripts, bank = _folders(tmp_path)
    old = load_library(scripts, bank)
    (bank / "tid.yaml").unlink()
    reloaded = keep_valid(old, load_library(scripts, bank))
    assert not reloaded.library.objections and "demo" in reloaded.library.scripts
    assert reloaded.objection_files == ["tid"]  # named in the toast


def test_a_changed_objection_file_and_rubric_are_named(tmp_path: Path) -> None:
    import shutil

    scripts, bank = _folders(tmp_path)
    rubrics = tmp_path / "rubrics"
    rubrics.mkdir()
    shutil.copy(Path(__file__).parents[3] / "rubrics" / "opkald.yaml", rubrics)
    old = load_library(scripts, bank, rubrics)
    text = (rubrics / "opkald.yaml").read_text(encoding="utf-8")
    (rubrics / "opkald.yaml").write_text(text.replace("version: 1", "version: 2"), "utf-8")
    (bank / "tid.yaml").write_text(OBJECTIONS.replace("Vi har ikke tid.", "Ingen tid."), "utf-8")
    reloaded = keep_valid(old, load_library(scripts, bank, rubrics))
    assert reloaded.objection_files == ["tid"] and reloaded.updated == []
    assert [(r.rubric, r.version) for r in reloaded.rubrics] == [("opkald", 2)]
    assert reloaded.library.rubrics_dir == rubrics
