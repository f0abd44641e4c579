"""``canvass stats`` on both backends (CliRunner), on the hand-built dataset of
``tests/unit/services/stats_data.py``; the expected figures are worked out by hand there."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvass.cli import cli
from canvass.config import CONFIG_KEYS
from canvass.store import Store
from canvass.store.models import Call, CallOutcome, Company, Consultant
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
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.add(Consultant(initials="MK", name="Mads Kristensen"))
        session.add(Company(name="Hansen & Søn ApS", cvr="24256790", segment="industri"))
        session.flush()
        stats_data.fill(session)
    return db_url


def run(db: str, user: str | None, *args: str) -> Result:
    head = ["--db", db] + (["--user", user] if user else [])
    return CliRunner().invoke(cli, [*head, "stats", *args])


def _words(text: str) -> list[str]:
    return text.split()


def _tokens(output: str, first: str) -> list[list[str]]:
    return [line.split() for line in output.splitlines() if line.split()[:1] == [first]]


def test_text_tables_for_a_team_lead_fit_80_columns(db: str) -> None:
    result = run(db, "TL", *NOVEMBER)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Statistik 1/11/2026–30/11/2026 · hele afdelingen · pr. konsulent"
    assert max(len(line) for line in lines) <= 80
    # calls, reached, %, meetings, hit-rate, per call, job orders, %
    assert _tokens(result.output, "AB")[0] == _words("AB 3 2 67 % 1 50 % 33 % 0 0 %")
    assert _tokens(result.output, "MK")[0] == _words("MK 4 3 75 % 1 33 % 25 % 1 33 %")
    # The funnel: s v1, s v2, t v1 side by side.
    assert _tokens(result.output, "B")[0] == _words("B 2 100 % 1 50 % 1 100 %")
    assert _tokens(result.output, "møde")[0] == _words("møde 1 50 % 1 50 % 0 0 %")
    assert "[1] s v1 · [2] s v2 · [3] t v1" in result.output
    assert "  svar pris-a: brugt 2 · møde 100 % (2 af 2)" in lines
    assert "  svar tid-a: brugt 2 · møde 0 % (0 af 2)" in lines
    assert "  AB + MK                      2       1" in lines
    # Tools: reached, then phases, BALA, objections, goal, reviewed as count and %.
    assert _tokens(result.output, "I")[-1] == _words("I alt 5 4 80 % 4 80 % 4 80 % 2 40 % 3 60 %")


def test_json_has_stable_keys_and_the_hand_computed_figures(db: str) -> None:
    result = run(db, "TR", "--json", "--by", "variant", *NOVEMBER)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["period"] == {"first": "2026-11-01", "last": "2026-11-30"}
    assert report["by"] == "variant"
    assert [(r["key"], r["calls"], r["meetings"]) for r in report["overview"]] == [
        ("s@1/hilsen:a", 1, 1),
        ("s@1/hilsen:b", 1, 0),
        ("s@2/hilsen:a", 2, 0),
        ("s@2/hilsen:b", 1, 1),
        ("pris/pris-a:kort", 1, 1),
        ("pris/pris-a:lang", 1, 1),
        ("tid/tid-a:x", 2, 0),
    ]
    hilsen = report["variants"][1]
    assert (hilsen["key"], hilsen["script_id"], hilsen["script_version"]) == ("s@2/hilsen", "s", 2)
    a, b = hilsen["variants"]
    assert (a["variant"], a["calls"], a["reached"]["count"], a["meetings"]) == ("a", 2, 1, 0)
    assert [s["count"] for s in b["steps"]] == [1, 0, 0, 0]
    assert b["hit_rate"] == {"count": 1, "total": 1, "percent": 100}
    first = report["funnel"][0]
    assert first["key"] == "s@1"
    assert [s["count"] for s in first["steps"]] == [2, 1, 1, 1]
    assert first["meetings"] == {"count": 1, "total": 2, "percent": 50}
    pris = report["objections"][0]
    assert pris["phases"] == {
        "aabning": {"count": 1, "total": 3, "percent": 33},
        "analyse": {"count": 2, "total": 3, "percent": 67},
    }
    assert [(a["answer_id"], a["uses"], a["meetings"]["count"]) for a in pris["answers"]] == [
        ("pris-a", 2, 2),
        ("pris-b", 1, 0),
    ]
    assert report["stops"]["by_bala"][""] == {"count": 1, "total": 3, "percent": 33}


def test_a_consultant_gets_only_their_own_figures(db: str) -> None:
    result = run(db, "AB", "--json", *NOVEMBER)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [r["key"] for r in report["overview"]] == ["AB"]
    assert report["scope"] == "kun ABs opkald"
    assert [t["key"] for t in report["tools"]] == ["AB", ""]


def test_csv_is_long_and_formula_safe(db: str) -> None:
    with Store.open(db) as store, store.session(write=True) as session:
        at = stats_data.CALLS[1][4]
        session.add(
            Call(id=11, company_id=1, consultant_id=2, script_id="=HYPERLINK(1)", started_at=at)
        )
        session.flush()
        session.add(CallOutcome(call_id=11, outcome="busy", reached=False, decided_at=at))
    result = run(db, "TL", "--csv", "--by", "script", *NOVEMBER)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["section", "key", "measure", "count", "total", "percent"]
    assert ["overview", "'=HYPERLINK(1)", "calls", "1", "", ""] in rows
    assert ["overview", "s", "hit_rate", "2", "4", "50"] in rows
    assert ["objections", "pris", "answer:pris-a", "2", "2", "100"] in rows
    assert ["stops", "", "phase:indvendinger", "1", "3", "33"] in rows
    assert ["sparring", "", "goals", "3", "8", "38"] in rows  # call 11 is the eighth
    assert ["tools", "MK", "reviewed", "2", "3", "67"] in rows
    assert ["variants", "tid/tid-a:x", "ba", "1", "2", "50"] in rows
    assert ["variants", "s@2/hilsen:a", "reached", "1", "2", "50"] in rows


def test_by_variant_prints_each_variant_and_the_variants_side_by_side(db: str) -> None:
    result = run(db, "TL", "--by", "variant", *NOVEMBER)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith("· pr. variant") and max(len(line) for line in lines) <= 80
    (row,) = [line for line in lines if line.startswith("s v2 · hilsen: a ")]
    assert _words(row) == _words("s v2 · hilsen: a 2 1 50 % 0 0 % 0 % 0 0 %")
    at = lines.index("s v2 · hilsen")  # the variants section: a and b side by side
    assert _words(lines[at + 1]) == ["a", "b"]
    assert _words(lines[at + 2]) == _words("opkald 2 1")
    assert _words(lines[at + 3]) == _words("nået 1 50 % 1 100 %")
    assert _words(lines[at + 4]) == _words("B 0 0 % 1 100 %")
    assert _words(lines[at + 8]) == _words("møde 0 0 % 1 100 %")
    assert "tid → tid-a" in lines


@pytest.mark.parametrize(
    ("user", "args", "message"),
    [
        ("TL", ["--by", "month"], "--by month: ukendt inddeling"),
        ("TL", ["--from", "31/2/2026"], "--from: '31/2/2026' findes ikke"),
        ("TL", ["--to", "igår"], "--to:"),
        ("TL", ["--from", "2/11/2026", "--to", "1/11/2026"], "perioden begynder 2/11/2026"),
        ("TL", ["--json", "--csv"], "enten --json eller --csv"),
        (None, [], "angiv --user"),
        ("ZZ", [], "ingen konsulent med initialerne ZZ"),
    ],
)
def test_usage_errors_say_what_is_wrong(
    db: str, user: str | None, args: list[str], message: str
) -> None:
    result = run(db, user, *args)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_english_on_request(db: str) -> None:
    result = CliRunner().invoke(
        cli, ["--db", db, "--user", "TL", "--lang", "en", "stats", *NOVEMBER]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Statistics 1/11/2026–30/11/2026 · the whole department")
    assert "  answer pris-a: used 2 · meeting 100 % (2 of 2)" in result.output.splitlines()
