"""``canvass stats --by team`` and ``--team NAME`` on both backends, on the hand-built
dataset of ``tests/unit/services/stats_data.py`` with AB in "Team Nord" and MK in "Team
Syd" (the figures are worked out by hand there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvass.cli import cli
from canvass.config import CONFIG_KEYS
from canvass.store import Store
from canvass.store.models import Company, Consultant
from tests.unit.services import stats_data

NOVEMBER = ["--from", "1/11/2026", "--to", "30/11/2026"]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for variable in CONFIG_KEYS.values():
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def db(db_url: str) -> str:
    with Store.open(db_url) as store, store.session(write=True) as session:
        session.add(Consultant(initials="AB", name="Anne Bech", team="Team Nord"))
        session.add(Consultant(initials="MK", name="Mads Kristensen", team="Team Syd"))
        session.add(Company(name="Hansen & Søn ApS", cvr="24256790", segment="industri"))
        session.flush()
        stats_data.fill(session)
    return db_url


def run(db: str, user: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, "--user", user, "stats", *args])


def _words(text: str) -> list[str]:
    return text.split()


def _tokens(output: str, first: str) -> list[list[str]]:
    return [line.split() for line in output.splitlines() if line.split()[:1] == [first]]


def test_by_team_prints_a_row_per_team_and_the_total(db: str) -> None:
    result = run(db, "TL", "--by", "team", *NOVEMBER)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].endswith("hele afdelingen · pr. team")
    # calls, reached, %, meetings, hit-rate, per call, job orders, %
    assert _tokens(result.output, "Team")[:2] == [
        _words("Team Nord 3 2 67 % 1 50 % 33 % 0 0 %"),
        _words("Team Syd 4 3 75 % 1 33 % 25 % 1 33 %"),
    ]
    assert _tokens(result.output, "I")[0] == _words("I alt 7 5 71 % 2 40 % 29 % 1 20 %")
    as_json = json.loads(run(db, "TL", "--by", "team", "--json", *NOVEMBER).output)
    assert [(r["key"], r["calls"]) for r in as_json["overview"]] == [
        ("Team Nord", 3),
        ("Team Syd", 4),
        ("", 7),
    ]


def test_one_team_in_any_case_and_an_unknown_team(db: str) -> None:
    result = run(db, "TR", "--team", "TEAM  SYD", "--json", *NOVEMBER)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["scope"] == "kun holdet Team Syd"
    assert [(r["key"], r["calls"]) for r in report["overview"]] == [("MK", 4)]
    unknown = run(db, "TR", "--team", "Øst", *NOVEMBER)
    assert unknown.exit_code == 2 and "Traceback" not in unknown.output
    assert "Intet hold hedder 'Øst' — kendte hold: Team Nord, Team Syd" in unknown.output
    other = run(db, "AB", "--team", "Team Syd", *NOVEMBER)
    assert other.exit_code == 2 and "Du kan kun se tal for dit eget hold" in other.output
    own = run(db, "AB", "--team", "team nord", "--json", *NOVEMBER)
    assert json.loads(own.output)["scope"] == "kun ABs opkald (Team Nord)"


def _answer(db: str, review_id: int, answers: dict[str, tuple[str, str, object]]) -> None:
    from sqlmodel import select

    from canvass.domain.review import Answer
    from canvass.store.sparring_models import Review

    with Store.open(db) as store, store.session(write=True) as session:
        review = session.exec(select(Review).where(Review.id == review_id)).one()
        stored = {cid: Answer(*a).to_json() for cid, a in answers.items()}  # type: ignore[arg-type]
        review.answers_json, review.rubric_id = json.dumps(stored), "no-such-rubric"
        session.add(review)


def test_the_rubric_trend_per_phase_and_week(db: str, tmp_path: Path) -> None:
    # No rubric file of that id: every checkpoint weighs 1.
    _answer(db, 1, {"a1": ("aabning", "yes_no", "yes"), "b1": ("analyse", "yes_no", "no")})
    _answer(db, 4, {"a1": ("aabning", "yes_no", "yes"), "a2": ("aabning", "scale", 1),
                    "b1": ("analyse", "scale", 3)})  # fmt: skip
    # W48: aabning R1 1, R4 (1 + 0) / 2 → 75 % of 2; analyse R1 0, R4 2/3 → 33 % of 2.
    text = run(db, "TR", *NOVEMBER, "--rubrics", str(tmp_path))
    assert text.exit_code == 0, text.output
    lines = text.output.splitlines()
    start = lines.index("Sparringsscore pr. fase over tid (delte gennemgange)")
    assert _words(lines[start + 1]) == ["[1]", "[2]"]
    assert _words(lines[start + 2]) == _words("2026-W48 75 % (2) 33 % (2)")
    assert "[1] Åbning · [2] Analyse" in lines[start + 3]
    assert max(len(line) for line in lines) <= 80
    syd = json.loads(run(db, "TL", *NOVEMBER, "--team", "Team Syd", "--json").output)
    assert syd["rubric_trends"]["phases"][0]["points"] == [
        {"bucket": "2026-W48", "mean": 0.5, "percent": 50, "reviews": 1}
    ]
    as_csv = run(db, "TR", *NOVEMBER, "--csv").output.splitlines()
    assert "rubric_trends,analyse,2026-W48,2,,33" in as_csv
