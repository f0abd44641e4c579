"""Click-to-dial: which program gets the number, and with which arguments.

The configured ``dial_command`` is either a preset name (``tel``, ``teams``, ``jabber``,
``copy``) or an argument list run without a shell, in which ``{e164}`` (``+4512345678``)
and ``{number}`` (``12345678``) are filled in. Plain Python: nothing is run here.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from canvass.i18n import t

#: The preset that copies the number to the clipboard instead of running a program.
COPY = "copy"
DEFAULT_PRESET = "tel"
#: The placeholders an argument may use.
PLACEHOLDERS = ("e164", "number")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

#: preset name -> the URL handed to the system's opener (``copy`` has none).
_PRESET_URLS: dict[str, str] = {
    "tel": "tel:{e164}",
    "teams": "https://teams.microsoft.com/l/call/0/0?users=4:{e164}",
    "jabber": "ciscotel:{e164}",
}
PRESETS: tuple[str, ...] = (*_PRESET_URLS, COPY)


class DialConfigError(ValueError):
    """A configured dial command that cannot work; the message says why."""


@dataclass(frozen=True)
class DialCommand:
    """What dialing does: run ``argv`` (placeholders still in it), or copy (``argv`` empty)."""

    name: str  # the preset's name, or "" for a command of one's own
    argv: tuple[str, ...] = ()

    @property
    def copies(self) -> bool:
        """True when the number goes to the clipboard instead of to a program."""
        return not self.argv


def opener(platform: str = sys.platform) -> tuple[str, ...]:
    """The program that opens a URL with the system's handler on ``platform``."""
    if platform == "darwin":
        return ("open",)
    if platform.startswith("win"):
        return ("cmd", "/c", "start", "")
    return ("xdg-open",)


def preset(name: str, platform: str = sys.platform) -> DialCommand:
    """The dial command of a preset; ``DialConfigError`` for an unknown name."""
    if name == COPY:
        return DialCommand(COPY)
    url = _PRESET_URLS.get(name)
    if url is None:
        presets = ", ".join(PRESETS)
        raise DialConfigError(t("dial.config.unknown_preset", name=name, presets=presets))
    return DialCommand(name, (*opener(platform), url))


def check_argv(argv: Sequence[object]) -> tuple[str, ...]:
    """A configured argument list, checked: text only, a program first, known placeholders."""
    if not argv:
        raise DialConfigError(t("dial.config.empty"))
    args: list[str] = []
    for position, arg in enumerate(argv, 1):
        if not isinstance(arg, str):
            raise DialConfigError(t("dial.config.not_text", position=position, value=repr(arg)))
        for match in _PLACEHOLDER.finditer(arg):
            if match.group(1) not in PLACEHOLDERS:
                raise DialConfigError(
                    t("dial.config.bad_placeholder", position=position, used=match.group(0))
                )
        args.append(arg)
    if not args[0].strip():
        raise DialConfigError(t("dial.config.no_program"))
    if not any(f"{{{name}}}" in arg for arg in args for name in PLACEHOLDERS):
        raise DialConfigError(t("dial.config.no_placeholder"))
    return tuple(args)


def parse_dial_command(value: object, platform: str = sys.platform) -> DialCommand:
    """A preset name, a command line (split like a shell would, but never run by one), a
    JSON list or a list of arguments; ``DialConfigError`` says what is wrong."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return preset(DEFAULT_PRESET, platform)
        if text in PRESETS:
            return preset(text, platform)
        if text.startswith("["):  # a list written as JSON (handy in the environment)
            try:
                value = json.loads(text)
            except ValueError as exc:
                raise DialConfigError(t("dial.config.unsplittable", reason=str(exc))) from exc
            return parse_dial_command(value, platform)
        try:
            parts = shlex.split(text)
        except ValueError as exc:  # an unclosed quote
            raise DialConfigError(t("dial.config.unsplittable", reason=str(exc))) from exc
        if len(parts) == 1 and not _PLACEHOLDER.search(text):
            return preset(text, platform)  # an unknown preset name: say so
        return DialCommand("", check_argv(parts))
    if isinstance(value, list | tuple):
        return DialCommand("", check_argv(value))
    raise DialConfigError(t("dial.config.bad_type", value=repr(value)))


def e164(digits: str) -> str:
    """``"12345678"`` -> ``"+4512345678"``."""
    return f"+45{digits}"


def dial_argv(command: DialCommand, digits: str) -> list[str]:
    """The arguments to run for the 8-digit Danish number ``digits``."""
    values = {"e164": e164(digits), "number": digits}
    return [_PLACEHOLDER.sub(lambda m: values[m.group(1)], arg) for arg in command.argv]
