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
    """The database cannot be opened, migrated or written (locked, too new, unreadable).

    ``retryable`` marks a state that may pass (locked by another process, disk full, a
    server that went away): a write that failed so is worth trying again unchanged.
    """

    def __init__(self, message: str, title: str = "canvass", *, retryable: bool = False) -> None:
        super().__init__(message, title)
        self.retryable = retryable


class ConfigError(CanvassError):
    """The configuration or the command line is wrong."""
