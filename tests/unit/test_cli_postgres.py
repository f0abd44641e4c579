"""The command line on a PostgreSQL URL: a bad address is a clear message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from sqlalchemy.engine import make_url

from canvass.cli import main
from tests.backends import fresh_postgres_database, postgres_admin_url


def _admin() -> str:
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip("no PostgreSQL server: set CANVASS_TEST_POSTGRES")
    return admin


def _fails(url: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--no-tui", "--db", url])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "uventet fejl" not in err
    return " ".join(line.strip("│ ") for line in err.splitlines())


def test_a_wrong_password_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = make_url(_admin()).set(password="hemmelig-forkert")
    err = _fails(url.render_as_string(hide_password=False), capsys)
    assert "afviste brugeren" in err and "hemmelig-forkert" not in err


def test_a_missing_database_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    name = "canvass_missing_" + uuid.uuid4().hex[:8]
    err = _fails(make_url(_admin()).set(database=name).render_as_string(False), capsys)
    assert f"Databasen {name} findes ikke" in err


def test_demo_fills_a_postgresql_database_once() -> None:
    with fresh_postgres_database() as url:
        first = subprocess.run(
            [sys.executable, "-m", "canvass", "demo", "--no-tui", "--db", url],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert first.returncode == 0, first.stderr
        assert "160 virksomheder" in first.stdout
        password = make_url(url).password
        assert f":{password}@" not in first.stdout and ":***@" in first.stdout  # named, hidden
        again = subprocess.run(
            [sys.executable, "-m", "canvass", "--db", url, "demo", "--no-tui"],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert again.returncode == 0 and "allerede" in again.stdout


def test_without_the_driver_the_advice_is_the_postgres_extra() -> None:
    # A fresh interpreter in which psycopg cannot be imported, as on a plain install.
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from canvass.cli import main\n"
        "main(['demo', '--no-tui', '--db', 'postgresql+psycopg://u@localhost/db'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "pip install 'canvass[postgres]'" in done.stderr and "Traceback" not in done.stderr
