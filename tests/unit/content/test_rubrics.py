"""Sparring rubrics (``rubrics/*.yaml``): each rule is a problem at its exact place."""

# The YAML below keeps one phase per line so that positions are easy to read.
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

from canvass.content.rubric_model import Rubric, RubricKind, phase_ids, rubrics_of
from canvass.content.validate import check_paths, load_library
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import SCRIPT, where

#: A small valid call rubric; tests change a line or two of it. Line numbers in the
#: comments below are those of the file.
RUBRIC = """\
rubric: demo
title: Demo
kind: call
phases:
  - id: aabning
    title: Åbning
    checkpoints:
      - id: navn
        text: Sagde sit navn.
        kind: yes_no
        mandatory: true
      - id: intro
        text: Kort intro.
        kind: scale
        levels: [Lang, Lidt lang, Kort, Meget kort]
  - {id: analyse, title: A, checkpoints: [{id: b1, text: B, kind: yes_no}, {id: b2, text: B, kind: yes_no}]}
  - {id: indvendinger, title: I, checkpoints: [{id: c1, text: C, kind: yes_no}, {id: c2, text: C, kind: yes_no}]}
  - {id: loesning, title: L, checkpoints: [{id: d1, text: D, kind: yes_no}, {id: d2, text: D, kind: yes_no}]}
  - {id: afslutning, title: S, checkpoints: [{id: e1, text: E, kind: yes_no}, {id: e2, text: E, kind: yes_no}]}
"""

VISIT = """\
rubric: demo
title: Demo
kind: visit
phases:
  - {id: forberedelse, title: F, checkpoints: [{id: a1, text: A, kind: yes_no}, {id: a2, text: A, kind: yes_no}]}
  - {id: samtalen, title: S, checkpoints: [{id: b1, text: B, kind: yes_no}, {id: b2, text: B, kind: yes_no}]}
  - {id: aftraek, title: A, checkpoints: [{id: c1, text: C, kind: yes_no}, {id: c2, text: C, kind: yes_no}]}
  - {id: administration, title: R, checkpoints: [{id: d1, text: D, kind: yes_no}, {id: d2, text: D, kind: yes_no}]}
"""


def _problems(write: Write, text: str, name: str = "demo.yaml") -> list[tuple[str, int, int]]:
    return where(check_paths([write(name, text)]).problems)


def test_a_valid_call_and_visit_rubric_load(write: Write, tmp_path: Path) -> None:
    write("rubrics/demo.yaml", RUBRIC)
    write("rubrics/besoeg.yaml", VISIT.replace("rubric: demo", "rubric: besoeg"))
    report = check_paths([tmp_path / "rubrics"], rubrics_dir=tmp_path / "rubrics")
    assert report.problems == [] and report.files_checked == 2
    library = load_library(tmp_path / "s", tmp_path / "o", tmp_path / "rubrics")
    assert sorted(library.rubrics) == ["besoeg", "demo"]
    demo: Rubric = library.rubrics["demo"]
    assert demo.kind is RubricKind.CALL
    assert tuple(phase.id for phase in demo.phases) == phase_ids(RubricKind.CALL)
    assert library.rubrics["besoeg"].kind is RubricKind.VISIT
    assert library.sources["rubric:demo"] == tmp_path / "rubrics" / "demo.yaml"
    found = demo.checkpoint("intro")
    assert found is not None and found[0].id == "aabning" and len(found[1].levels) == 4
    navn = demo.checkpoint("navn")
    assert navn is not None and navn[1].mandatory and not navn[1].allows_na
    assert demo.checkpoint("b1") is not None and demo.checkpoint("b1")[1].allows_na  # type: ignore[index]
    assert demo.phase("analyse") is not None and demo.phase("nope") is None


def test_unknown_keys_are_placed_with_a_suggestion(write: Write) -> None:
    text = RUBRIC.replace("title: Demo", "titel: Demo").replace(
        "        mandatory: true\n", "        mandatory: true\n        farve: rød\n"
    )
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("missing", 1, 1), ("unknown-key", 2, 1), ("unknown-key", 12, 9)]
    assert "Mente du 'title'?" in problems[1].message


