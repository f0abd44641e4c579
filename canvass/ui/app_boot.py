"""The app's start: paint first, then open the database and load the scripts.

A base class of :class:`canvass.ui.app.CanvassApp`. Started from the command line
(:func:`canvass.ui.launch.run_app`) the app gets no store and no library: it shows the
call list at once — with the first page as last shown when that still holds
(:mod:`canvass.services.kept_page`) — and opens the database, loads the scripts and
builds the services in a thread of its own. The screens' workers wait for them
(:class:`~canvass.services.late.LateServices`); keys work from the first frame, and
what needs the data happens as soon as it is there. A database that cannot be opened
ends the app, and the command line shows the same message as before it started.

Tests build the app with a store and a library: then everything is there from the start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual import events
from textual.app import App

from canvass import locations
from canvass.content.give_way import input_seen
from canvass.services import kept_page

if TYPE_CHECKING:
    from canvass.config import Settings
    from canvass.content.validate import Library
    from canvass.services import Store
    from canvass.services.late import LateServices
    from canvass.ui.screens.call_list import CallList
    from canvass.ui.screens.call_list_first import KeptPage


class BootApp(App[None]):
    """Opens the data layer after the first frame; :class:`CanvassApp` sets these."""

    settings: Settings
    clock: Callable[[], datetime]
    call_list: CallList
    library: Library
    _late: LateServices | None = None
    #: True once the services and the library are here (at once when given).
    booted: bool = True
    #: What went wrong opening the database (re-raised by ``run_app`` after the app).
    boot_error: BaseException | None = None
    #: The store the app opened itself (closed by ``run_app``).
    opened_store: Store | None = None

    async def on_event(self, event: events.Event) -> None:
        # The work the boot goes on with (the next screens, the bank's index) gives way
        # while the consultant types or clicks (canvass.content.give_way).
        if isinstance(event, events.Key | events.MouseDown | events.Paste):
            input_seen()
        await super().on_event(event)

    def kept_page(self) -> tuple[KeptPage | None, kept_page.FirstScreen | None]:
        """Where the call list keeps its first page, and the kept one if it still holds
        (only for a SQLite file given as a path, and known initials)."""
        from canvass.ui.screens.call_list_first import KeptPage

        database = kept_page.database_file(self.settings.db_url)
        initials = self.settings.user or ""
        if database is None or not initials:
            return None, None
        kept = KeptPage(locations.state_dir(), database)
        remembered = (self.settings.call_list or "").strip()
        view = kept_page.View(
            consultant=initials,
            list_id=int(remembered) if remembered.isdigit() else None,
            by_name=False,
            show_skipped=False,
            recent_days=self.settings.recent_days,
        )
        file, now = kept_page.file_for(kept.path, database, initials), self.clock()
        shown = kept_page.load(file, database, view, now)
        if shown is None:  # nothing kept (the first start here): the shipped recipe
            shown = kept_page.load_shipped(database, view, now, self.settings.scripts_dir)
        return kept, shown

    def start_boot(self, late: LateServices, store: Store | None, library: Library | None) -> None:
        """Open what is missing in a thread of its own (not a worker: the workers that
        wait for the services must not hold every thread the boot could use)."""
        threading.Thread(
            target=self._boot, args=(late, store, library), name="canvass-boot", daemon=True
        ).start()

    def _boot(self, late: LateServices, store: Store | None, library: Library | None) -> None:
        try:
            from canvass.content.validate import load_library
            from canvass.services import Services, Store

            if store is None:
                default = locations.is_default_database(self.settings.db_url)
                store = self.opened_store = Store.open(self.settings.db_url, create_folder=default)
            folders = self.settings.scripts_dir, self.settings.objections_dir
            library = library or load_library(*folders, self.settings.rubrics_dir)
            services = Services.of(store)
        except BaseException as error:  # shown by the command line once the app is gone
            self.boot_error = error
            late.fail(error)
            self._tell_app(self.exit, None, 2)
            return
        self.call_list.use_library(library)  # before the services: a waiting page needs it
        late.arrive(services)
        self._tell_app(self._booted, library)
        from canvass.ui.preload import preload

        preload(library)  # the next screens, while the consultant reads the list

    def _tell_app(self, callback: Callable[..., object], *args: object) -> None:
        """Run ``callback`` on the UI thread; if the app closed meanwhile (``q`` before
        the database was open), close what the boot opened instead."""
        try:
            loop = self._loop
            if loop is None or loop.is_closed():  # (asking a closed loop leaves a coroutine
                raise RuntimeError("the app is no longer running")  # never awaited: a warning)
            self.call_from_thread(callback, *args)
        except RuntimeError:  # the app is no longer running
            if self.opened_store is not None:
                self.opened_store.close()

    def _booted(self, library: Library) -> None:
        self.library = library
        self.booted = True
        self.after_boot()
        self.refresh_bindings()

    def after_boot(self) -> None:
        raise NotImplementedError  # pragma: no cover - CanvassApp has it

    def stop_boot(self) -> None:
        """The app closes: a worker still waiting for the services gets an error."""
        if self._late is not None and not self._late.arrived:
            from canvass.errors import StoreError
            from canvass.i18n import t

            self._late.fail(StoreError(t("app.closing"), t("store.error.title")))
