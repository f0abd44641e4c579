"""`canvass audit`, `canvass forget` and `canvass purge` on both backends (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvass.cli import cli
from canvass.config import CONFIG_KEYS
from canvass.services import Services
from canvass.store import Store
from tests.unit.store.gdpr_data import JENS, fill, raw_bytes, statistics


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for variable in CONFIG_KEYS.values():
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def db_url(private_db_url: str) -> str:
    """On PostgreSQL a server of this worker's own (see ``private_db_url``)."""
    return private_db_url


@pytest.fixture
def ids(db_url: str) -> dict[str, int]:
    with Store.open(db_url) as store:
        return fill(store)


def run(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def test_audit_lists_card_reads_searches_and_exports_of_a_person(
    db_url: str, ids: dict[str, int], tmp_path: Path
) -> None:
    with Store.open(db_url) as store:
        Services.of(store).privacy.read_card(1, ids["company"], ids["jens"])
        Services.of(store).privacy.search(1, "kjærgaard")
        Services.of(store).privacy.search(1, "østergaard")
    exported = run(
        "export", "calls", "--csv", tmp_path / "calls.csv", "--db", db_url, "--user", "AB"
    )
    assert exported.exit_code == 0, exported.output
    result = run("audit", "--person", ids["jens"], "--db", db_url)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and lines[-1] == "3 linjer."
    assert "så kortet" in lines[0] and f"kontaktperson {ids['jens']} Jens Kjærgaard" in lines[0]
    assert "søgte" in lines[1] and "«kjærgaard»" in lines[1]
    assert "eksporterede" in lines[2] and "calls …–… rows=3" in lines[2]
    assert all("  AB  " in line for line in lines[:3])
    assert "østergaard" not in result.stdout
    english = run("audit", "--person", ids["jens"], "--db", db_url, "--lang", "en")
    assert "viewed card" in english.stdout and "3 lines." in english.stdout
    as_json = json.loads(run("audit", "--db", db_url, "--json").stdout)
    assert [row["action"] for row in as_json] == ["read_card", "search", "search"] + ["export"] * 2
    assert as_json[0]["contact_name"] == "Jens Kjærgaard" and as_json[0]["actor"] == "AB"
    later = run("audit", "--person", ids["jens"], "--since", "1/1/2099", "--db", db_url)
    assert later.exit_code == 0 and later.stdout == "Ingen linjer i auditloggen.\n"
    bad_day = run("audit", "--since", "32/13", "--db", db_url)
    assert bad_day.exit_code == 2
    by_cvr = run("audit", "--company", "72494814", "--db", db_url)
    assert "«østergaard»" in by_cvr.stdout and "kjærgaard" not in by_cvr.stdout
    theirs = run("audit", "--company", "24256790", "--db", db_url).stdout.splitlines()
    assert theirs[0] == (
        f"Kontaktpersoner hos Hansen & Søn ApS: {ids['jens']} Jens Kjærgaard, "
        f"{ids['mette']} Mette Ulstrup"
    )


def test_forget_asks_first_and_erases_for_real(db_url: str, ids: dict[str, int]) -> None:
    with Store.open(db_url) as store:
        before = statistics(store)
    dry = run("forget", "--contact", ids["jens"], "--dry-run", "--db", db_url)
    assert dry.exit_code == 0, dry.output
    assert f"Kontaktperson {ids['jens']} (Jens Kjærgaard) hos Hansen & Søn ApS" in dry.stdout
    assert "1 kontaktpersoner slettes; fritekst tømmes i 1 opkald" in dry.stdout
    assert "Prøvekørsel, intet er slettet." in dry.stdout
    refused = run("forget", "--contact", ids["jens"], "--db", db_url, input="n\n")
    assert refused.exit_code == 1 and "Afbrudt, intet er slettet." in refused.stdout
    with Store.open(db_url) as store:
        assert "Kjærgaard".encode() in raw_bytes(store)
    done = run("forget", "--contact", ids["jens"], "--db", db_url, "--user", "AB", input="y\n")
    assert done.exit_code == 0, done.output
    assert "Slettet. En linje er skrevet i auditloggen." in done.stdout
    with Store.open(db_url) as store:
        assert statistics(store) == before
        data = raw_bytes(store)
        assert not [needle for needle in JENS if needle.encode() in data]
    log = run("audit", "--person", ids["jens"], "--db", db_url)
    assert "glemte" in log.stdout and "(slettet)" in log.stdout and "AB" in log.stdout
    again = run("forget", "--contact", ids["jens"], "--db", db_url, "--yes")
    assert again.exit_code == 1 and f"ingen kontaktperson med id {ids['jens']}" in again.output


def test_forget_a_sole_proprietorship_by_cvr(db_url: str, ids: dict[str, int]) -> None:
    result = run("forget", "--cvr", "2425 6790", "--sole-proprietorship", "--yes", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "Virksomhed" in result.stdout and "2 kontaktpersoner slettes" in result.stdout
    assert "enkeltmandsvirksomhed" in result.stdout
    with Store.open(db_url) as store:
        assert b"Hansen & S" not in raw_bytes(store)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "--contact ID eller --cvr NUMMER"),
        (("--contact", "1", "--cvr", "24256790"), 2, "--contact ID eller --cvr NUMMER"),
        (("--contact", "1", "--sole-proprietorship"), 2, "kun sammen med --cvr"),
        (("--cvr", "123"), 2, "8 cifre"),
        (("--cvr", "87033082"), 1, "Ingen virksomhed har CVR-nummer 87033082"),
        (("--contact", "999"), 1, "ingen kontaktperson med id 999"),
    ],
)
def test_forget_usage_errors(
    db_url: str, ids: dict[str, int], args: tuple[str, ...], code: int, message: str
) -> None:
    result = run("forget", *args, "--yes", "--db", db_url)
    assert result.exit_code == code, result.output
    assert message in " ".join(result.output.replace("│", " ").split())


