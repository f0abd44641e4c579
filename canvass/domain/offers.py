"""The offers a consultant can propose to a company, and the objection-answer techniques."""

from __future__ import annotations

from enum import StrEnum


class Offer(StrEnum):
    """What the employment service offers companies (DOMAIN.md, 'Offers to companies')."""

    REKRUTTERING = "rekruttering"
    VIRKSOMHEDSPRAKTIK = "virksomhedspraktik"
    LOENTILSKUD = "loentilskud"
    FLEKSJOB = "fleksjob"
    VOKSENLAERLING = "voksenlaerling"
    FASTHOLDELSE = "fastholdelse"


class Technique(StrEnum):
    """How an objection answer works (DOMAIN.md, 'Objections and answers')."""

    ANERKEND_AFKLAR_ARGUMENTER = "anerkend-afklar-argumenter"
    FEEL_FELT_FOUND = "feel-felt-found"
    AFKLAR = "afklar"
    KONKRETISER = "konkretiser"
    FAKTA = "fakta"
    OMFORMULER = "omformuler"
