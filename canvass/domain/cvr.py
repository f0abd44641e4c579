"""CVR numbers: the 8-digit Danish company number with Erhvervsstyrelsen's modulus-11 check."""

from __future__ import annotations

import random

from canvass.i18n import t

#: Weights of the modulus-11 rule, one per digit.
CVR_WEIGHTS: tuple[int, ...] = (2, 7, 6, 5, 4, 3, 2, 1)


def _checksum(digits: str) -> int:
    return sum(int(d) * w for d, w in zip(digits, CVR_WEIGHTS, strict=True))


def is_valid_cvr(s: str) -> bool:
    """True when ``s`` is exactly 8 digits, does not start with 0 and passes modulus 11."""
    if len(s) != 8 or not s.isascii() or not s.isdigit() or s[0] == "0":
        return False
    return _checksum(s) % 11 == 0


def normalise_cvr(s: str) -> str:
    """Return the bare 8-digit CVR from input like ``"DK 24 25 67 90"``.

    Raises ``ValueError`` with a reason when the result is not a valid CVR number.
    """
    text = "".join(s.split())
    if text[:2].upper() == "DK":
        text = text[2:]
    text = text.replace("-", "")
    value = repr(s)
    if not text:
        raise ValueError(t("cvr.empty"))
    if not (text.isascii() and text.isdigit()):
        raise ValueError(t("cvr.digits", value=value))
    if len(text) != 8:
        raise ValueError(t("cvr.length", count=len(text), value=value))
    if text[0] == "0":
        raise ValueError(t("cvr.zero", value=value))
    if not is_valid_cvr(text):
        raise ValueError(t("cvr.check_digit", value=value))
    return text


def random_cvr(rng: random.Random) -> str:
    """A random number that passes the CVR check (for demo data and tests).

    Draws and rejects: about one draw in eleven is valid, so this stays cheap.
    """
    while True:
        candidate = str(rng.randint(10_000_000, 99_999_999))
        if is_valid_cvr(candidate):
            return candidate
