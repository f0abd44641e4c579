"""How a call ended. Labels live in the catalogue as ``outcome.<value>``."""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """The outcome of one call; the value is stored in the database."""

    # Reached someone at the company.
    MEETING = "meeting"
    CALLBACK = "callback"
    JOB_ORDER = "job_order"
    SEND_MATERIAL = "send_material"
    NOT_INTERESTED = "not_interested"
    WRONG_PERSON = "wrong_person"
    DECLINED = "declined"  # frabedt sig opkald: the company is marked do-not-call
    # Did not reach anyone.
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    BUSY = "busy"

    @property
    def reached(self) -> bool:
        """True when the consultant spoke to someone at the company."""
        return self not in _NOT_REACHED

    @property
    def label_key(self) -> str:
        """The catalogue key of the label, for ``t()``."""
        return f"outcome.{self.value}"


_NOT_REACHED = frozenset({Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.WRONG_NUMBER, Outcome.BUSY})
