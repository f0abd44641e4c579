"""A full or read-only disk gives a clear message, on a real (tiny) tmpfs.

Mounting needs root (as in CI); elsewhere these tests are skipped.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from canvass.errors import StoreError
from canvass.store import Store
from canvass.store.models import Company


def _mount(folder: Path, *options: str) -> bool:
    command = ["mount", "-t", "tmpfs", "-o", ",".join(("size=1m", *options)), "tmpfs"]
    return subprocess.run([*command, str(folder)], capture_output=True).returncode == 0


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or not _mount(folder):
        pytest.skip("needs root to mount a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_disk_is_a_clear_message(tiny: Path) -> None:
    store = Store.open(tiny / "canvass.db")
    now = datetime(2026, 11, 23, tzinfo=UTC)
    with pytest.raises(StoreError) as caught:
        for batch in range(400):  # 1 MB fills long before this
            with store.session(write=True) as session:
                for i in range(50):
                    session.add(Company(name=f"Firma {batch}-{i} " + "x" * 150, created_at=now))
    store.close()
    assert "plads på disken" in caught.value.message


def test_a_read_only_disk_is_a_clear_message(tiny: Path) -> None:
    Store.open(tiny / "canvass.db").close()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny)], check=True)
    with pytest.raises(StoreError) as caught:
        Store.open(tiny / "canvass.db")
    assert "skrivebeskyttet" in caught.value.message or "adgang" in caught.value.message
