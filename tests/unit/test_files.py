"""Only regular files are read, within a limit; files written are whole and private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from canvass.files import UnreadableFile, append_private, read_regular, write_private

REPO = Path(__file__).resolve().parents[2]


def _kind(path: Path, limit: int = 1000) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_regular(path, limit)
    return caught.value.kind


def test_regular_files_are_read_and_everything_else_is_named(tmp_path: Path) -> None:
    good = tmp_path / "a.yaml"
    good.write_bytes(b"x" * 1000)
    assert read_regular(good, 1000) == b"x" * 1000
    assert _kind(good, 999) == "too_large"
    assert _kind(tmp_path / "nope.yaml") == "missing"
    assert _kind(tmp_path) == "folder"
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    assert _kind(fifo) == "fifo"  # refused at once: nobody ever writes to it
    assert _kind(Path("/dev/zero")) == "device"
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(tmp_path / "loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to(loop)
    assert _kind(loop) == "loop"


def test_written_files_are_private_and_whole(tmp_path: Path) -> None:
    target = tmp_path / "moeder.ics"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    # The old code wrote through a fixed temporary name: a prepared symlink there
    # overwrote another file.
    (tmp_path / ".moeder.ics.tmp").symlink_to(victim)
    write_private(target, b"BEGIN:VCALENDAR")
    assert target.read_bytes() == b"BEGIN:VCALENDAR"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == [".moeder.ics.tmp"]
    log = tmp_path / "crash.log"
    append_private(log, "one\n")
    append_private(log, "two\n")
    assert log.read_text(encoding="utf-8") == "one\ntwo\n"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def _canvass(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "canvass", *args],
        capture_output=True,
        text=True,
        timeout=60,  # the old code waited for ever on a FIFO
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def test_a_fifo_among_the_scripts_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    folder = tmp_path / "scripts"
    folder.mkdir()
    os.mkfifo(folder / "x.yaml")
    done = _canvass("check", str(folder))
    assert done.returncode == 1, done.stderr
    assert "x.yaml:1:1" in done.stdout + done.stderr
    assert "pipe" in done.stdout + done.stderr


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_config_that_is_not_a_file_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    config = tmp_path / "fifo.toml"
    if kind == "fifo":
        os.mkfifo(config)
    else:
        config = Path("/dev/zero")
    done = _canvass("check", env={"CANVASS_CONFIG": str(config)})
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert ("pipe" if kind == "fifo" else "enhed") in done.stderr


def test_importing_a_fifo_is_a_clear_error(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    done = _canvass("import", str(fifo), "--db", str(tmp_path / "c.db"))
    assert done.returncode == 2
    assert "pipe" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root (as in CI)")
def test_a_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    """`--csv /dev/null` once replaced /dev/null with a file (root may write in /dev).
    A private null device stands in for it, so a regression breaks nothing outside."""
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    link = tmp_path / "stdout"
    link.symlink_to(null)
    write_private(null, b"opkald\n")
    write_private(link, b"opkald\n")
    assert stat.S_ISCHR(null.lstat().st_mode) and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "stdout"]  # no temp left


def test_a_pipe_is_written_through_and_one_nobody_reads_is_refused_at_once(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "ud.csv"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match=r"ingen læser|nobody reads"):
        write_private(fifo, b"x")  # would block forever without O_NONBLOCK
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    for _ in range(100):  # the reader opens its end first
        try:
            write_private(fifo, b"a;b\n" * 50_000)  # more than a pipe's buffer
            break
        except OSError:
            time.sleep(0.02)
    reader.join(timeout=10)
    assert got == [b"a;b\n" * 50_000]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_symlink_to_a_file_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "andet.txt"
    victim.write_text("urørt", encoding="utf-8")
    link = tmp_path / "export.csv"
    link.symlink_to(victim)
    write_private(link, b"export")
    assert victim.read_text(encoding="utf-8") == "urørt"
    assert not link.is_symlink() and link.read_bytes() == b"export"
