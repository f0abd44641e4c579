"""The derived columns of a company: the folded search key and the Danish sort name.

Kept in step by the models' ``before_insert``/``before_update`` listeners and written
directly by the bulk import, which has no ORM objects.
"""

from __future__ import annotations

from typing import Protocol

from canvass.domain.folding import fold


class SearchKeyParts(Protocol):
    """What :func:`company_search_key` reads: a Company, or plain values (bulk imports)."""

    @property
    def name(self) -> str: ...
    @property
    def city(self) -> str | None: ...
    @property
    def cvr(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def zip(self) -> str | None: ...


def company_search_key(company: SearchKeyParts) -> str:
    """Folded name, city, CVR, phone and postal code, separated so terms can't span them.

    Folded with :func:`canvass.domain.folding.fold`, the same as the search terms, so
    ``aadalens`` finds "Ådalens". Changing the recipe needs a migration step that
    recomputes the stored keys (a revision like ``r0005_fold_search_keys.py``).
    """
    parts = (company.name, company.city, company.cvr, company.phone, company.zip)
    return "\x1f".join(fold(p or "") for p in parts)


# Danish letters sort after z, in the order æ, ø, å.
_SORT_TABLE = str.maketrans({"æ": "z\x01", "ø": "z\x02", "å": "z\x03"})


def danish_sort_key(name: str) -> str:
    """A key that orders names the Danish way, ignoring case."""
    return name.casefold().translate(_SORT_TABLE)
