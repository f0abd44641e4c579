"""Objection search: Danish letters optional, all words must match, phase first."""

from canvass.content.models import Answer, Objection
from canvass.content.search import ObjectionIndex, fold
from canvass.domain.offers import Technique
from canvass.domain.phases import Phase


def _objection(oid: str, says: str, category: str, phases: tuple[Phase, ...], **kw) -> Objection:
    answer = Answer(
        id=f"{oid}-a", technique=Technique.AFKLAR, text=kw.pop("answer", "Det forstår jeg.")
    )
    return Objection(id=oid, says=says, category=category, phases=phases, answers=(answer,), **kw)


BANK = [
    _objection("ikke-tid", "Vi har ikke tid lige nu", "Tid", (Phase.AABNING,)),
    _objection(
        "daarlig-erfaring",
        "Vi har dårlige erfaringer med jer",
        "Tillid",
        (Phase.INDVENDINGER,),
        keywords=("skuffet", "erfaring"),
    ),
    _objection(
        "moedetid",
        "Vi holder ikke møder før nytår",
        "Tid",
        (Phase.AFSLUTNING,),
        answer="Skal vi så sætte en tid i kalenderen til januar?",
    ),
    _objection(
        "vikar",
        "Vi bruger et vikarbureau",
        "Kandidater",
        (Phase.INDVENDINGER,),
        keywords=("vikar", "bureau"),
    ),
]


def ids(hits) -> list[str]:
    return [hit.objection.id for hit in hits]


def test_fold_makes_danish_letters_and_ascii_spellings_equal() -> None:
    assert fold("Møde") == fold("moede") == fold("mode")
    assert fold("Ågade") == fold("aagade") == fold("agade")
    assert fold("Lærling") == fold("laerling")
    assert fold("café") == "cafe"


def test_oe_and_o_find_oe_letter() -> None:
    index = ObjectionIndex(BANK)
    assert ids(index.search("moeder")) == ["moedetid"]
    assert ids(index.search("moder")) == ["moedetid"]


def test_aa_finds_aa_letter() -> None:
    assert ids(ObjectionIndex(BANK).search("daarlig")) == ["daarlig-erfaring"]


def test_every_word_must_match_somewhere() -> None:
    index = ObjectionIndex(BANK)
    assert ids(index.search("ikke tid")) == ["ikke-tid", "moedetid"]
    assert ids(index.search("vikar tid")) == []


def test_keywords_and_answers_are_searched_and_typos_tolerated() -> None:
    index = ObjectionIndex(BANK)
    assert ids(index.search("skuffet")) == ["daarlig-erfaring"]
    assert ids(index.search("kalenderen")) == ["moedetid"]
    assert ids(index.search("vikarburaeu")) == ["vikar"]
    assert ids(index.search("xyzzy")) == []


def test_short_tokens_only_match_word_starts() -> None:
    assert ids(ObjectionIndex(BANK).search("ur")) == []


def test_current_phase_ranks_first() -> None:
    index = ObjectionIndex(BANK)
    assert ids(index.search("tid", phase=Phase.AFSLUTNING))[0] == "moedetid"
    assert ids(index.search("tid", phase=Phase.AABNING))[0] == "ikke-tid"
    everything = index.search("", phase=Phase.INDVENDINGER)
    assert ids(everything)[:2] == ["daarlig-erfaring", "vikar"]
    assert all(hit.in_phase for hit in everything[:2])


def test_browse_by_category() -> None:
    index = ObjectionIndex(BANK)
    assert index.categories() == ["Tid", "Tillid", "Kandidater"]
    assert ids(index.search("", category="Tid")) == ["ikke-tid", "moedetid"]
