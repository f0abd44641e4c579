"""Start the terminal app; the command line calls :func:`run_app`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from canvass.config import Settings
from canvass.i18n import set_language

if TYPE_CHECKING:
    from canvass.content.validate import Library
    from canvass.services import Store


def run_app(
    settings: Settings, store: Store, library: Library, *, observe: str | None = None
) -> int:
    """Run canvass full-screen until the user quits; return the process exit code.

    ``observe``: the initials of a colleague to follow live at once (``canvass observe``).
    """
    set_language(settings.lang)
    # Imported here so the language is chosen before any screen builds its texts.
    from canvass.ui.app import CanvassApp

    app = CanvassApp(settings, store, library, observe=observe)
    app.run()
    for message in app.late_errors:  # saving failed after the screen closed: say so
        print(f"canvass: {message}", file=sys.stderr)
    return app.return_code or (1 if app.late_errors else 0)
