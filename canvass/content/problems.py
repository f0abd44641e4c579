"""One problem found in a content file, with a 1-based ``file:line:column`` position."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from canvass.i18n import t


@dataclass(frozen=True)
class Problem:
    """A problem in a content file.

    ``line`` and ``column`` are 1-based, as editors show them; ``code`` is a stable id
    (``"duplicate-key"``, ``"yaml-syntax"``, ...) for tests and tools; ``message`` is
    already translated.
    """

    path: Path
    line: int
    column: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order by file, then position, so a run lists problems as an editor would."""
        return (str(self.path), self.line, self.column, self.code, self.message)


def problem(path: Path, line: int, column: int, code: str, **values: object) -> Problem:
    """A :class:`Problem` whose message is the catalogue text ``check.<code>``."""
    return Problem(path, max(line, 1), max(column, 1), code, t(f"check.{code}", **values))


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """``problems`` by path, line, column, without exact duplicates."""
    return sorted(set(problems), key=lambda p: p.sort_key)
