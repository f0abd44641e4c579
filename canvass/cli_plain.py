"""The plain start — ``canvass`` with at most the configuration options — without click.

Opening the app is what the command is run for nearly every time, and click with the
command line around it is about a tenth of what the app imports before its first frame.
:func:`plain_options` recognises exactly that form (``--db PATH``, ``--user=AB`` …, each
option of :mod:`canvass.cli`'s group with a value); anything else — a command, ``--help``,
``--version``, an unknown option, a value missing or in doubt — goes to click, which
parses it and says what is wrong as before. :func:`open_app` then does what the group
does without a command: the settings from the options, the environment and the config
file, the language, the app; failures as :mod:`canvass.cli_guard` shows them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from canvass.i18n import LANGUAGES

#: The group's options that take a value (see ``_common_options`` in :mod:`canvass.cli`).
OPTIONS = ("db", "user", "lang", "organisation", "scripts", "objections", "rubrics")


def plain_options(argv: Sequence[str]) -> dict[str, str] | None:
    """The options of a plain start (the last of a repeated one wins, as in click), or
    None when ``argv`` is anything else."""
    options: dict[str, str] = {}
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, equals, value = arg.partition("=")
        if not name.startswith("--") or name[2:] not in OPTIONS:
            return None
        if not equals:
            if not args:
                return None
            value = args.pop(0)
        if not value or value.startswith("-"):
            return None  # empty, or perhaps an option: click decides
        if name == "--lang" and value not in LANGUAGES:  # click names the choices
            return None
        options[name[2:]] = value
    return options


def open_app(options: dict[str, str]) -> NoReturn:
    """Open the app with ``options`` and exit with its status."""
    from canvass.cli_guard import guarded

    code: list[int] = [0]

    def run() -> None:
        from canvass.config import load_settings
        from canvass.i18n import set_language
        from canvass.ui.launch import run_app

        set_language(_chosen(options.get("lang")))  # a config error is said in this one
        settings = load_settings(options)
        set_language(settings.lang)
        code[0] = run_app(settings)

    guarded(run)
    sys.exit(code[0])


def early_language(argv: Sequence[str]) -> str:
    """The language the arguments, the environment or the config file ask for: known
    before the arguments are parsed, so that their errors are said in it."""
    wanted: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            wanted = argv[index + 1]
            break
        if arg.startswith("--lang="):
            wanted = arg.split("=", 1)[1]
            break
    return _chosen(wanted)


def _chosen(wanted: str | None) -> str:
    """``wanted`` (``--lang``), else ``CANVASS_LANG``, else the config file's; Danish when
    none says, or says a language there is none of."""
    wanted = wanted or os.environ.get("CANVASS_LANG") or _configured_language()
    return wanted if wanted in LANGUAGES else "da"


def _configured_language() -> str | None:
    from canvass.config import load_settings

    try:
        return load_settings({}).lang
    except Exception:  # a broken config is reported by the command itself, in Danish
        return None
