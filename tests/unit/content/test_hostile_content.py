"""Hostile YAML: escapes in keys are shown, not obeyed; thousands of problems are capped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from canvass.content.problems import MAX_OF_A_KIND
from canvass.content.validate import check_paths

REPO = Path(__file__).resolve().parents[3]


def _check(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "canvass", "check", *map(str, paths)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip


def test_an_osc_sequence_in_a_key_is_printed_escaped(tmp_path: Path) -> None:
    bad = tmp_path / "osc.yaml"
    bad.write_text("objections: []\n\x1b]0;pwned\x07: 1\n", encoding="utf-8")
    done = _check(bad)
    assert done.returncode == 1
    out = done.stdout + done.stderr
    assert "\x1b" not in out and "\x07" not in out
    assert "U+001B" in out  # named, at its line


def test_thousands_of_problems_of_one_kind_are_counted_not_listed(tmp_path: Path) -> None:
    answers = "\n".join(
        f"      - id: a{i}\n        technique: afklar\n        text: Hej {{ukendt{i}}}?"
        for i in range(400)
    )
    bank = tmp_path / "mange.yaml"
    bank.write_text(
        "objections:\n  - id: x\n    says: Nej tak\n    category: Afvisning\n"
        "    keywords: [nej]\n    phases: [aabning]\n    answers:\n" + answers + "\n",
        encoding="utf-8",
    )
    report = check_paths([bank])
    kinds = [p for p in report.problems if p.code != "more"]
    summaries = [p for p in report.problems if p.code == "more"]
    assert len(kinds) <= 2 * MAX_OF_A_KIND
    assert summaries and "350 problemer mere" in summaries[0].message


def test_missing_keys_by_the_thousand_are_counted_without_building_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from canvass.content import model_errors

    built: list[str] = []
    real = model_errors._problem

    def counting(*args: object) -> object:
        made = real(*args)  # type: ignore[arg-type]
        built.append(made.code if made else "")
        return made

    monkeypatch.setattr(model_errors, "_problem", counting)
    bank = tmp_path / "tomme.yaml"
    bank.write_text("objections:\n" + "  - {}\n" * 1000, encoding="utf-8")
    report = check_paths([bank])
    missing = [p for p in report.problems if p.code == "missing"]
    summaries = [p for p in report.problems if p.code == "more"]
    assert len(missing) == MAX_OF_A_KIND
    # four keys missing in each of 1,000 objections: 4,000, of which 50 are listed
    assert [s.message for s in summaries] == [
        "… og 3950 problemer mere af samme slags (missing) i filen"
    ]
    assert len(built) <= 2 * MAX_OF_A_KIND  # not 4,000


def test_a_problem_never_prints_control_characters() -> None:
    from canvass.content.problems import Problem

    shown = str(Problem(Path("x\x1b]0;t\x07.yaml"), 1, 1, "unknown-key", "nøgle '\x1b[2J'"))
    assert "\x1b" not in shown and "\x07" not in shown and "␛[2J" in shown


def test_check_and_the_app_agree_about_a_script_in_the_objections_folder(tmp_path: Path) -> None:
    import shutil

    from canvass.content.validate import load_library

    scripts, objections = tmp_path / "scripts", tmp_path / "objections"
    shutil.copytree(REPO / "scripts", scripts)
    shutil.copytree(REPO / "objections", objections)
    shutil.copy(scripts / "rekruttering-besoeg.yaml", objections / "forkert-mappe.yaml")
    library = load_library(scripts, objections)
    assert any("forkert-mappe" in str(p.path) for p in library.problems)  # the app refuses
    done = subprocess.run(
        [sys.executable, "-m", "canvass", "check", "--scripts", str(scripts),
         "--objections", str(objections)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "forkert-mappe.yaml" in done.stdout
