"""The call list's kept first page for the UI (:mod:`canvass.store.first_screen`): the
screens reach it here, as they reach everything of the store, through the services.
Light: no SQLAlchemy, so the app can use it before its data layer is up."""

from canvass.store.first_screen import (
    FirstScreen,
    View,
    database_file,
    digest,
    file_for,
    forget_all,
    load,
    load_shipped,
    save,
)

__all__ = [
    "FirstScreen",
    "View",
    "database_file",
    "digest",
    "file_for",
    "forget_all",
    "load",
    "load_shipped",
    "save",
]
