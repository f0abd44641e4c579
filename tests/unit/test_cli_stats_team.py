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
