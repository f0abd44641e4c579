"""`canvass import` and `canvass export`: messages and exit codes (0, 1 content, 2 usage)."""

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvass.cli import cli
from canvass.config import CONFIG_KEYS
from canvass.services import Services
from canvass.store import Store

from .conftest import CVR, WriteFile
from .data import fill


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never read the user's config file or environment.
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for variable in CONFIG_KEYS.values():
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "canvass.db"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def panel_text(text: str) -> str:
    """The words of an error panel, without its border and line wrapping."""
    return " ".join(text.replace("│", " ").split())


def test_import_then_reimport(write: WriteFile, db: Path) -> None:
    path = write("liste.csv", f"Navn;CVR;Telefon\r\nHansen ApS;{CVR[0]};75821140\r\n")
    result = run("import", path, "--db", db, "--list", "Uge 48")
    assert result.exit_code == 0, result.output
    assert f"Importeret fra {path}: 1 nye, 0 opdaterede og 0 uændrede" in result.stdout
    assert "Ringelisten 'Uge 48' er oprettet med 1 virksomheder." in result.stdout
    result = run("import", path, "--db", db, "--list", "Uge 48")
    assert result.exit_code == 0
    assert "0 nye, 0 opdaterede og 1 uændrede" in result.stdout
    assert "0 virksomheder er føjet til ringelisten 'Uge 48'." in result.stdout


def test_bad_rows_exit_1_and_import_nothing(write: WriteFile, db: Path) -> None:
    path = write(
        "liste.csv",
        "Navn;CVR;Telefon;Fax\r\n"
        f"Hansen ApS;{CVR[0]};75821140;\r\n"
        '"Jensen\r\nVVS";;123;\r\n'
        f"Olsen;{CVR[0]};22334455;\r\n",
    )
    result = run("import", path, "--db", db)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:1: advarsel: ukendt kolonne 'Fax' (kolonne 4) springes over",
        f"{path}:3: Et dansk telefonnummer har 8 cifre, ikke 3: '123'",
        f"{path}:5: CVR {CVR[0]} står også på linje 2",
    ]
    assert "2 problemer" in result.stderr and "intet er importeret" in result.stderr
    with Store.open(db) as store:
        assert Services.of(store).companies.is_empty()


def test_dry_run_writes_nothing(write: WriteFile, db: Path) -> None:
    path = write("liste.csv", f"Navn;CVR;Telefon\r\nHansen ApS;{CVR[0]};75821140\r\n")
    result = run("import", path, "--db", db, "--dry-run", "--list", "Uge 48")
    assert result.exit_code == 0
    assert "Prøvekørsel, intet er gemt." in result.stdout and "1 nye" in result.stdout
    assert "ville blive oprettet med 1 virksomheder" in result.stdout
    with Store.open(db) as store:
        assert Services.of(store).companies.is_empty()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "er tom"),
        (b"Navn;Telefon\r\n", "kun en overskriftslinje"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "Gem som"),
    ],
)
def test_files_that_are_not_lists_exit_1(
    write: WriteFile, db: Path, content: bytes, expected: str
) -> None:
    result = run("import", write("liste.csv", content), "--db", db)
    assert result.exit_code == 1
    assert expected in panel_text(result.stderr) and "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path: Path, write: WriteFile, db: Path) -> None:
    missing = run("import", tmp_path / "nope.csv", "--db", db)
    assert missing.exit_code == 2 and "findes ikke" in panel_text(missing.stderr)
    path = write("liste.csv", "Navn;Telefon\r\nHansen;75821140\r\n")
    assert run("import", path, "--db", db, "--list", "  ").exit_code == 2
    assert run("import", "--db", db).exit_code == 2  # no FILE


def test_export_meetings(tmp_path: Path, db: Path) -> None:
    with Store.open(db) as store:
        fill(store)
    target = tmp_path / "møder.ics"
    result = run("export", "meetings", "--ics", target, "--db", db, "--from", "1/12/2026")
    assert result.exit_code == 0, result.output
    # The cancelled meeting on 2 December too, so re-importing removes it from the calendar.
    assert result.stdout.strip() == f"4 møder skrevet til {target}."
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert target.read_bytes().count(b"STATUS:CANCELLED") == 1
    mine = run(
        "export", "meetings", "--ics", target, "--db", db, "--mine", "--user", "MK",
        "--to", "2026-12-31",
    )  # fmt: skip
    assert mine.exit_code == 0 and "1 møde skrevet" in mine.stdout
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 1
    nobody = run("export", "meetings", "--ics", target, "--db", db, "--mine", "--user", "ZZ")
    assert nobody.exit_code == 0 and "0 møder" in nobody.stdout


def test_export_calls(tmp_path: Path, db: Path) -> None:
    with Store.open(db) as store:
        fill(store)
    target = tmp_path / "opkald.csv"
    result = run("export", "calls", "--csv", target, "--db", db, "--mine", "--user", "AB")
    assert result.exit_code == 0, result.output
    assert "1 opkald" in result.stdout
    assert target.read_bytes().startswith("\ufeffDato;Tid;".encode())
    to_stdout = run("export", "calls", "--csv", "-", "--db", db)
    assert to_stdout.exit_code == 0 and to_stdout.stdout.startswith("\ufeffDato;")
    assert "2 opkald" in to_stdout.stderr


def test_export_usage_errors_exit_2(tmp_path: Path, db: Path) -> None:
    target = tmp_path / "x.ics"
    no_user = run("export", "meetings", "--ics", target, "--db", db, "--mine")
    assert no_user.exit_code == 2 and "--mine kræver en bruger" in panel_text(no_user.stderr)
    bad_date = run("export", "calls", "--csv", target, "--db", db, "--from", "31/2/2026")
    assert bad_date.exit_code == 2 and "31/2/2026" in panel_text(bad_date.stderr)
    backwards = run(
        "export", "calls", "--csv", target, "--db", db, "--from", "2/12/2026", "--to", "1/12/2026"
    )
    assert backwards.exit_code == 2 and "ligger efter" in panel_text(backwards.stderr)
    no_folder = run("export", "calls", "--csv", tmp_path / "nope" / "x.csv", "--db", db)
    assert no_folder.exit_code == 2 and "Kan ikke skrive" in panel_text(no_folder.stderr)
    assert run("export", "calls", "--db", db).exit_code == 2  # --csv is required
    assert not target.exists()


def test_export_dates_at_the_ends_of_the_calendar_are_no_crash(db: Path, tmp_path: Path) -> None:
    with Store.open(db) as store:
        fill(store)
    target = tmp_path / "m.ics"
    for period in (("--to", "9999-12-31"), ("--from", "0001-01-01")):
        result = run("export", "meetings", "--ics", target, "--db", db, *period)
        assert result.exit_code == 0, result.output
        assert "uventet" not in result.output
    result = run("export", "calls", "--csv", target.with_suffix(".csv"), "--db", db,
                 "--from", "0001-01-01", "--to", "9999-12-31")  # fmt: skip
    assert result.exit_code == 0, result.output


def test_an_empty_export_name_is_a_usage_error(db: Path) -> None:
    with Store.open(db) as store:
        fill(store)
    result = run("export", "calls", "--csv", "", "--db", db)
    assert result.exit_code == 2
    assert "er en mappe" in panel_text(result.output)


def test_exports_are_owner_only(db: Path, tmp_path: Path) -> None:
    import stat

    with Store.open(db) as store:
        fill(store)
    target = tmp_path / "opkald.csv"
    assert run("export", "calls", "--csv", target, "--db", db).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
