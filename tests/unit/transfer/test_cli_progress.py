"""`canvass import` draws a progress bar on standard error when it is a terminal — and
prints nothing of it when the output goes to a pipe or a file."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from canvass.config import CONFIG_KEYS

ROWS = 6_000


def _list(path: Path) -> Path:
    lines = "".join(f"Firma {i} ApS;{30_000_000 + i}\r\n" for i in range(ROWS))
    path.write_text("navn;telefon\r\n" + lines, encoding="utf-8")
    return path


def _environment(tmp_path: Path, lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CONFIG_KEYS.values()}
    env |= {"CANVASS_CONFIG": str(tmp_path / "config.toml"), "CANVASS_LANG": lang}
    env |= {"COLUMNS": "100", "LINES": "30", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    return env


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run with stderr (and stdout) on a pseudo-terminal; everything it wrote."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(args, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process has ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize(("lang", "words"), [("da", ("Importerer", "rækker")),
                                             ("en", ("Importing", "rows"))])  # fmt: skip
def test_a_terminal_sees_the_bar(tmp_path: Path, lang: str, words: tuple[str, str]) -> None:
    path = _list(tmp_path / "liste.csv")
    command = [sys.executable, "-m", "canvass", "import", str(path), "--db",
               str(tmp_path / "c.db"), "--user", "AB"]  # fmt: skip
    code, output = _run_on_a_terminal(command, _environment(tmp_path, lang))
    assert code == 0, output
    assert all(word in output for word in words), output
    assert "100%" in output
    assert "6.000" in output if lang == "da" else "6,000" in output


def test_a_pipe_sees_no_bar(tmp_path: Path) -> None:
    path = _list(tmp_path / "liste.csv")
    command = [sys.executable, "-m", "canvass", "import", str(path), "--db",
               str(tmp_path / "c.db"), "--user", "AB"]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, env=_environment(tmp_path, "da"), timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        f"Importeret fra {path}: {ROWS} nye, 0 opdaterede og 0 uændrede virksomheder."
    ]
