"""The command line's language, known before click parses the arguments.

Click reports a usage error while parsing, before any command runs, so the language is
read first: ``--lang`` in the arguments, then ``CANVASS_LANG``, then the config file;
Danish when none says. :func:`speak_click` (run when
:mod:`canvass.cli` is imported) routes click's own texts through
:mod:`canvass.i18n.click_messages`.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence

import click

from canvass.cli_plain import early_language
from canvass.i18n import language, set_language
from canvass.i18n.click_messages import gettext, ngettext

#: Click's modules that look their texts up through ``_`` / ``ngettext`` at call time.
_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types")


def _gettext(message: str) -> str:
    return gettext(message, language=language())


def _ngettext(singular: str, plural: str, count: int) -> str:
    return ngettext(singular, plural, count, language=language())


def install(argv: Sequence[str]) -> None:
    """Set the language from ``argv`` (click already speaks whichever is set)."""
    set_language(early_language(argv))


def speak_click() -> None:
    """Let click's texts follow :func:`canvass.i18n.language` (done once, on import)."""
    for name in _CLICK_MODULES:
        module = getattr(click, name)
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext


def localise_help(command: click.Command) -> None:
    """Put the help texts of ``command`` and everything under it in the language in use
    (the code holds English; :mod:`canvass.i18n.cli_help` the Danish)."""
    from canvass.i18n.cli_help import DANISH

    def say(english: str | None) -> str | None:
        if english is None or language() != "da":
            return english
        return DANISH.get(inspect.cleandoc(english), english)

    english = command.__dict__.setdefault("_english_help", command.help)
    command.help = say(english)
    for param in command.params:
        if isinstance(param, click.Option):
            param.help = say(param.__dict__.setdefault("_english_help", param.help))
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            localise_help(sub)
