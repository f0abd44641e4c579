"""The segment names canvass uses for companies.

A company's ``segment`` groups it for call lists and tells the call screen which script
fits (a script's ``target.segments``). The demo data uses exactly these names; a
company list being imported should use them in its ``segment`` column, and
``canvass check`` warns about a script that targets any other name (it would never
match a company). Compared case-insensitively. Plain Python: no Textual.
"""

from __future__ import annotations

SEGMENTS: tuple[str, ...] = (
    "byggeri",
    "industri",
    "handel",
    "transport og logistik",
    "sundhed og omsorg",
    "hotel og restauration",
)


def known_segment(name: str) -> bool:
    """True when ``name`` is one of :data:`SEGMENTS` (case and outer spaces ignored)."""
    return name.strip().casefold() in {segment.casefold() for segment in SEGMENTS}
