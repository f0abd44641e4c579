"""The shipped rubrics, hostile rubric files, and ``canvass check`` on rubrics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvass.cli import cli
from canvass.config import load_settings
from canvass.content.rubric_model import AnswerKind, Rubric, RubricKind, phase_ids
from canvass.content.validate import check_paths, load_library
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import where
from tests.unit.content.test_rubrics import RUBRIC

REPO = Path(__file__).resolve().parents[3]
LIBRARY = load_library(REPO / "scripts", REPO / "objections", REPO / "rubrics")


def _shipped(rubric_id: str) -> Rubric:
    return LIBRARY.rubrics[rubric_id]


def test_the_shipped_rubrics_load_without_problems() -> None:
    report = check_paths([REPO / "rubrics"], rubrics_dir=REPO / "rubrics")
    assert report.problems == [] and report.warnings == [] and report.files_checked == 2
    assert LIBRARY.problems == []
    assert sorted(LIBRARY.rubrics) == ["besoeg", "opkald"]
    assert _shipped("opkald").kind is RubricKind.CALL
    assert _shipped("besoeg").kind is RubricKind.VISIT


@pytest.mark.parametrize("rubric_id", ["opkald", "besoeg"])
def test_a_shipped_rubric_is_complete_and_asks_before_it_advises(rubric_id: str) -> None:
    rubric = _shipped(rubric_id)
    assert tuple(phase.id for phase in rubric.phases) == phase_ids(rubric.kind)
    points = [point for phase in rubric.phases for point in phase.checkpoints]
    kinds = {point.kind for point in points}
    assert kinds == {AnswerKind.YES_NO, AnswerKind.SCALE}  # a mix
    assert 2 <= sum(point.mandatory for point in points) < len(points) // 2  # a few
    assert any(point.weight > 1 for point in points)
    assert len({phase.weight for phase in rubric.phases}) > 1
    for point in points:
        # Every checkpoint prompts a question to the caller, a real question in Danish.
        assert point.question is not None and point.question.endswith("?"), point.id
        assert re.match(r"^(Hvad|Hvordan|Hvem|Hvis|Hvorfor)\b", point.question), point.id
        if point.kind is AnswerKind.SCALE:
            assert len(point.levels) == 4 and len(set(point.levels)) == 4, point.id
    assert sum(point.question.startswith("Hvad tænkte du") for point in points) >= 5  # type: ignore[union-attr]


def test_the_call_rubric_follows_bala_objections_and_two_times() -> None:
    rubric = _shipped("opkald")
    texts = " ".join(point.text for phase in rubric.phases for point in phase.checkpoints)
    for words in ("BALA: første accept", "BALA: anden accept", "Anerkendte", "Afklarede"):
        assert words in texts
    assert "to konkrete tidspunkter" in texts
    accept = rubric.checkpoint("accept-behov")
    assert accept is not None and accept[0].id == "analyse" and accept[1].mandatory


def test_the_visit_rubric_follows_the_customer_meeting() -> None:
    rubric = _shipped("besoeg")
    titles = [phase.title for phase in rubric.phases]
    assert titles == ["Forberedelse", "Samtalen", "Aftræk", "Administration og registrering"]
    goal = rubric.checkpoint("maal-og-redskaber")
    assert goal is not None and goal[0].id == "forberedelse" and goal[1].mandatory


HOSTILE = {
    "a-list": ("- rubric: demo\n", [("not-a-mapping", 1, 1)]),
    "a-text": ("bare tekst\n", [("not-a-mapping", 1, 1)]),
    "phases-a-mapping": (
        "rubric: demo\ntitle: D\nkind: call\nphases:\n  aabning: {}\n",
        [("wrong-type", 5, 3)],
    ),
    "checkpoint-a-text": (
        RUBRIC.replace("      - id: intro\n", "      - bare tekst\n      - id: intro\n"),
        [("wrong-type", 12, 9)],  # three items, one of them not a checkpoint
    ),
    "levels-a-text": (
        RUBRIC.replace("[Lang, Lidt lang, Kort, Meget kort]", "Lang"),
        [("wrong-type", 15, 17)],
    ),
    "ids-as-numbers": (RUBRIC.replace("id: aabning", "id: 1"), None),
    "tabs": (RUBRIC.replace("        kind: yes_no\n", "\tkind: yes_no\n", 1), None),
    "duplicate-keys": (
        RUBRIC.replace("        kind: yes_no\n", "        kind: yes_no\n        kind: scale\n", 1),
        [("duplicate-key", 11, 9)],
    ),
    "an-alias": (
        RUBRIC.replace("text: Sagde sit navn.", "text: &t Sagde sit navn.").replace(
            "text: Kort intro.", "text: *t"
        ),
        None,
    ),
    "deep": ("rubric: " + "[" * 200 + "]" * 200 + "\n", [("too-deep", 1, 20)]),
    "empty-phases": ("rubric: demo\ntitle: D\nkind: visit\nphases: []\n", None),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_rubrics_give_problems_never_a_traceback(write: Write, name: str) -> None:
    text, expected = HOSTILE[name]
    path = write(f"rubrics/{name}.yaml", text)
    report = check_paths([path], rubrics_dir=path.parent)
    assert report.problems, name
    assert all(p.code != "internal" for p in report.problems), report.problems
    if expected is not None:
        got = [item for item in where(report.problems) if item[0] != "rubric-file-name"]
        assert sorted(got) == sorted(expected)
    library = load_library(path.parent / "s", path.parent / "o", path.parent)
    assert library.rubrics == {} and library.problems


def test_the_named_hostile_cases_are_placed(write: Write) -> None:
    tabs = write("demo.yaml", HOSTILE["tabs"][0])
    assert [(p.code, p.line) for p in check_paths([tabs]).problems] == [("yaml-syntax", 10)]
    alias = write("demo.yaml", HOSTILE["an-alias"][0])
    assert ("alias", 13, 15) in where(check_paths([alias]).problems)
    numbers = write("demo.yaml", HOSTILE["ids-as-numbers"][0])
    assert where(check_paths([numbers]).problems) == [
        ("rubric-phase-missing", 4, 1),
        ("wrong-type", 5, 9),
    ]
    empty = write("demo.yaml", HOSTILE["empty-phases"][0])
    assert [p.code for p in check_paths([empty]).problems] == ["rubric-phase-missing"] * 4


def test_a_huge_rubric_is_refused_before_reading(write: Write) -> None:
    path = write("demo.yaml", RUBRIC + "# " + "x" * (1024 * 1024) + "\n")
    assert where(check_paths([path]).problems) == [("too-large", 1, 1)]


def _run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for name in ("CANVASS_LANG", "CANVASS_RUBRICS", "CANVASS_SCRIPTS", "CANVASS_OBJECTIONS"):
        monkeypatch.delenv(name, raising=False)


def test_canvass_check_on_the_shipped_rubrics() -> None:
    result = _run("check", str(REPO / "rubrics"))
    assert result.exit_code == 0
    assert result.output == "Alt i orden: 2 filer tjekket.\n"


def test_canvass_check_prints_rubric_problems_as_file_line_column(write: Write) -> None:
    bad = write(
        "rubrics/demo.yaml", RUBRIC.replace("[Lang, Lidt lang, Kort, Meget kort]", "[Lang]")
    )
    result = _run("check", str(bad.parent))
    assert result.exit_code == 1
    assert result.stdout == (
        f"{bad}:15:9: levels: skal have præcis 4 beskrivelser (niveau 1–4); her er der 1.\n"
    )
    assert "1 problem" in result.stderr


def test_canvass_check_without_paths_checks_the_rubrics_folder_too(
    write: Write, tmp_path: Path
) -> None:
    bad = write("mine/demo.yaml", RUBRIC.replace("id: c2,", "id: c1,"))
    folders = ["--scripts", str(REPO / "scripts"), "--objections", str(REPO / "objections")]
    result = _run("check", *folders, "--rubrics", str(bad.parent))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{bad}:17:86: Kontrolpunktet 'c1' findes allerede")
    env = {"CANVASS_RUBRICS": str(bad.parent)}
    assert _run("check", *folders, env=env).stdout == result.stdout
    clean = _run("check", *folders)
    files = sum(len(list((REPO / d).glob("*.yaml"))) for d in ("scripts", "objections", "rubrics"))
    assert clean.exit_code == 0, clean.output
    assert clean.output.endswith(f"Alt i orden: {files} filer tjekket.\n")  # the shipped rubrics


def test_the_rubrics_folder_is_found_like_the_scripts(tmp_path: Path) -> None:
    assert load_settings({}, env={}, cwd=tmp_path).rubrics_dir.is_dir()  # the shipped copy
    (tmp_path / "rubrics").mkdir()
    assert load_settings({}, env={}, cwd=tmp_path).rubrics_dir == tmp_path / "rubrics"
    chosen = load_settings({"rubrics": "~/skemaer"}, env={}, cwd=tmp_path).rubrics_dir
    assert chosen == Path("~/skemaer").expanduser()
    from_env = load_settings({}, env={"CANVASS_RUBRICS": "/srv/skemaer"}, cwd=tmp_path)
    assert from_env.rubrics_dir == Path("/srv/skemaer")


def test_the_shipped_defaults_are_chosen_for_a_call_and_a_visit() -> None:
    assert LIBRARY.rubric_for(RubricKind.CALL) is _shipped("opkald")
    assert LIBRARY.rubric_for(RubricKind.VISIT) is _shipped("besoeg")
