"""Objection search: Danish letters optional, all words must match, ranked like a person would."""

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


def test_the_bank_folds_like_the_company_search() -> None:
    # One folding for every search (canvass.domain.folding).
    assert fold("Møde") == fold("moede") == "moede"
    assert fold("Ågade") == fold("aagade")
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
    assert ids(index.search("ikke tid")) == ["ikke-tid"]  # "tid" only in an answer: cut
    assert ids(index.search("ikke")) == ["ikke-tid", "moedetid"]
    assert ids(index.search("vikar tid")) == []


def test_keywords_and_answers_are_searched_and_typos_tolerated() -> None:
    index = ObjectionIndex(BANK)
    assert ids(index.search("skuffet")) == ["daarlig-erfaring"]
    assert ids(index.search("kalenderen")) == ["moedetid"]
    assert ids(index.search("vikarburaeu")) == ["vikar"]
    assert ids(index.search("xyzzy")) == []


def test_short_tokens_only_match_word_starts() -> None:
    assert ids(ObjectionIndex(BANK).search("ur")) == []


def test_what_is_said_beats_the_phase() -> None:
    # "tid" is said in ikke-tid; in moedetid only an answer mentions it. The phase of
    # moedetid (afslutning) does not lift an answer match over what the customer says.
    index = ObjectionIndex(BANK)
    assert ids(index.search("tid", phase=Phase.AFSLUTNING)) == ["ikke-tid"]
    assert ids(index.search("tid", phase=Phase.AABNING)) == ["ikke-tid"]


def test_the_phase_orders_equal_hits() -> None:
    index = ObjectionIndex(
        [
            _objection("aabning", "Vi har travlt", "Tid", (Phase.AABNING,)),
            _objection("afslutning", "Vi har travlt", "Tid", (Phase.AFSLUTNING,)),
        ]
    )
    assert ids(index.search("travlt")) == ["aabning", "afslutning"]  # bank order
    assert ids(index.search("travlt", phase=Phase.AFSLUTNING)) == ["afslutning", "aabning"]


def test_browsing_lists_the_phase_first() -> None:
    everything = ObjectionIndex(BANK).search("", phase=Phase.INDVENDINGER)
    assert ids(everything) == ["daarlig-erfaring", "vikar", "ikke-tid", "moedetid"]
    assert [hit.in_phase for hit in everything] == [True, True, False, False]


def test_the_mark_is_shown_only_when_it_tells_hits_apart() -> None:
    index = ObjectionIndex(BANK)  # two of four objections list indvendinger
    browsing = index.search("", phase=Phase.INDVENDINGER)
    assert [hit.marked for hit in browsing] == [True, True, False, False]
    # Every hit in the phase: a mark on each would tell nothing.
    assert [hit.marked for hit in index.search("vikar", phase=Phase.INDVENDINGER)] == [False]
    # A phase most of the bank lists never marks.
    common = [*BANK, _objection("ekstra", "Vi har ingen penge", "Økonomi", (Phase.INDVENDINGER,))]
    assert not ObjectionIndex(common).phase_distinguishes(Phase.INDVENDINGER)
    assert not any(hit.marked for hit in ObjectionIndex(common).search("", Phase.INDVENDINGER))
    assert not ObjectionIndex(BANK).phase_distinguishes(None)


def test_browse_by_category() -> None:
    index = ObjectionIndex(BANK)
    assert index.categories() == ["Tid", "Tillid", "Kandidater"]
    assert ids(index.search("", category="Tid")) == ["ikke-tid", "moedetid"]


def test_a_finished_short_word_matches_only_that_word() -> None:
    index = ObjectionIndex(BANK)
    assert ids(index.search("da")) == ["daarlig-erfaring"]  # the start of "dårlige"
    assert ids(index.search("da ")) == []  # "da" typed as a word: no objection says it
    assert ids(index.search("da-")) == []
    assert len(index.search("vi ")) == 4


def test_browsing_again_lists_the_same_and_a_caller_cannot_change_it() -> None:
    """The browsed bank is kept per phase and category (the bank opens on it every time);
    each call returns its own list."""
    index = ObjectionIndex(BANK)
    first = index.search("", phase=Phase.INDVENDINGER)
    expected = [hit.objection.id for hit in first]
    first.clear()
    assert [h.objection.id for h in index.search("", phase=Phase.INDVENDINGER)] == expected
    assert index.search(" ", phase=Phase.AFSLUTNING)[0].objection.id == "moedetid"
    by_category = index.search("", phase=Phase.INDVENDINGER, category="Tid")
    assert [h.objection.id for h in by_category] == ["ikke-tid", "moedetid"]
    fresh = ObjectionIndex(BANK).search("tid", phase=Phase.AFSLUTNING)
    assert ids(index.search("tid", phase=Phase.AFSLUTNING)) == ids(fresh)


def browsed_ahead(index: ObjectionIndex) -> bool:
    """Whether browsing (an empty query) in every phase is answered without ranking."""

    def ranking(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("ranked while browsing")

    ranked = index._ranked
    index._ranked = ranking  # type: ignore[method-assign]
    try:
        for phase in Phase:
            index.search("", phase=phase)
    except AssertionError:
        return False
    finally:
        index._ranked = ranked  # type: ignore[method-assign]
    return True


def test_browsing_ranked_ahead_lists_what_browsing_lists() -> None:
    ahead, fresh = ObjectionIndex(BANK), ObjectionIndex(BANK)
    assert not browsed_ahead(ahead)
    ahead.browse_ahead(Phase)
    assert browsed_ahead(ahead)
    for phase in Phase:
        assert ahead.search("", phase=phase) == fresh.search("", phase=phase)