def test_wrong_types_and_weights_out_of_range(write: Write) -> None:
    text = (
        RUBRIC.replace("title: Demo", "title: [Demo]")
        .replace("kind: call", "kind: opkald")
        .replace("mandatory: true", "mandatory: ja")
        .replace("    title: Åbning\n", "    title: Åbning\n    weight: 101\n")
        .replace("{id: b1, text: B", "{id: b1, weight: 0, text: B")
        .replace("{id: c1, text: C", "{id: c1, weight: 2.5, text: C")
    )
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [
        ("wrong-type", 2, 8),  # title: a list
        ("enum", 3, 7),  # kind: opkald
        ("too-big", 7, 13),  # weight: 101
        ("wrong-type", 12, 20),  # mandatory: ja
        ("too-small", 17, 60),  # weight: 0
        ("wrong-type", 18, 65),  # weight: 2.5
    ]
    assert problems[1].message == "'opkald' er ikke tilladt; vælg en af: call, visit."
    assert problems[2].message == "Tallet må højst være 100."
    assert problems[3].message == "Forventede ja/nej (true/false), men fandt tekst."


def test_a_phase_of_the_other_kind_is_placed_at_its_id(write: Write) -> None:
    problems = check_paths([write("demo.yaml", RUBRIC.replace("id: aabning", "id: samtalen"))])
    assert where(problems.problems) == [
        ("rubric-phase-missing", 4, 1),
        ("rubric-phase-unknown", 5, 9),
    ]
    unknown = problems.problems[1].message
    assert unknown == (
        "'samtalen' er ikke en fase i et sparringsskema til opkald; faserne er "
        "aabning → analyse → indvendinger → loesning → afslutning."
    )
    visit = VISIT.replace("id: samtalen", "id: analyse")
    assert _problems(write, visit) == [
        ("rubric-phase-missing", 4, 1),
        ("rubric-phase-unknown", 6, 10),
    ]


def test_phases_in_the_wrong_order_or_twice(write: Write) -> None:
    lines = RUBRIC.splitlines(keepends=True)
    swapped = "".join([*lines[:15], lines[16], lines[15], *lines[17:]])
    assert _problems(write, swapped) == [("phase-order", 17, 10)]
    twice = RUBRIC.replace("{id: indvendinger,", "{id: analyse,")
    assert _problems(write, twice) == [
        ("rubric-phase-missing", 4, 1),
        ("rubric-phase-duplicate", 17, 10),
    ]


def test_a_phase_has_two_to_four_checkpoints(write: Write) -> None:
    one = RUBRIC.replace(", {id: b2, text: B, kind: yes_no}", "")
    problems = check_paths([write("demo.yaml", one)]).problems
    assert where(problems) == [("rubric-checkpoint-count", 16, 29)]
    assert problems[0].message == "En fase skal have 2–4 kontrolpunkter; 'analyse' har 1."
    extra = ", ".join(f"{{id: x{n}, text: X, kind: yes_no}}" for n in range(3))
    five = RUBRIC.replace(
        "{id: c2, text: C, kind: yes_no}", "{id: c2, text: C, kind: yes_no}, " + extra
    )
    assert _problems(write, five) == [("rubric-checkpoint-count", 17, 34)]
    none = RUBRIC.replace(
        "checkpoints: [{id: d1, text: D, kind: yes_no}, {id: d2, text: D, kind: yes_no}]",
        "checkpoints: []",
    )
    assert _problems(write, none) == [("rubric-checkpoint-count", 18, 30)]


def test_a_scale_describes_four_levels_and_yes_no_none(write: Write) -> None:
    three = RUBRIC.replace("[Lang, Lidt lang, Kort, Meget kort]", "[Lang, Kort, Meget kort]")
    problems = check_paths([write("demo.yaml", three)]).problems
    assert where(problems) == [("rubric-levels-count", 15, 9)]
    assert problems[0].message.endswith("her er der 3.")
    missing = RUBRIC.replace("        levels: [Lang, Lidt lang, Kort, Meget kort]\n", "")
    assert _problems(write, missing) == [("rubric-levels-missing", 14, 15)]
    on_yes_no = RUBRIC.replace(
        "{id: e1, text: E, kind: yes_no}", "{id: e1, text: E, kind: yes_no, levels: [a]}"
    )
    assert _problems(write, on_yes_no) == [("rubric-levels-yes-no", 19, 78)]
    empty_on_yes_no = RUBRIC.replace(
        "kind: yes_no}]}\n  - {id: loesning", "kind: yes_no, levels: []}]}\n  - {id: loesning"
    )
    assert _problems(write, empty_on_yes_no) == []


def test_checkpoint_ids_are_unique_in_the_rubric(write: Write) -> None:
    text = RUBRIC.replace("{id: c2,", "{id: navn,")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("rubric-checkpoint-duplicate", 17, 86)]
    assert "(linje 8)" in problems[0].message


