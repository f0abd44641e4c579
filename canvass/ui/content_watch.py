"""Running apps take a published change to the content within about two seconds.

Every :data:`INTERVAL` the content folders' stamp (:func:`canvass.content.reload.
folder_stamp`: file names, sizes, mtimes — cheap) is read in a worker thread; when it
changed, the library is loaded again there, merged so that a file broken on disk keeps
its last valid content (:func:`canvass.content.reload.keep_valid`), and swapped in on the
UI thread: ``app.library`` and the call list's, for the next call. A call on the screen
keeps the library (and script version) it started with — its :class:`CallScreen` and
:class:`LiveCall` hold their own — so nothing changes under a consultant mid-call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvass.content.reload import Stamp, folder_stamp, keep_valid, same_content
from canvass.i18n import t

if TYPE_CHECKING:
    from pathlib import Path

    from canvass.content.reload import Reloaded
    from canvass.content.validate import Library
    from canvass.ui.app import CanvassApp

#: Seconds between two looks at the folders.
INTERVAL = 1.0


class ContentWatch:
    """Polls the app's content folders; start it once the app is mounted."""

    def __init__(self, app: CanvassApp) -> None:
        self._app = app
        settings = app.settings
        self._folders: tuple[Path, ...] = (
            settings.scripts_dir,
            settings.objections_dir,
            settings.rubrics_dir,
        )
        self._stamp: Stamp | None = None
        self._busy = False

    def start(self) -> None:
        """Take the folders' stamp now (the library was just loaded) and poll from then on."""
        self._run(first=True)
        self._app.set_interval(INTERVAL, self._tick, name="content-watch")

    def _tick(self) -> None:
        if not self._busy and not self._app.closing:
            self._run(first=False)

    def _run(self, *, first: bool) -> None:
        self._busy = True
        self._app.run_worker(
            lambda: self._look(first),
            thread=True,
            group="content-watch",
            exit_on_error=False,
            name="content-watch",
        )

    def _look(self, first: bool) -> None:
        """In the worker: compare the stamp; on a change, load and merge the library."""
        try:
            stamp = folder_stamp(self._folders)
            if first or stamp == self._stamp:
                self._stamp = stamp
                return
            from canvass.content.validate import load_library

            old = self._app.library
            loaded = load_library(*self._folders)
            self._stamp = stamp
            if same_content(old, loaded):
                return
            reloaded = keep_valid(old, loaded)
            self._app.call_from_thread(self.swap, old, reloaded)
        finally:
            self._busy = False

    def swap(self, old: Library, reloaded: Reloaded) -> None:
        """On the UI thread: use the new library from the next call on, and say what changed."""
        app = self._app
        if app.library is not old:
            return  # replaced meanwhile; the next look compares again
        new = reloaded.library
        app.library = new
        app.call_list.use_library(new)
        app.refresh_bindings()  # ctrl+e shows when there are problems
        said = [
            t("publish.updated", title=script.title, version=script.version)
            for script in reloaded.updated
        ]
        if reloaded.objection_files:
            what = t("publish.updated.objections")
            said.append(
                t("publish.updated.content", what=what, names=", ".join(reloaded.objection_files))
            )
        if reloaded.rubrics:
            names = ", ".join(
                f"{r.title} ({t('check.draft.using', version=r.version)})" for r in reloaded.rubrics
            )
            said.append(
                t("publish.updated.content", what=t("publish.updated.rubrics"), names=names)
            )
        for message in said:
            app.notify(
                message,
                title=t("publish.updated.title"),
                markup=False,  # a title from a file is text
                timeout=8,
            )
        # A broken file keeps its last valid content; its problems are under ctrl+e (the
        # key shows), not in a toast: a trainer's draft must not interrupt every call.
