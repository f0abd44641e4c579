"""The one error type users may see: a title and a message, never a traceback."""

from __future__ import annotations


class CanvassError(Exception):
    """An error with a message meant for the user (already translated)."""

    def __init__(self, message: str, title: str = "canvass") -> None:
        super().__init__(message)
        self.message = message
        self.title = title

    def __str__(self) -> str:
        return self.message


class StoreError(CanvassError):
    """The database cannot be opened, migrated or written (locked, too new, unreadable)."""


class ConfigError(CanvassError):
    """The configuration or the command line is wrong."""
