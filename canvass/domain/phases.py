"""The five phases of the telephone contact and the BALA model (seed 003, module 2).

Phases are fixed and ordered: åbning → analyse → svar på indvendinger →
forslag til løsninger → afslutning. BALA (Behov – Accept – Løsning – Accept)
runs across them; a call that never reaches the second Accept did not close.
"""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    """One phase of the phone contact; the value is the id used in YAML and the database."""

    AABNING = "aabning"
    ANALYSE = "analyse"
    INDVENDINGER = "indvendinger"
    LOESNING = "loesning"
    AFSLUTNING = "afslutning"

    @property
    def number(self) -> int:
        """1-based position, as shown on the stepper and bound to the digit keys."""
        return PHASE_ORDER.index(self) + 1


PHASE_ORDER: tuple[Phase, ...] = (
    Phase.AABNING,
    Phase.ANALYSE,
    Phase.INDVENDINGER,
    Phase.LOESNING,
    Phase.AFSLUTNING,
)


class BalaStep(StrEnum):
    """The four BALA steps, in order."""

    BEHOV = "behov"
    ACCEPT_BEHOV = "accept_behov"
    LOESNING = "loesning"
    ACCEPT_LOESNING = "accept_loesning"

    @property
    def letter(self) -> str:
        """The letter shown on the tracker: B, A, L, A."""
        return {"behov": "B", "accept_behov": "A", "loesning": "L", "accept_loesning": "A"}[
            self.value
        ]


BALA_ORDER: tuple[BalaStep, ...] = (
    BalaStep.BEHOV,
    BalaStep.ACCEPT_BEHOV,
    BalaStep.LOESNING,
    BalaStep.ACCEPT_LOESNING,
)

#: Where each BALA step belongs when a script does not say otherwise.
DEFAULT_BALA_PHASE: dict[BalaStep, Phase] = {
    BalaStep.BEHOV: Phase.ANALYSE,
    BalaStep.ACCEPT_BEHOV: Phase.ANALYSE,
    BalaStep.LOESNING: Phase.LOESNING,
    BalaStep.ACCEPT_LOESNING: Phase.LOESNING,
}
