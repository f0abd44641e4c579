"""The shipped scripts and objection bank, read as a senior consultant would check them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from canvass.content.models import CallScript, Objection
from canvass.content.validate import check_paths, load_library
from canvass.domain.offers import Technique
from canvass.domain.phases import Phase
from canvass.domain.segments import SEGMENTS
from canvass.store import demo_data

REPO = Path(__file__).resolve().parents[3]
LIBRARY = load_library(REPO / "scripts", REPO / "objections")
SCRIPTS: list[CallScript] = list(LIBRARY.scripts.values())
OBJECTIONS: list[Objection] = list(LIBRARY.objections.values())

_WHEN = r"mandag|tirsdag|onsdag|torsdag|fredag|næste uge|formiddag|eftermiddag|starten|slutningen"
#: A proposal of when to meet or call: a question offering a choice ("... eller ...") with a
#: day or a part of a day on both sides.
_PROPOSAL = re.compile(rf"\b({_WHEN})\b.*\beller\b.*\b({_WHEN}|kl)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\bkl\u00a0\d{1,2}\b")


def _questions(text: str) -> list[str]:
    """The questions in ``text`` (each up to its ``?``); "kl. 10" does not end a sentence."""
    return re.findall(r"[^.?!]*\?", text.replace("kl. ", "kl\u00a0"))


def _texts_of_script(script: CallScript, phase: Phase) -> list[str]:
    lines = script.phase(phase).lines
    return [text for line in lines for text in (line.say, *line.alternatives)]


def test_shipped_content_is_clean_without_warnings() -> None:
    report = check_paths([REPO / "scripts", REPO / "objections"])
    assert report.problems == [] and report.warnings == []
    assert LIBRARY.problems == [] and LIBRARY.trades is not None


def test_segments_of_scripts_are_the_ones_companies_have() -> None:
    demo_segments = {trade.segment for trade in demo_data.TRADES}
    assert demo_segments == set(SEGMENTS)
    for script in SCRIPTS:
        assert set(script.target.segments) <= demo_segments, script.id


def test_the_demo_uses_every_script() -> None:
    assert set(demo_data.SCRIPT_IDS) == set(LIBRARY.scripts)


@pytest.mark.parametrize(
    "answer",
    [
        a
        for o in OBJECTIONS
        for a in o.answers
        if a.technique is Technique.ANERKEND_AFKLAR_ARGUMENTER
    ],
    ids=lambda a: a.id,
)
def test_every_aaa_answer_clarifies_before_it_argues(answer: object) -> None:
    text = answer.text  # type: ignore[attr-defined]
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    assert "?" in text, "asks no clarifying question"
    question_at = next(i for i, s in enumerate(sentences) if s.endswith("?"))
    assert question_at <= 2, "the question comes after the argument"
    assert not sentences[1].startswith("Men "), "pivots on 'Men' right after acknowledging"


def _proposals(texts: list[str]) -> list[str]:
    return [q for text in texts for q in _questions(text) if _PROPOSAL.search(q)]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.id)
def test_every_close_proposes_two_concrete_times(script: CallScript) -> None:
    proposals = _proposals(_texts_of_script(script, Phase.AFSLUTNING))
    assert proposals, "the close proposes no time"
    for proposal in proposals:
        assert len(_CLOCK.findall(proposal)) >= 2, proposal


def test_no_answer_or_line_proposes_fewer_than_two_concrete_times() -> None:
    texts = [t for o in OBJECTIONS for a in o.answers for t in (a.text, a.follow_up or "")]
    texts += [t for s in SCRIPTS for p in Phase for t in _texts_of_script(s, p)]
    vague = [p for p in _proposals(texts) if len(_CLOCK.findall(p)) < 2]
    assert vague == []


def test_the_close_repeats_the_agreement_with_the_meeting_fields() -> None:
    for script in SCRIPTS:
        close = " ".join(_texts_of_script(script, Phase.AFSLUTNING))
        if "{moede_" not in close:
            assert script.id == "den-gode-jobordre", script.id  # ends with a call back
            continue
        for field in ("{moede_ugedag}", "{moede_dato}", "{moede_tid}", "{moede_sted}"):
            assert field in close, (script.id, field)


def test_fag_replaces_the_official_label_in_what_is_said() -> None:
    said = [t for s in SCRIPTS for p in Phase for t in _texts_of_script(s, p)]
    said += [a.text for o in OBJECTIONS for a in o.answers]
    assert not [t for t in said if "{branche}" in t]


def test_the_fleksjob_script_states_the_rules_since_2013() -> None:
    fleksjob = " ".join(t for p in Phase for t in _texts_of_script(LIBRARY.scripts["fleksjob"], p))
    assert "satser" not in fleksjob
    assert "fleksløntilskud direkte til medarbejderen" in fleksjob
    assert "ingen arbejdsgiverperiode" in fleksjob


def test_praktik_and_loentilskud_state_the_limits() -> None:
    script = LIBRARY.scripts["praktik-loentilskud"]
    said = " ".join(t for p in Phase for t in _texts_of_script(script, p))
    assert "per p-nummer" in said.lower() and "ud over de 50" in said and "altid mindst én" in said
    assert "ekstra stilling" in said and "tillidsrepræsentant" in said
    assert "slippe for" not in said + " ".join(script.phase(Phase.ANALYSE).questions)
    assert "tager os af papirarbejdet" not in said


def test_no_answer_promises_to_take_all_the_paperwork() -> None:
    answers = " ".join(a.text for o in OBJECTIONS for a in o.answers)
    assert "tager os af papirarbejdet" not in answers
    assert "Papirarbejdet tager vi os af" not in answers


def test_discriminatory_requirements_are_declined_with_the_law() -> None:
    for objection_id in ("krav-alder", "krav-oprindelse"):
        answers = LIBRARY.objections[objection_id].answers
        assert any("forskelsbehandlingsloven" in a.text for a in answers), objection_id
        assert all(a.source for a in answers), objection_id


def test_do_not_call_tells_the_consultant_which_outcome_to_choose() -> None:
    answers = LIBRARY.objections["ring-ikke-igen"].answers
    assert all("Frabedt sig opkald" in (a.text + (a.follow_up or "")) for a in answers)


def test_a_mentor_answer_for_no_time_to_train() -> None:
    answers = LIBRARY.objections["travlt-til-oplaering"].answers
    assert any("mentor" in a.text and a.source for a in answers)


def test_objections_a_normal_week_needs_are_there() -> None:
    wanted = {
        "ansaettelsesstop", "alle-ringer", "hvor-har-du-nummeret", "reklamebeskyttet",
        "ring-ikke-igen", "slaar-selv-op", "grund-til-ledige", "straffeattest",
        "udenlandsk-arbejdskraft", "tr-vil-ikke-loentilskud", "allerede-en-i-praktik",
        "fleksjobbere-syge", "stoppet-eller-barsel", "kun-elever", "krav-alder",
        "krav-oprindelse",
    }  # fmt: skip
    assert wanted <= set(LIBRARY.objections)
    for objection_id in wanted:
        objection = LIBRARY.objections[objection_id]
        assert 2 <= len(objection.answers) <= 3 and len(objection.keywords) >= 5, objection_id


def test_the_accept_questions_are_varied() -> None:
    checks = [q for s in SCRIPTS for p in Phase for q in s.phase(p).accept_checks]
    checks += [a.follow_up or "" for o in OBJECTIONS for a in o.answers]
    assert sum("Vil det være en løsning for jer" in q for q in checks) <= 3
