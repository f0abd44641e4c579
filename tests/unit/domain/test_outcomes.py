"""Call outcomes: reached or not, and labels in the catalogue."""

from canvass.domain.outcomes import Outcome
from canvass.i18n import CATALOGUE


def test_reached_split() -> None:
    not_reached = {o for o in Outcome if not o.reached}
    assert not_reached == {
        Outcome.NO_ANSWER,
        Outcome.VOICEMAIL,
        Outcome.WRONG_NUMBER,
        Outcome.BUSY,
    }
    assert Outcome.MEETING.reached and Outcome.WRONG_PERSON.reached


def test_every_outcome_has_a_label() -> None:
    for outcome in Outcome:
        assert outcome.label_key in CATALOGUE
    assert CATALOGUE["outcome.meeting"]["da"] == "Møde booket"