def test_purge_by_age_with_dry_run_and_config(
    db_url: str, ids: dict[str, int], tmp_path: Path
) -> None:
    dry = run("purge", "--older-than", "1d", "--dry-run", "--db", db_url)
    assert dry.exit_code == 0, dry.output
    assert "Opbevaring: noter 1d, kontaktpersoner 1d, auditlinjer 1d." in dry.stdout
    # The calls are from 23/11/2026; the contact persons were added today.
    assert "Fritekst tømmes i 3 opkald" in dry.stdout and "0 kontaktpersoner glemmes" in dry.stdout
    assert "Prøvekørsel" in dry.stdout
    (tmp_path / "config.toml").write_text(
        'retention_notes = "1d"\nretention_contacts = "aldrig"\nretention_audit = "5y"\n',
        encoding="utf-8",
    )
    configured = run("purge", "--yes", "--db", db_url)
    assert configured.exit_code == 0, configured.output
    assert "noter 1d, kontaktpersoner altid, auditlinjer 5y" in configured.stdout
    assert "0 kontaktpersoner glemmes" in configured.stdout
    with Store.open(db_url) as store:
        data = raw_bytes(store)
        assert b"ondt i ryggen" not in data and "Kjærgaard".encode() in data
        assert [row.action for row in Services.of(store).privacy.audit_rows()] == ["purge"]
    bad = run("purge", "--older-than", "two years", "--db", db_url)
    assert bad.exit_code == 2 and "24m, 90d eller 5y" in bad.output


def test_import_writes_an_audit_line(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Navn;CVR;Telefon;Kontaktperson\r\nHansen ApS;24256790;75821140;Jens\r\n")
    assert run("import", path, "--db", db_url, "--user", "AB").exit_code == 0
    result = run("audit", "--db", db_url)
    assert "importerede" in result.stdout
    assert "liste.csv new=1 updated=0 contacts_added=1" in result.stdout


def test_audit_shows_database_text_literally(db_url: str, ids: dict[str, int]) -> None:
    from canvass.store.models import Company

    with Store.open(db_url) as store:
        with store.session(write=True) as session:
            company = session.get(Company, ids["other"])
            assert company is not None
            company.name = "Evil\x1b[2J ApS"
            session.add(company)
        Services.of(store).privacy.read_card(1, ids["other"])
        Services.of(store).privacy.search(1, "\x1b]0;pwned\x07")
    result = run("audit", "--db", db_url)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Evil␛[2J ApS" in result.stdout and "«␛]0;pwned␇»" in result.stdout


def test_forget_also_deletes_the_kept_first_pages(
    db_url: str, ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The call list's kept first page (canvass.store.first_screen) holds company data:
    an erasure leaves no copy of it behind."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "state" / "canvass"
    folder.mkdir(parents=True)
    (folder / "first-screen-0123.json").write_text('{"rows": ["Hansen & Søn ApS"]}')
    done = run("forget", "--contact", ids["jens"], "--db", db_url, "--user", "AB", "--yes")
    assert done.exit_code == 0, done.output
    assert not list(folder.glob("first-screen-*"))
