"""A progress bar for ``canvass import`` on standard error — only when it is a terminal.

Piped or redirected (a script, a log file) it prints nothing, so the output stays the
``FILE:LINE`` lines and the summary.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from canvass.i18n import language, t
from canvass.transfer.csv_import import ImportProgress
from canvass.transfer.csv_import import Progress as ProgressCallback


@contextmanager
def import_progress(stream: TextIO | None = None) -> Iterator[ProgressCallback | None]:
    """A callback that draws the bar while the block runs, or None when ``stream``
    (standard error by default) is not a terminal."""
    stream = stream if stream is not None else sys.stderr
    if not stream.isatty():
        yield None
        return
    console = Console(file=stream)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rows]}"),
        TimeElapsedColumn(),
    )
    # transient: the bar goes when the import ends, the summary lines stay.
    with Progress(*columns, console=console, transient=True, refresh_per_second=10) as bar:
        task = bar.add_task("", total=1000, rows="")
        phase = [""]

        def update(step: ImportProgress) -> None:
            if step.phase != phase[0]:
                phase[0] = step.phase
                bar.reset(task, total=1000, description=t(f"transfer.progress.{step.phase}"))
            rows = t("transfer.progress.rows", rows=grouped(step.rows)) if step.rows else ""
            bar.update(task, completed=round(step.fraction * 1000), rows=rows)

        yield update


def grouped(number: int) -> str:
    """``1000000`` as ``1.000.000`` in Danish, ``1,000,000`` in English."""
    text = f"{number:,}"
    return text.replace(",", ".") if language() == "da" else text
