"""Start the terminal app; the command line calls :func:`run_app`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from canvass.i18n import set_language
from canvass.launcher import release as release_collector

if TYPE_CHECKING:
    from canvass.config import Settings
    from canvass.content.validate import Library
    from canvass.services import Store


def run_app(
    settings: Settings,
    store: Store | None = None,
    library: Library | None = None,
    *,
    observe: str | None = None,
) -> int:
    """Run canvass full-screen until the user quits; return the process exit code.

    Without ``store`` (and ``library``) the app opens them itself after its first frame
    (:mod:`canvass.ui.app_boot`); an error opening them is raised here once the app has
    closed, as if it had happened before it started. ``observe``: the initials of a
    colleague to follow live at once (``canvass observe``).
    """
    set_language(settings.lang)
    # Imported here so the language is chosen before any screen builds its texts.
    from canvass.ui.app import CanvassApp

    app = CanvassApp(settings, store, library, observe=observe)
    try:
        app.run()
    finally:
        release_collector()  # (the app lets it go after its first frame; if it never drew one)
        if app.opened_store is not None:
            app.opened_store.close()
    if app.boot_error is not None:
        raise app.boot_error
    for message in app.late_errors:  # saving failed after the screen closed: say so
        print(f"canvass: {message}", file=sys.stderr)
    return app.return_code or (1 if app.late_errors else 0)
