"""One problem found in a content file, with a 1-based ``file:line:column`` position."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from canvass.i18n import t


class Severity(StrEnum):
    """An error keeps a file out of the library and fails ``canvass check`` (exit 1);
    a warning is printed but changes nothing (exit 0)."""

    ERROR = "error"
    WARNING = "warning"


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
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        if self.severity is Severity.WARNING:
            label = t("check.warning-label")
            return f"{self.path}:{self.line}:{self.column}: {label}: {self.message}"
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order by file, then position, so a run lists problems as an editor would."""
        return (str(self.path), self.line, self.column, self.code, self.message)


def problem(path: Path, line: int, column: int, code: str, **values: object) -> Problem:
    """A :class:`Problem` whose message is the catalogue text ``check.<code>``."""
    return Problem(path, max(line, 1), max(column, 1), code, t(f"check.{code}", **values))


def warning(path: Path, line: int, column: int, code: str, **values: object) -> Problem:
    """Like :func:`problem`, but a :attr:`Severity.WARNING` that never fails a check."""
    found = problem(path, line, column, code, **values)
    return Problem(
        found.path, found.line, found.column, found.code, found.message, Severity.WARNING
    )


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """``problems`` by path, line, column, without exact duplicates."""
    return sorted(set(problems), key=lambda p: p.sort_key)
