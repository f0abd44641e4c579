"""A full or read-only disk gives a clear message, on a real (tiny) tmpfs.

Each scenario runs in a child process inside its own mount namespace (``unshare -m``),
so the tmpfs and its read-only remount can never touch any other file system. Needs
root and ``unshare`` (as in CI); elsewhere these tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root and unshare"
)

_FULL = """
    from datetime import UTC, datetime
    from canvass.errors import StoreError
    from canvass.store import Store
    from canvass.store.models import Company
    store = Store.open(TINY / "canvass.db")
    now = datetime(2026, 11, 23, tzinfo=UTC)
    try:
        for batch in range(400):  # 1 MB fills long before this
            with store.session(write=True) as session:
                for i in range(50):
                    session.add(Company(name=f"Firma {batch}-{i} " + "x" * 150, created_at=now))
    except StoreError as error:
        print(error.message)
    store.close()
"""

_READ_ONLY = """
    import subprocess
    from canvass.errors import StoreError
    from canvass.store import Store
    Store.open(TINY / "canvass.db").close()
    subprocess.run(["mount", "-o", "remount,ro", str(TINY)], check=True)
    try:
        Store.open(TINY / "canvass.db")
    except StoreError as error:
        print(error.message)
"""

# A -shm file left behind read-only (say by another user's crashed process) next to a
# writable database: SQLite then opens it read-only; the first write must say so.
_READ_ONLY_SHM = """
    import subprocess
    from datetime import UTC, datetime
    from canvass.errors import StoreError
    from canvass.store import Store
    from canvass.store.models import Company
    Store.open(TINY / "canvass.db").close()
    shm = TINY / "canvass.db-shm"
    shm.write_bytes(b"")
    subprocess.run(["mount", "--bind", str(shm), str(shm)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(shm)], check=True)
    try:
        store = Store.open(TINY / "canvass.db")
        with store.session(write=True) as session:
            session.add(Company(name="Firma", created_at=datetime(2026, 11, 23, tzinfo=UTC)))
        store.close()
        print("saved")
    except StoreError as error:
        print(error.message)
"""


def _in_own_namespace(tmp_path: Path, body: str) -> str:
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    script = tmp_path / "scenario.py"
    script.write_text(
        f"from pathlib import Path\nTINY = Path({str(tiny)!r})\n" + textwrap.dedent(body),
        encoding="utf-8",
    )
    shell = f"mount -t tmpfs -o size=1m tmpfs {tiny} && {sys.executable} {script}"
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", shell],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if "Operation not permitted" in done.stderr or "cannot" in done.stderr.lower():
        pytest.skip(f"no private mount namespace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_full_disk_is_a_clear_message(tmp_path: Path) -> None:
    assert "plads på disken" in _in_own_namespace(tmp_path, _FULL)


def test_a_read_only_disk_is_a_clear_message(tmp_path: Path) -> None:
    shown = _in_own_namespace(tmp_path, _READ_ONLY)
    assert "skrivebeskyttet" in shown or "adgang" in shown


def test_a_read_only_shm_left_behind_is_a_clear_message(tmp_path: Path) -> None:
    shown = _in_own_namespace(tmp_path, _READ_ONLY_SHM)
    assert "skrivebeskyttet" in shown and "-shm" in shown, shown
