"""One problem found in a content file, with a 1-based ``file:line:column`` position."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from canvass.i18n import t
from canvass.safe_text import printable


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
    #: More problems of this kind in this file that were counted, not built (see
    #: :func:`canvass.content.model_errors.model_problems`); they join the summary line.
    also: int = 0

    def __str__(self) -> str:
        # A YAML key or a file name may hold terminal escapes: shown, never obeyed.
        where = f"{printable(self.path)}:{self.line}:{self.column}"
        if self.severity is Severity.WARNING:
            return f"{where}: {t('check.warning-label')}: {printable(self.message)}"
        return f"{where}: {printable(self.message)}"

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


#: Problems of one kind listed per file; the rest are counted in one line.
MAX_OF_A_KIND = 50


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """``problems`` by path, line, column, without exact duplicates; past
    :data:`MAX_OF_A_KIND` of one kind in one file, one line counts the rest (including
    those a problem carries as :attr:`Problem.also`)."""
    kept: list[Problem] = []
    total: dict[tuple[str, str], int] = {}
    listed: dict[tuple[str, str], int] = {}
    first_omitted: dict[tuple[str, str], Problem] = {}
    for found in sorted(set(problems), key=lambda p: p.sort_key):
        kind = (str(found.path), found.code)
        total[kind] = total.get(kind, 0) + 1 + found.also
        if listed.get(kind, 0) < MAX_OF_A_KIND:
            listed[kind] = listed.get(kind, 0) + 1
            kept.append(found)
            if found.also:
                first_omitted.setdefault(kind, found)
        else:
            first_omitted.setdefault(kind, found)
    for kind, first in first_omitted.items():
        more = total[kind] - listed[kind]
        summary = t("check.more", count=more, code=first.code)
        kept.append(Problem(first.path, first.line, first.column, "more", summary, first.severity))
    return sorted(kept, key=lambda p: p.sort_key) if first_omitted else kept
