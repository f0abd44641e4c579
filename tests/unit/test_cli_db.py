"""``canvass db current`` and ``canvass db upgrade`` on a SQLite file (PostgreSQL:
tests/unit/store/test_shared_database.py)."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvass.cli import cli, main
from canvass.store import revisions

OLD = Path(__file__).parent / "store" / "old_databases"


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's config."""
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for name in ("CANVASS_DB", "CANVASS_USER", "CANVASS_LANG"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_an_old_file_is_shown_behind_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with gzip.open(OLD / "v2.db.gz", "rb") as packed, path.open("wb") as plain:
        shutil.copyfileobj(packed, plain)
    before = path.read_bytes()
    shown = run("db", "current", "--db", str(path))
    assert shown.exit_code == 1
    assert f"skemaversion 0002, denne canvass bruger {revisions.head()}" in shown.output
    assert "ikke opdateret" in shown.output and "version 2" in shown.output
    assert path.read_bytes() == before  # current only reads
    done = run("db", "upgrade", "--db", str(path))
    assert done.exit_code == 0
    assert f"opdateret fra skemaversion 0002 til {revisions.head()}" in done.output
    again = run("db", "upgrade", "--db", str(path), "--lang", "en")
    assert "already at schema version" in again.output and "nothing was changed" in again.output
    shown = run("db", "current", "--db", str(path), "--lang", "en")
    assert shown.exit_code == 0 and "up to date" in shown.output


def test_upgrade_creates_a_new_file_and_current_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.db"
    with pytest.raises(SystemExit) as exit_:
        main(["db", "current", "--db", str(path)])
    assert exit_.value.code == 2
    assert "findes ikke endnu" in " ".join(
        line.strip("│ ") for line in capsys.readouterr().err.splitlines()
    )
    assert not path.exists()
    done = run("db", "upgrade", "--db", str(path))
    assert done.exit_code == 0 and "skemaet er oprettet" in done.output
    assert run("db", "current", "--db", str(path)).exit_code == 0


def test_a_foreign_file_is_refused_by_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("ikke en database", encoding="utf-8")
    for command in ("current", "upgrade"):
        with pytest.raises(SystemExit) as exit_:
            main(["db", command, "--db", str(path)])
        assert exit_.value.code == 2
        assert "Traceback" not in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "ikke en database"


def test_the_developer_command_writes_nothing_when_the_models_agree() -> None:
    versions = sorted(p.name for p in revisions.SCRIPT_LOCATION.joinpath("versions").glob("*.py"))
    done = run("db", "revision", "-m", "nothing to do")
    assert done.exit_code == 0 and "ingen revision er skrevet" in done.output
    assert sorted(p.name for p in revisions.SCRIPT_LOCATION.joinpath("versions").glob("*.py")) == (
        versions
    )
