"""The columns of a company list: Danish and English headings, and reading their cells.

Headings are matched case-insensitively, ignoring spaces, dots, dashes and underscores,
so ``CVR-nr.``, ``cvr nr`` and ``CVRNR`` are the same column.
"""

from __future__ import annotations

import re
from enum import StrEnum

from canvass.i18n import t


class Column(StrEnum):
    """A column canvass understands; the value names the field it fills."""

    NAME = "name"
    CVR = "cvr"
    PHONE = "phone"
    INDUSTRY = "industry"
    EMPLOYEES = "employees"
    ADDRESS = "address"
    ZIP = "zip"
    CITY = "city"
    CONTACT = "contact"
    EMAIL = "email"
    SEGMENT = "segment"
    AD_PROTECTED = "ad_protected"
    KEY_ACCOUNT = "key_account"
    DO_NOT_CALL = "do_not_call"


#: Headings people use for each column (the first is the one shown in messages).
ALIASES: dict[Column, tuple[str, ...]] = {
    Column.NAME: ("navn", "name", "virksomhed", "firmanavn", "virksomhedsnavn", "firma"),
    Column.CVR: ("cvr", "cvr-nr", "cvrnr", "cvr-nummer", "cvrnummer"),
    Column.PHONE: ("telefon", "phone", "tlf", "telefonnummer", "telefonnr", "tlf-nr"),
    Column.INDUSTRY: ("branche", "industry"),
    Column.EMPLOYEES: ("ansatte", "employees", "antal ansatte"),
    Column.ADDRESS: ("adresse", "address"),
    Column.ZIP: ("postnr", "zip", "postnummer"),
    Column.CITY: ("by", "city", "bynavn"),
    Column.CONTACT: ("kontaktperson", "contact", "kontakt"),
    Column.EMAIL: ("email", "e-mail", "mail"),
    Column.SEGMENT: ("segment",),
    # The CVR register (Virk/Erhvervsstyrelsen) exports "Reklamebeskyttelse".
    Column.AD_PROTECTED: (
        "reklamebeskyttet",
        "ad_protected",
        "reklamebeskyttelse",
        "reklamebeskyttet (ja/nej)",
        "reklamebeskyttelse (ja/nej)",
        "reklamebesk",
        "no_marketing",
        "marketing_protected",
    ),
    Column.KEY_ACCOUNT: (
        "nøglekunde",
        "key_account",
        "noeglekunde",
        "nøglekunder",
        "noeglekunder",
        "nøglevirksomhed",
        "key_customer",
    ),
    Column.DO_NOT_CALL: (
        "ring_ikke",
        "do_not_call",
        "frabedt",
        "frabedt sig opkald",
        "frabeder sig opkald",
        "frabedt opkald",
        "ikke ring",
        "dont_call",
    ),
}

#: Columns every list must have.
REQUIRED: tuple[Column, ...] = (Column.NAME, Column.PHONE)

#: The longest text each column may hold (the database's limits).
MAX_LENGTH: dict[Column, int] = {
    Column.NAME: 200,
    Column.ADDRESS: 200,
    Column.CITY: 100,
    Column.INDUSTRY: 200,
    Column.SEGMENT: 60,
    Column.CONTACT: 120,
    Column.EMAIL: 254,
}

_IGNORED_IN_HEADING = re.compile(r"[\s._\-:()/]+")


def heading_key(heading: str) -> str:
    """The form headings are compared in: casefolded, without spaces or punctuation."""
    return _IGNORED_IN_HEADING.sub("", heading.strip().lstrip("\ufeff").casefold())


_BY_KEY: dict[str, Column] = {
    heading_key(alias): column for column, aliases in ALIASES.items() for alias in aliases
}


def column_for(heading: str) -> Column | None:
    """The column a heading names, or None for a heading canvass does not know."""
    return _BY_KEY.get(heading_key(heading))


_TRUE = frozenset({"ja", "j", "yes", "y", "1", "x", "true", "sand"})
_FALSE = frozenset({"nej", "n", "no", "0", "", "false", "falsk"})


def parse_flag(value: str) -> bool:
    """ja/nej, yes/no, 1/0, x/blank, true/false; ``ValueError`` with a reason otherwise."""
    key = value.strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(t("transfer.bad_flag", value=value))


def parse_flag_cell(
    value: str, errors: list[str], heading: str = "reklamebeskyttet"
) -> bool | None:
    """A yes/no flag of one cell; a bad value adds its reason, naming ``heading``."""
    try:
        return parse_flag(value)
    except ValueError:
        errors.append(t("transfer.bad_flag_in", heading=heading, value=value))
        return None


# Whole numbers, optionally with Danish thousands dots ("1.200").
#: More employees than this is a typo (a CVR number or a phone number in the column).
MAX_EMPLOYEES = 1_000_000
_WHOLE = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")


def parse_employees(value: str) -> int:
    """A whole number of employees such as ``12`` or ``1.200``; ``ValueError`` otherwise."""
    text = value.strip().replace("\u00a0", "").replace(" ", "")
    if not _WHOLE.match(text):
        raise ValueError(t("transfer.bad_employees", value=value))
    count = int(text.replace(".", ""))
    if count > MAX_EMPLOYEES:  # the largest Danish employer has ~100,000; SQLite stops at 2**63
        raise ValueError(t("transfer.too_many_employees", value=value, maximum=MAX_EMPLOYEES))
    return count


# Plausible, not RFC-complete: one @, no spaces, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


def parse_email(value: str) -> str:
    """A plausible e-mail address, trimmed; ``ValueError`` otherwise."""
    text = value.strip()
    if not _EMAIL.match(text):
        raise ValueError(t("transfer.bad_email", value=value))
    return text


_ZIP = re.compile(r"^(?:DK[-\s]?)?(\d{4})$", re.IGNORECASE)


def parse_zip(value: str) -> str:
    """A Danish postal code: 4 digits, optionally written ``DK-7100``."""
    match = _ZIP.match(value.strip())
    if not match:
        raise ValueError(t("transfer.bad_zip", value=value))
    return match.group(1)


def one_line(value: str) -> str:
    """Spaces and line breaks inside a cell collapsed to single spaces."""
    return " ".join(value.split())