def test_rubric_ids_are_unique_across_files(write: Write, tmp_path: Path) -> None:
    write("a/demo.yaml", RUBRIC)
    second = write("b/demo.yaml", RUBRIC.replace("title: Demo", "title: Kopi"))
    problems = check_paths([tmp_path / "a", tmp_path / "b"]).problems
    assert [(p.path, *where([p])[0]) for p in problems] == [(second, "duplicate-id", 1, 9)]
    assert f"{tmp_path / 'a' / 'demo.yaml'}:1" in problems[0].message
    write("rubrics/demo.yaml", RUBRIC)
    write("rubrics/demo2.yaml", RUBRIC.replace("title: Demo", "title: Kopi"))
    library = load_library(tmp_path / "s", tmp_path / "o", tmp_path / "rubrics")
    assert library.rubrics["demo"].title == "Demo"  # the first file keeps its id
    assert {p.code for p in library.problems} == {"not-found", "duplicate-id", "rubric-file-name"}


def test_a_mandatory_checkpoint_cannot_allow_not_relevant(write: Write) -> None:
    text = RUBRIC.replace(
        "        mandatory: true\n", "        mandatory: true\n        na: true\n"
    )
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("rubric-mandatory-na", 12, 9)]
    assert "ikke relevant" in problems[0].message
    refused = RUBRIC.replace(
        "{id: b1, text: B, kind: yes_no}", "{id: b1, text: B, kind: yes_no, na: false}"
    )
    path = write("rubrics/demo.yaml", refused)
    library = load_library(path.parent / "s", path.parent / "o", path.parent)
    b1 = library.rubrics["demo"].checkpoint("b1")
    assert b1 is not None and not b1[1].allows_na and not b1[1].mandatory


def test_the_file_is_named_by_the_rubric_id(write: Write) -> None:
    assert _problems(write, RUBRIC, "opkald.yaml") == [("rubric-file-name", 1, 9)]


def test_rubrics_and_scripts_stay_in_their_folders(write: Write, tmp_path: Path) -> None:
    write("scripts/demo.yaml", RUBRIC)
    write("rubrics/demo.yaml", SCRIPT)
    library = load_library(tmp_path / "scripts", tmp_path / "objections", tmp_path / "rubrics")
    wrong = [
        (p.path.parent.name, p.code, p.message)
        for p in library.problems
        if p.code == "wrong-folder"
    ]
    assert wrong == [
        (
            "rubrics",
            "wrong-folder",
            "Filen er et ringemanuskript, men ligger i mappen til sparringsskemaer.",
        ),
        (
            "scripts",
            "wrong-folder",
            "Filen er et sparringsskema, men ligger i mappen til ringemanuskripter.",
        ),
    ]
    assert library.rubrics == {} and library.scripts == {}
    report = check_paths([tmp_path / "rubrics"], rubrics_dir=tmp_path / "rubrics")
    assert [p.code for p in report.problems] == ["wrong-folder"]


def test_a_library_without_a_rubrics_folder_has_no_rubrics(write: Write, tmp_path: Path) -> None:
    write("scripts/demo.yaml", SCRIPT)
    library = load_library(tmp_path / "scripts", tmp_path / "objections")
    assert library.rubrics == {} and "demo" in library.scripts


def test_a_review_of_a_call_or_a_visit_gets_the_rubric_of_its_kind(
    write: Write, tmp_path: Path
) -> None:
    write("rubrics/a-call.yaml", RUBRIC.replace("rubric: demo", "rubric: a-call"))
    write("rubrics/z-visit.yaml", VISIT.replace("rubric: demo", "rubric: z-visit"))
    library = load_library(tmp_path / "s", tmp_path / "o", tmp_path / "rubrics")
    call, visit = library.rubric_for(RubricKind.CALL), library.rubric_for(RubricKind.VISIT)
    assert call is not None and call.rubric == "a-call"
    assert visit is not None and visit.rubric == "z-visit"
    write("rubrics/opkald.yaml", RUBRIC.replace("rubric: demo", "rubric: opkald"))
    library = load_library(tmp_path / "s", tmp_path / "o", tmp_path / "rubrics")
    chosen = library.rubric_for(RubricKind.CALL)
    assert chosen is not None and chosen.rubric == "opkald"  # the default wins over the order
    assert [r.rubric for r in rubrics_of(library.rubrics, RubricKind.CALL)] == ["opkald", "a-call"]
    empty = load_library(tmp_path / "s", tmp_path / "o", tmp_path / "none")
    assert empty.rubric_for(RubricKind.VISIT) is None
