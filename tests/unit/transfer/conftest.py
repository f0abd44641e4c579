"""Fixtures for import/export tests: files and databases under tmp_path only."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from canvass.store import Store

#: Valid CVR numbers (modulus 11) for test files.
CVR = ("24256790", "72494814", "87033082", "47511488", "62269391", "38112759")

WriteFile = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    """Write text (in an encoding) or bytes to a file in tmp_path; return its path."""

    def write_file(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return write_file


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened
