"""check_paths and load_library: many files, ids across files, what loads and what does not."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from canvass.content import rules
from canvass.content.validate import check_paths, load_library
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import OBJECTIONS, SCRIPT, where

_OTHER_OBJECTION = """\
objections:
  - id: for-dyrt
    says: Det er for dyrt.
    category: oekonomi
    answers:
      - id: for-dyrt-fakta
        technique: fakta
        text: Det er gratis for jer.
"""


def test_duplicate_script_id_across_two_folders(write: Write, tmp_path: Path) -> None:
    write("a/demo.yaml", SCRIPT)
    second = write("b/demo.yaml", SCRIPT)
    problems = check_paths([tmp_path / "a", tmp_path / "b"]).problems
    assert [(p.path, *where([p])[0]) for p in problems] == [(second, "duplicate-id", 1, 5)]
    assert f"{tmp_path / 'a' / 'demo.yaml'}:1" in problems[0].message


def test_duplicate_objection_id_across_files(write: Write, tmp_path: Path) -> None:
    write("bank/a.yaml", OBJECTIONS)
    second = write("bank/b.yaml", _OTHER_OBJECTION.replace("id: for-dyrt\n", "id: ingen-tid\n"))
    problems = check_paths([tmp_path / "bank"]).problems
    assert [(p.path, *where([p])[0]) for p in problems] == [(second, "duplicate-id", 2, 9)]
    assert problems[0].message == f"Id'et 'ingen-tid' er allerede brugt i {tmp_path}/bank/a.yaml:2."


def test_duplicate_answer_id_within_the_bank(write: Write) -> None:
    text = OBJECTIONS + _OTHER_OBJECTION.split("\n", 1)[1].replace(
        "for-dyrt-fakta", "ingen-tid-kort"
    )
    path = write("bank.yaml", text)
    problems = check_paths([path]).problems
    assert where(problems) == [("duplicate-id", 13, 13)]
    assert problems[0].message.endswith("bank.yaml:6.")


def test_folders_take_yaml_and_yml_and_decide_the_kind_by_content(
    write: Write, tmp_path: Path
) -> None:
    write("mix/demo.yml", SCRIPT)
    write("mix/tid.yaml", OBJECTIONS)
    write("mix/notes.txt", "not checked")
    odd = write("mix/odd.yaml", "navn: x\n")
    listed = write("mix/list.yaml", "- a\n- b\n")
    report = check_paths([tmp_path / "mix"])
    assert report.files_checked == 4
    assert [(p.path, p.code, p.line, p.column) for p in report.problems] == [
        (listed, "not-a-mapping", 1, 1),
        (odd, "unknown-kind", 1, 1),
    ]
    assert not report.ok


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    report = check_paths([tmp_path / "nowhere"])
    assert where(report.problems) == [("not-found", 1, 1)]
    assert report.files_checked == 0


def test_all_problems_of_a_run_sorted_by_path_line_column(write: Write, tmp_path: Path) -> None:
    write("s/b.yaml", "id: b\nid: b\n")
    write("s/a.yaml", SCRIPT.replace("version: 1", "version: x").replace("title: Demo", "title: 3"))
    problems = check_paths([tmp_path / "s"]).problems
    assert [(p.path.name, *where([p])[0]) for p in problems] == [
        ("a.yaml", "file-name", 1, 5),
        ("a.yaml", "wrong-type", 2, 8),
        ("a.yaml", "wrong-type", 3, 10),
        ("b.yaml", "missing", 1, 1),  # phases
        ("b.yaml", "missing", 1, 1),  # title
        ("b.yaml", "missing", 1, 1),  # version
        ("b.yaml", "duplicate-key", 2, 1),
    ]
    assert [p.message for p in problems[3:6]] == [
        "Nøglen 'phases' mangler.",
        "Nøglen 'title' mangler.",
        "Nøglen 'version' mangler.",
    ]


def test_load_library_keeps_valid_files_when_others_are_broken(
    write: Write, tmp_path: Path
) -> None:
    script = write("scripts/demo.yaml", SCRIPT)
    write("scripts/broken.yaml", "id: broken\ntitle: [\n")
    bank = write("objections/tid.yaml", OBJECTIONS)
    write("objections/dyrt.yaml", _OTHER_OBJECTION.replace("technique: fakta", "technique: x"))
    library = load_library(tmp_path / "scripts", tmp_path / "objections")
    assert list(library.scripts) == ["demo"]
    assert list(library.objections) == ["ingen-tid"]
    assert library.sources == {"demo": script, "ingen-tid": bank}
    assert [(p.path.name, p.code) for p in library.problems] == [
        ("dyrt.yaml", "enum"),
        ("broken.yaml", "yaml-syntax"),
    ]
    assert library.content_hash("demo") == hashlib.sha256(script.read_bytes()).hexdigest()


def test_load_library_keeps_the_first_of_two_duplicate_ids(write: Write, tmp_path: Path) -> None:
    write("objections/a.yaml", OBJECTIONS)
    write("objections/b.yaml", OBJECTIONS.replace("Vi har ikke tid.", "Ingen tid!"))
    library = load_library(tmp_path / "scripts", tmp_path / "objections")
    assert library.objections["ingen-tid"].says == "Vi har ikke tid."
    assert [(p.path.name, *where([p])[0]) for p in library.problems] == [
        ("b.yaml", "duplicate-id", 2, 9),  # the objection id
        ("b.yaml", "duplicate-id", 6, 13),  # and its answer id
        ("scripts", "not-found", 1, 1),
    ]


def test_load_library_refuses_a_file_in_the_wrong_folder(write: Write, tmp_path: Path) -> None:
    write("scripts/tid.yaml", OBJECTIONS)
    write("objections/tid.yaml", OBJECTIONS)
    library = load_library(tmp_path / "scripts", tmp_path / "objections")
    assert where(library.problems) == [("wrong-folder", 1, 1)]
    assert list(library.objections) == ["ingen-tid"]


def test_the_repository_content_is_valid() -> None:
    repo = Path(__file__).parents[3]
    report = check_paths([repo / "scripts", repo / "objections"])
    assert report.problems == [], "\n".join(map(str, report.problems))


def test_a_crashing_rule_becomes_an_internal_problem_for_that_file_only(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(rules, "file_name_problems", explode)
    write("mix/demo.yaml", SCRIPT)
    write("mix/tid.yaml", OBJECTIONS)
    problems = check_paths([tmp_path / "mix"]).problems
    assert [(p.path.name, *where([p])[0]) for p in problems] == [("demo.yaml", "internal", 1, 1)]


def test_the_objection_index_is_built_once_even_when_two_threads_ask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The call screen builds the index in a worker while the UI may ask for it too."""
    import threading
    import time

    from canvass.content import bank_index
    from canvass.content.search import ObjectionIndex

    repo = Path(__file__).parents[3]
    library = load_library(repo / "scripts", repo / "objections")
    built: list[int] = []

    class SlowIndex(ObjectionIndex):
        def __init__(self, *args: object, **kwargs: object) -> None:
            built.append(1)
            time.sleep(0.05)  # long enough for the second thread to arrive meanwhile
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bank_index, "ObjectionIndex", SlowIndex)
    assert not library.index_ready
    found: list[ObjectionIndex] = []
    threads = [
        threading.Thread(target=lambda: found.append(library.objection_index)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert built == [1] and found[0] is found[1] and library.index_ready
    assert library.objection_index is found[0]
    assert len(found[0]) == len(library.objections)
