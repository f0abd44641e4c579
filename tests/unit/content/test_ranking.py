"""The shipped objection bank ranks the way a consultant would: a table of real queries.

Each query is what a consultant types while the customer talks; the expected first hit
is the objection a person would pick. Broad queries must give a short list.
"""

from pathlib import Path

import pytest

from canvass.content.search import MAX_HITS, ObjectionIndex
from canvass.content.validate import load_library
from canvass.domain.phases import Phase

REPO = Path(__file__).resolve().parents[3]
LIBRARY = load_library(REPO / "scripts", REPO / "objections")
INDEX = ObjectionIndex(LIBRARY.objections.values())


def first(query: str, phase: Phase = Phase.INDVENDINGER) -> str:
    hits = INDEX.search(query, phase=phase)
    return hits[0].objection.says if hits else "(ingen)"


def says(query: str, phase: Phase = Phase.INDVENDINGER) -> list[str]:
    return [hit.objection.says for hit in INDEX.search(query, phase=phase)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tid", "Jeg har ikke tid lige nu"),
        ("ikke tid", "Jeg har ikke tid lige nu"),
        ("har ikke tid", "Jeg har ikke tid lige nu"),
        ("råd", "Vi har ikke råd til at ansætte nogen"),
        ("raad", "Vi har ikke råd til at ansætte nogen"),
        ("mail", "Send mig en mail"),
        ("send", "Send mig en mail"),
        ("vikar", "Vi bruger et vikarbureau"),
        ("vikarer", "Vi bruger et vikarbureau"),
        ("løntilskud", "Tillidsrepræsentanten vil ikke have løntilskud"),
        ("loentilskud", "Tillidsrepræsentanten vil ikke have løntilskud"),
        ("praktik", "Vi har allerede én i praktik"),
        ("prøvet praktik", "Vi har prøvet praktik, det virkede ikke"),
        ("tilskud besvær", "Det tilskud er ikke besværet værd"),
        ("for små", "Vi er for små til den slags"),
        ("a-kassen", "I ringer alle sammen – kommunen og a-kassen har ringet tre gange"),
        ("ikke brug for", "Vi har ikke brug for nogen lige nu"),
        ("ring senere", "Kan du ikke ringe igen senere?"),
        ("ring tilbage", "Jeg skal nok bede ham ringe tilbage"),
        ("chef", "Det skal jeg lige tale med min chef om"),
        ("chefen", "Det skal jeg lige tale med min chef om"),
        ("travlt", "Jeg har ikke tid lige nu"),
        ("dårlige erfaringer", "Vi har haft dårlige erfaringer med {organisation}"),
        ("daarlig erfaring", "Vi har haft dårlige erfaringer med {organisation}"),
        ("kvalificerede", "Vi skal bruge faglærte, og dem har I ikke"),
        ("faglaerte", "Vi skal bruge faglærte, og dem har I ikke"),
        ("sprog", "Kandidaterne kan ikke dansk"),
        ("papirarbejde", "Det er alt for meget papirarbejde"),
        ("betaler", "Hvad koster det?"),
        ("hvad koster det", "Hvad koster det?"),
        ("vi har selv", "Vi slår selv op på Jobindex og LinkedIn"),
        ("jobindex", "Vi slår selv op på Jobindex og LinkedIn"),
        ("sommerferie", "Ring igen efter sommerferien"),
        ("skaanehensyn", "Vi tager ikke folk med skånehensyn"),
        ("afskedige", "Vi overvejer at afskedige ham"),
        ("saelger", "Vi tager ikke imod sælgeropkald"),
        ("moede", "Han sidder i møde"),
        ("gider ikke", "De ledige gider jo ikke arbejde"),
        ("nej tak", "Det er vi ikke interesserede i"),
        ("ikke interesseret", "Det er vi ikke interesserede i"),
        ("netvaerk", "Vi finder folk gennem vores eget netværk"),
        ("hr", "Det klarer vores HR-afdeling selv"),
        ("vikarburaeu", "Vi bruger et vikarbureau"),  # a typo
    ],
)
def test_first_hit(query: str, expected: str) -> None:
    assert first(query) == expected


@pytest.mark.parametrize("phase", list(Phase))
def test_the_phase_only_reorders_near_equal_hits(phase: Phase) -> None:
    # In analyse, "Vi har ikke tid til at sætte en ny ind" (an analyse objection) may
    # come before "Jeg har ikke tid lige nu"; an objection that does not say "tid" never.
    assert set(says("tid", phase)[:2]) <= set(says("tid")[:2])
    assert first("raad", phase) == "Vi har ikke råd til at ansætte nogen"
    assert first("mail", phase) == "Send mig en mail"


def test_tid_lists_the_few_objections_about_time() -> None:
    assert says("tid") == [
        "Jeg har ikke tid lige nu",
        "Vi har ikke tid til at sætte en ny ind i arbejdet",
        "Det tager alt for lang tid, før der sker noget hos jer",
        "Vi gider ikke have jer rendende hele tiden",
    ]


@pytest.mark.parametrize(
    ("query", "at_most"),
    [
        ("raad", 1),
        ("mail", 1),
        ("løntilskud", 3),
        ("ring senere", 2),
        ("dårlige erfaringer", 1),
        ("papirarbejde", 1),
        ("vi har ikke", 8),
        ("ikke", 25),
        ("i", 32),
        ("t", 20),
    ],
)
def test_broad_queries_give_short_lists(query: str, at_most: int) -> None:
    assert 1 <= len(says(query)) <= min(at_most, MAX_HITS)


def test_vi_har_ikke_lists_what_is_said_so() -> None:
    assert all(text.startswith("Vi har ikke") for text in says("vi har ikke")[:4])


def test_unknown_words_find_nothing() -> None:
    assert says("xyzzy") == []
    assert says("tid xyzzy") == []


def test_no_marks_in_phase_3_where_nearly_every_objection_belongs() -> None:
    assert not INDEX.phase_distinguishes(Phase.INDVENDINGER)
    assert not any(hit.marked for hit in INDEX.search("", phase=Phase.INDVENDINGER))
    assert not any(hit.marked for hit in INDEX.search("tid", phase=Phase.INDVENDINGER))


def test_marks_in_aabning_only_on_its_objections_and_only_when_they_differ() -> None:
    hits = INDEX.search("tid", phase=Phase.AABNING)
    assert [hit.marked for hit in hits] == [hit.in_phase for hit in hits]
    assert any(hit.marked for hit in hits) and not all(hit.marked for hit in hits)
    aabning = INDEX.search("", phase=Phase.AABNING)
    assert all(hit.marked == (Phase.AABNING in hit.objection.phases) for hit in aabning)
    assert [hit.in_phase for hit in aabning] == sorted(
        (hit.in_phase for hit in aabning), reverse=True
    )
