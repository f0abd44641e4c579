"""Hand a phone number to the desk phone or softphone (``d``), off the UI thread.

The configured :class:`~canvass.domain.dialing.DialCommand` runs without a shell and
with a timeout; ``copy`` puts the number on the clipboard instead. A missing or failing
program is a clear message (which command, what failed) and the call goes on.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from typing import Any

from textual.app import App

from canvass.domain.dialing import DialCommand, dial_argv, e164
from canvass.domain.phone import format_phone, normalise_phone
from canvass.i18n import t

#: Seconds a dial command may take before it counts as failed.
DIAL_TIMEOUT = 10.0


def run_command(argv: list[str], timeout: float = DIAL_TIMEOUT) -> str | None:
    """Run ``argv``; None when it worked, else what went wrong (for the message)."""
    try:
        done = subprocess.run(  # an argument list, never a shell
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        return t("dial.error.not_found", program=argv[0])
    except subprocess.TimeoutExpired:
        return t("dial.error.timeout", seconds=f"{timeout:g}")
    except OSError as exc:
        return exc.strerror or str(exc)
    if done.returncode != 0:
        output = (done.stderr or done.stdout or b"").decode("utf-8", "replace").strip()
        return t("dial.error.exit", code=done.returncode, output=output[-200:]).strip()
    return None


def dial(
    app: App[Any],
    command: DialCommand,
    phone: str | None,
    on_dialled: Callable[[str], None],
) -> None:
    """Dial ``phone`` (any way a Danish number is written) with ``command``.

    ``on_dialled`` gets the E.164 number on the UI thread once it was handed over
    (the caller records the DIAL event); failures are toasts, never exceptions.
    """
    if not phone:
        app.notify(t("dial.no_number"), severity="warning")
        return
    try:
        digits = normalise_phone(phone)
    except ValueError as exc:
        app.notify(str(exc), title=t("dial.error.title"), severity="error")
        return
    number = e164(digits)
    if command.copies:
        app.copy_to_clipboard(number)
        app.notify(t("dial.copied", number=format_phone(digits)))
        on_dialled(number)
        return
    argv = dial_argv(command, digits)

    def work() -> None:
        error = run_command(argv)
        if error is None:
            app.call_from_thread(on_dialled, number)
            app.call_from_thread(app.notify, t("dial.dialled", number=format_phone(digits)))
        else:
            app.call_from_thread(
                app.notify,
                t("dial.error", command=" ".join(argv), reason=error),
                title=t("dial.error.title"),
                severity="error",
                timeout=15,
            )

    app.run_worker(work, thread=True, exclusive=True, exit_on_error=False, group="dial")
