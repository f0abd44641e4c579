"""Who is calling: the consultant's full name, direct phone and e-mail, checked.

Plain Python: the settings screen, the first-start prompt and ``canvass me`` all use
:func:`check_me`, so a value is accepted or refused the same way everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from canvass.domain.phone import normalise_phone
from canvass.i18n import t

NAME_MAX = 120
EMAIL_MAX = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MeError(ValueError):
    """One field is wrong: ``field`` (``name``, ``phone``, ``email``) and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Me:
    """The consultant's details as stored: phone as 8 digits, blanks as None."""

    name: str
    phone: str | None = None
    email: str | None = None


def check_me(name: str, phone: str | None = None, email: str | None = None) -> Me:
    """Clean and check the three fields; :class:`MeError` names the first bad one."""
    clean_name = " ".join(name.split())
    if not clean_name:
        raise MeError("name", t("me.error.name_missing"))
    if len(clean_name) > NAME_MAX:
        raise MeError("name", t("me.error.name_long", max=NAME_MAX))
    digits = None
    if phone and phone.strip():
        try:
            digits = normalise_phone(phone)
        except ValueError as exc:
            raise MeError("phone", str(exc)) from exc
    clean_email = (email or "").strip() or None
    if clean_email is not None and (len(clean_email) > EMAIL_MAX or not _EMAIL.match(clean_email)):
        raise MeError("email", t("me.error.email", value=clean_email))
    return Me(clean_name, digits, clean_email)


def first_name(name: str | None) -> str | None:
    """The first word of a name, or None."""
    return name.split()[0] if name and name.split() else None
