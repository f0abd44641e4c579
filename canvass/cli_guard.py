"""The command line's last guard: a user error is a short panel, anything else a line that
names the crash log — never a traceback (exit status 2 for both).

Without click, so that the plain start (:mod:`canvass.cli_plain`) can use it too.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from canvass import __version__, locations
from canvass.errors import CanvassError
from canvass.files import append_private
from canvass.i18n import t


def report_error(title: str, message: str) -> None:
    """``message`` in a red panel on stderr. Messages quote paths, URLs and file contents:
    text, never Rich markup."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    panel = Panel(Text(message), title=Text(title), border_style="red", expand=False)
    Console(stderr=True).print(panel)


def guarded(run: Callable[[], object]) -> None:
    """Run ``run``; a :class:`CanvassError` becomes its panel, any other failure the crash
    log's (exit 2). ``SystemExit`` passes."""
    try:
        run()
    except CanvassError as error:
        report_error(error.title, error.message)
        sys.exit(2)
    except Exception:  # the last guard: never show a traceback, but keep it for a bug report
        log = write_crash_log()
        report_error("canvass", t("cli.unexpected", log=log))
        sys.exit(2)


def write_crash_log() -> Path:
    """Append the exception being handled to the user's ``crash.log``; its path."""
    import platformdirs

    folder = Path(platformdirs.user_log_dir(locations.APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.log"
    header = f"--- {datetime.now(UTC).isoformat()} canvass {__version__}\n"
    append_private(path, header + traceback.format_exc())  # it may quote names and notes
    return path
