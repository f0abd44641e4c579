"""Helpers for content-checker tests: write YAML from strings so positions sit beside asserts."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from canvass import i18n

Write = Callable[[str, str], Path]


@pytest.fixture(autouse=True)
def _danish() -> Iterator[None]:
    i18n.set_language("da")
    yield
    i18n.set_language("da")


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """``write(name, text)`` -> path of a file holding ``text`` (dedented)."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return _write
