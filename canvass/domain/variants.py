"""A/B variants of an opening line or an objection answer: which one a company hears.

The choice is stable per company and spread evenly over companies: the variant ids,
sorted, are indexed by the first 8 bytes of ``sha256("<company id>:<item id>")`` modulo
their count. sha256 rather than Python's ``hash()``, which is randomised per process: every
consultant's app, on every day, shows a company the same variant. Plain Python.

What was shown is recorded as a call event of kind ``variant_shown`` whose ``detail`` is
``"<item id>:<variant id>"`` (see :func:`variant_detail`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def choose_variant(company_id: int, item_id: str, variant_ids: Iterable[str]) -> str | None:
    """The variant of ``item_id`` that company ``company_id`` is shown (None: no variants)."""
    ids = sorted(variant_ids)
    if not ids:
        return None
    digest = hashlib.sha256(f"{company_id}:{item_id}".encode()).digest()
    return ids[int.from_bytes(digest[:8], "big") % len(ids)]


def variant_detail(item_id: str, variant_id: str) -> str:
    """The ``detail`` of a ``variant_shown`` event: ``"<item id>:<variant id>"``."""
    return f"{item_id}:{variant_id}"


def parse_variant_detail(detail: str) -> tuple[str, str] | None:
    """``(item id, variant id)`` from a ``variant_shown`` event's detail (ids never hold ``:``)."""
    item_id, sep, variant_id = detail.partition(":")
    return (item_id, variant_id) if sep and item_id and variant_id else None
