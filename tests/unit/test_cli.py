"""The command line: exit codes, messages, and never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvass import __version__
from canvass.cli import cli, main
from canvass.i18n import set_language

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's config."""
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for name in ("CANVASS_DB", "CANVASS_USER", "CANVASS_LANG"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version_and_help() -> None:
    assert run("--version").output.strip() == f"canvass, version {__version__}"
    for command in ([], ["demo"], ["check"], ["import"], ["export"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Brug:" in result.output  # click speaks Danish


def test_check_passes_on_the_shipped_content() -> None:
    result = run("check", str(REPO / "scripts"), str(REPO / "objections"))
    assert result.exit_code == 0, result.output
    assert "Alt i orden" in result.output


def test_check_reports_every_problem_with_its_place_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("objections:\n  - id: a\n    says: x\n    says: y\n", encoding="utf-8")
    result = run("check", str(bad), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 1
    assert f"{bad}:4:5:" in result.output  # the duplicate key
    assert "missing.yaml" in result.output


def test_check_in_english(tmp_path: Path) -> None:
    result = run("--lang", "en", "check", str(REPO / "scripts"))
    assert result.exit_code == 0 and "All good" in result.output


def test_usage_errors_exit_2() -> None:
    assert run("check", "--no-such-option").exit_code == 2
    assert run("--lang", "de", "check").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_demo_fills_an_empty_database_once(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = run("demo", "--no-tui", "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "160 virksomheder" in first.output
    assert db.stat().st_mode & 0o777 == 0o600
    second = run("--db", str(db), "demo", "--no-tui")
    assert second.exit_code == 0 and "allerede" in second.output


def test_a_broken_database_is_a_clear_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.db"
    db.write_text("this is not a database", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--no-tui", "--db", str(db)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    # The panel wraps a long temporary path anywhere: read it without the frame.
    unframed = "".join(line.strip("│ ") for line in err.splitlines())
    assert "notes.db" in unframed
    assert db.read_text(encoding="utf-8") == "this is not a database"  # left untouched


def test_a_broken_config_file_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.toml").write_text("user = [", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(REPO / "scripts")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    unframed = "".join(line.strip("│ ") for line in err.splitlines())
    assert "config.toml" in unframed and "Traceback" not in err


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mysql://x", "ikke mysql"),
        # A driver that is not installed (pg8000); "[postgres]" in the advice stays text.
        ("postgresql+pg8000://nohost/db", "pip install 'canvass[postgres]'"),
        ("foo://::", "Ugyldig databaseadresse"),
    ],
)
def test_unusable_database_urls_are_clear_messages(
    url: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--no-tui", "--db", url])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "uventet fejl" not in err and "Traceback" not in err
    assert expected in " ".join(line.strip("│ ") for line in err.splitlines())


def test_me_shows_and_changes_my_details(tmp_path: Path) -> None:
    db = str(tmp_path / "me.db")
    shown = run("me", "--db", db, "--user", "mh")
    assert shown.exit_code == 0, shown.output
    assert "Initialer: MH" in shown.output and "Navn:      – (ikke angivet)" in shown.output
    changed = run("me", "--db", db, "--user", "MH", "--name", "Mette Hansen", "--phone", "75821140")
    assert changed.exit_code == 0, changed.output
    assert "Navn:      Mette Hansen" in changed.output and "75 82 11 40" in changed.output
    # One option changes only its own field; '' clears the phone.
    again = run("me", "--db", db, "--user", "MH", "--email", "mh@vejle.dk", "--phone", "")
    assert "Mette Hansen" in again.output and "mh@vejle.dk" in again.output
    assert "Telefon:   – (ikke angivet)" in again.output


def test_me_refuses_a_bad_value_and_needs_the_initials(tmp_path: Path) -> None:
    db = str(tmp_path / "me.db")
    bad = run("me", "--db", db, "--user", "MH", "--name", "Mette", "--phone", "123")
    assert bad.exit_code == 2 and "--phone" in bad.output and "8 cifre" in bad.output
    assert "Navn:      – (ikke angivet)" in run("me", "--db", db, "--user", "MH").output
    nobody = run("me", "--db", db)
    assert nobody.exit_code == 2 and "--user" in nobody.output


def _main_output(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    captured = capsys.readouterr()
    return int(caught.value.code or 0), captured.out + captured.err


def test_usage_errors_speak_danish_by_default_and_english_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        code, text = _main_output(capsys, "--bogus")
        assert code == 2
        assert "Fejl: Tilvalget '--bogus' findes ikke." in text
        assert "Skriv 'canvass --help' for at få hjælp." in text and "Brug: canvass" in text
        code, text = _main_output(capsys, "import")
        assert code == 2 and "Fejl: Mangler argumentet 'FILE'." in text
        code, text = _main_output(capsys, "--lang", "en", "import")
        assert code == 2 and "Error: Missing argument 'FILE'." in text and "Fejl" not in text
        set_language("da")
        monkeypatch.setenv("CANVASS_LANG", "en")
        code, text = _main_output(capsys, "import")
        assert code == 2 and "Error: Missing argument 'FILE'." in text
        assert "Usage: canvass import" in text
    finally:
        set_language("da")


def test_every_danish_click_text_keeps_the_placeholders_of_its_english() -> None:
    import string

    from canvass.i18n.click_messages import DANISH

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    for english, danish in DANISH.items():
        assert names(danish) <= names(english), english
        assert names(english) - names(danish) <= {"name"}, english  # "File"/"Directory"
