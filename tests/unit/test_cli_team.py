"""``canvass team``: list, add, role, pair and unpair — output, refusals and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvass.cli import cli
from canvass.services import Services
from canvass.store import Store


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's config."""
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for name in ("CANVASS_DB", "CANVASS_USER", "CANVASS_LANG"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def flat(result: Result) -> str:
    """The output with the error panel's frame and line breaks taken out."""
    return " ".join(line.strip("│╭╮╰╯─ ") for line in result.output.splitlines())


def lines_of(result: Result) -> dict[str, str]:
    return {line.split()[0]: line for line in result.output.splitlines() if line.strip()}


def test_a_team_is_set_up_listed_and_paired(db_url: str) -> None:
    assert run("db", "upgrade", "--db", db_url).exit_code == 0
    db = ("--db", db_url)
    empty = run("team", "list", *db)
    assert empty.exit_code == 0 and "Ingen konsulenter endnu" in empty.output
    # Nobody leads yet: the first person may set the team up.
    first = run("team", "add", "sl", "Sara", "Lund", "--role", "træner", *db)
    assert first.exit_code == 0, first.output
    assert "Tilføjet: SL (Sara Lund), træner" in first.output
    for initials, name in (("AB", "Anne Bech"), ("MK", "Mads Kristensen"), ("JH", "Jonas Holm")):
        added = run("--user", "SL", "team", "add", initials, name, *db)
        assert added.exit_code == 0, added.output
    lead = run("--user", "SL", "team", "role", "jh", "Teamleder", *db)
    assert lead.exit_code == 0 and "JH (Jonas Holm) er nu teamleder" in lead.output
    paired = run("team", "pair", "AB", "mk", "--user", "JH", *db)
    assert paired.exit_code == 0, paired.output
    assert "AB (Anne Bech) og MK (Mads Kristensen) er nu makkere (fra " in paired.output

    listed = run("team", "list", *db)
    assert listed.exit_code == 0
    rows = lines_of(listed)
    assert rows["Initialer"].split() == ["Initialer", "Navn", "Rolle", "Makker", "Siden"]
    assert rows["AB"].split()[:5] == ["AB", "Anne", "Bech", "konsulent", "MK"]
    assert rows["MK"].split()[:5] == ["MK", "Mads", "Kristensen", "konsulent", "AB"]
    assert rows["SL"].split() == ["SL", "Sara", "Lund", "træner", "–"]
    assert rows["JH"].split() == ["JH", "Jonas", "Holm", "teamleder", "–"]
    assert len(rows["AB"].split()[5]) == len("01-12-2026")  # since when
    assert "alle kan sætte holdet op" not in listed.output

    moved = run("--user", "SL", "team", "pair", "AB", "SL", *db)
    assert moved.exit_code == 0, moved.output
    unpaired = run("--user", "SL", "team", "unpair", "sl", *db)
    assert unpaired.exit_code == 0
    assert "SL (Sara Lund) og AB (Anne Bech) er ikke længere makkere" in unpaired.output
    with Store.open(db_url) as store:
        team = Services.of(store).team
        ab = team.person("AB")
        assert ab is not None and ab.buddy_id is None
        assert [span.buddy_initials for span in team.pair_history(ab.id)] == ["SL", "MK"]

    english = run("--lang", "en", "team", "list", *db)
    assert lines_of(english)["SL"].split() == ["SL", "Sara", "Lund", "trainer", "–"]
    assert lines_of(english)["JH"].split()[3:5] == ["team", "lead"]


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    """A team with a trainer (SL) and two consultants (AB, MK)."""
    path = str(tmp_path / "team.db")
    assert run("team", "add", "SL", "Sara Lund", "--role", "trainer", "--db", path).exit_code == 0
    for initials, name in (("AB", "Anne Bech"), ("MK", "Mads Kristensen")):
        assert run("--user", "SL", "team", "add", initials, name, "--db", path).exit_code == 0
    return "--db", path


def test_bad_input_exits_2_with_a_clear_message(db: tuple[str, str]) -> None:
    cases = {
        ("team", "pair", "AB", "ab"): "AB kan ikke være sin egen makker",
        ("team", "role", "AB", "chef"): "Ukendt rolle 'chef' — vælg en af: konsulent, træner,",
        ("team", "add", "A1", "Anders"): "Initialer skal være 1–8 bogstaver, ikke 'A1'",
        ("team", "add", "AN", " "): "Skriv dit fulde navn",
        ("team", "add", "AN", "Anders", "--role", "boss"): "Ukendt rolle 'boss'",
        ("team", "unpair", "A-B"): "Initialer skal være 1–8 bogstaver",
    }
    for args, message in cases.items():
        result = run("--user", "SL", *args, *db)
        assert result.exit_code == 2, (args, result.output)
        assert message in flat(result), (args, result.output)
        assert "Traceback" not in result.output
    assert run("team", "add", "--db", db[1]).exit_code == 2  # click's own usage error


def test_refusals_and_unknown_people_exit_1(db: tuple[str, str]) -> None:
    cases = {
        ("--user", "SL", "team", "pair", "AB", "XY"): "Ingen konsulent har initialerne XY",
        ("--user", "SL", "team", "role", "zz", "træner"): "Ingen konsulent har initialerne ZZ",
        ("--user", "SL", "team", "unpair", "AB"): "AB har ingen makker",
        ("--user", "SL", "team", "add", "ab", "Anders Berg"): "AB findes allerede (Anne Bech)",
        ("--user", "AB", "team", "pair", "AB", "MK"): "Kun trænere og teamledere kan ændre",
        ("--user", "MK", "team", "role", "MK", "træner"): "Kun trænere og teamledere",
        ("team", "pair", "AB", "MK"): "Angiv dine initialer med --user",
    }
    for args, message in cases.items():
        result = run(*args, *db)
        assert result.exit_code == 1, (args, result.output)
        assert message in flat(result), (args, result.output)
    rows = lines_of(run("team", "list", *db))
    assert rows["AB"].split()[3:] == ["konsulent", "–"] and rows["MK"].split()[3] == "konsulent"
    assert "Anders" not in run("team", "list", *db).output


def test_english_messages(db: tuple[str, str]) -> None:
    result = run("--lang", "en", "--user", "SL", "team", "pair", "MK", "MK", *db)
    assert result.exit_code == 2 and "MK cannot be their own buddy" in flat(result)
    help_text = run("team", "--help").output
    assert all(word in help_text for word in ("list", "add", "pair", "unpair", "role"))


def test_people_are_put_in_teams_and_taken_out(db_url: str) -> None:
    assert run("db", "upgrade", "--db", db_url).exit_code == 0
    db = ("--db", db_url)
    assert run("team", "add", "SL", "Sara", "Lund", "--role", "teamleder", *db).exit_code == 0
    for initials, name in (("AB", "Anne Bech"), ("MK", "Mads Kristensen")):
        assert run("--user", "SL", "team", "add", initials, name, *db).exit_code == 0
    joined = run("--user", "SL", "team", "set", "ab", "--team", "  Team   Nord ", *db)
    assert joined.exit_code == 0, joined.output
    assert "AB (Anne Bech) er nu på Team Nord" in joined.output
    # Another spelling of a known team joins it rather than starting a twin.
    twin = run("--user", "SL", "team", "set", "MK", "--team", "team nord", *db)
    assert twin.exit_code == 0 and "MK (Mads Kristensen) er nu på Team Nord" in twin.output
    assert run("--user", "SL", "team", "set", "SL", "--team", "Team Syd", *db).exit_code == 0

    rows = lines_of(run("team", "list", *db))
    assert rows["Initialer"].split()[-1] == "Hold"
    assert rows["AB"].split()[-2:] == ["Team", "Nord"]
    assert rows["SL"].split()[-2:] == ["Team", "Syd"]

    left = run("--user", "SL", "team", "set", "MK", "--team", "", *db)
    assert left.exit_code == 0 and "MK (Mads Kristensen) er ikke på noget hold" in left.output
    assert lines_of(run("team", "list", *db))["MK"].split()[-1] == "–"
    with Store.open(db_url) as store:
        assert Services.of(store).team.teams() == ["Team Nord", "Team Syd"]

    refused = run("--user", "AB", "team", "set", "MK", "--team", "Team Nord", *db)
    assert refused.exit_code == 1 and "Kun trænere og teamledere" in flat(refused)
    missing = run("--user", "SL", "team", "set", "MK", *db)
    assert missing.exit_code == 2 and "--team" in flat(missing)
    long_name = run("--user", "SL", "team", "set", "MK", "--team", "x" * 61, *db)
    assert long_name.exit_code == 2 and "højst have 60 tegn" in flat(long_name)
    unknown = run("--user", "SL", "team", "set", "ZZ", "--team", "Team Nord", *db)
    assert unknown.exit_code == 1 and "Ingen konsulent har initialerne ZZ" in flat(unknown)
