"""Strings from files and the database, made safe to print: control characters (ESC, BEL,
NUL, the C1 range, bidirectional overrides) are shown as visible stand-ins, never obeyed.

Plain Python, used by the command line (``canvass check``) and the UI alike; the UI's
markup-free widgets are in :mod:`canvass.ui.text`.
"""

from __future__ import annotations

import re

# C0 (but tab and newline), DEL, C1, and the bidi embeddings/overrides/isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    # One character for one, so styles laid over the text keep their places.
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ␀ for NUL …
    if code == 0x7F:
        return "␡"
    return "\ufffd"  # C1 controls and bidi overrides


def printable(value: object) -> str:
    """``value`` as a string with every control character shown, not obeyed."""
    return _UNSAFE.sub(_stand_in, str(value))
