"""A click group whose subcommands are imported when used (``canvass`` alone, the app,
imports none of ``team``, ``stats``, ``forget`` …: the first frame comes sooner).

``canvass --help`` lists them all, which imports them all; each is put in the language in
use (:func:`canvass.cli_language.localise_help`) as it is loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import click


class LazyGroup(click.Group):
    """A group with ``lazy`` subcommands: name → (module, attribute, wrap)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, tuple[str, str, Callable[[Any], Any] | None]] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self.load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def load(self, name: str) -> click.Command:
        """Import the subcommand ``name`` now (wrapped, localised) and add it."""
        from canvass.cli_language import localise_help

        module, attribute, wrap = self.lazy.pop(name)
        command = getattr(importlib.import_module(module), attribute)
        if wrap is not None:
            command = wrap(command)
        localise_help(command)
        self.add_command(command, name)
        return command
