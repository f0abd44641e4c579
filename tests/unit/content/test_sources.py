"""``source:`` on lines and answers, and the warning for a rule stated without one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvass.cli import cli
from canvass.content.problems import Severity
from canvass.content.sources import states_rule
from canvass.content.validate import check_paths, load_library
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import OBJECTIONS, SCRIPT, where

_RULE_LINE = "      - I betaler ingen løn i en praktik på op til fire uger.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Løntilskud hos private virksomheder er op til seks måneder.",
        "I får refusion fra første fraværsdag.",
        "Højst 1 for hver 5 ansatte.",
        "72 procent var tilfredse.",
        "Efter § 56 kan I blive fritaget.",
        "Rimelighedskravet gælder per P-nummer.",
        "Ved et fleksjob betaler I kun for de timer, der bliver arbejdet.",
    ],
)
def test_rules_and_figures_are_recognised(text: str) -> None:
    assert states_rule(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passer det bedst tirsdag kl. 10 eller torsdag kl. 13.30?",
        "Så ses vi mandag den 14. hos jer.",
        "Hvad fylder mest hos jer lige nu?",
        "Har du et par minutter?",
        "Skal jeg ringe efter to uger eller om tre måneder?",
        "Hvad kan en ny lave i de første uger?",
    ],
)
def test_appointments_and_plain_talk_are_not_rules(text: str) -> None:
    assert not states_rule(text)


def test_a_rule_line_without_source_warns_at_the_line(write: Write) -> None:
    text = SCRIPT.replace("      - Goddag, det er {konsulent} fra {organisation}.\n", _RULE_LINE)
    report = check_paths([write("demo.yaml", text)])
    assert report.ok and report.problems == []
    assert where(report.warnings) == [("source-missing", 7, 9)]
    assert report.warnings[0].severity is Severity.WARNING
    assert ": advarsel: " in str(report.warnings[0])


def test_a_source_silences_the_warning_and_loads(write: Write) -> None:
    sourced = (
        "      - say: I betaler ingen løn i en praktik på op til fire uger.\n"
        "        source: LAB-loven, reglerne om virksomhedspraktik\n"
    )
    text = SCRIPT.replace("      - Goddag, det er {konsulent} fra {organisation}.\n", sourced)
    path = write("scripts/demo.yaml", text)
    report = check_paths([path])
    assert report.ok and report.warnings == []
    library = load_library(path.parent, path.parent / "none")
    line = library.scripts["demo"].phases["aabning"].lines[0]  # type: ignore[index]
    assert line.source == "LAB-loven, reglerne om virksomhedspraktik"


def test_an_alternative_that_states_a_rule_needs_the_line_source(write: Write) -> None:
    line = "      - say: Goddag.\n        alternatives: [Løntilskud er op til seks måneder.]\n"
    text = SCRIPT.replace("      - Goddag, det er {konsulent} fra {organisation}.\n", line)
    assert where(check_paths([write("demo.yaml", text)]).warnings) == [("source-missing", 7, 9)]


def test_an_answer_without_source_warns_and_still_loads(write: Write) -> None:
    text = OBJECTIONS.replace(
        "text: Hvornår passer det bedre, {kontaktperson_fornavn}?",
        "text: Løntilskud er op til seks måneder.",
    )
    path = write("objections/tid.yaml", text)
    report = check_paths([path])
    assert report.ok and where(report.warnings) == [("source-missing", 6, 9)]
    library = load_library(path.parent / "none", path.parent)
    assert "ingen-tid" in library.objections and len(library.warnings) == 1
    sourced = text.replace("technique: afklar", "technique: afklar\n        source: LAB-loven")
    assert check_paths([write("objections/tid.yaml", sourced)]).warnings == []


def test_check_prints_warnings_but_exits_0(write: Write) -> None:
    text = SCRIPT.replace("      - Goddag, det er {konsulent} fra {organisation}.\n", _RULE_LINE)
    path: Path = write("demo.yaml", text)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:7:9: advarsel:" in result.output
    assert "1 advarsel (kontrollen er stadig bestået)" in result.output


@pytest.mark.parametrize(
    "text",
    [
        "Vi betaler KUN for de timer, der er aftalt.",
        "REFUSION fra første fraværsdag",
        "Op Til Fire Uger i praktik",
        "SENEST TRE MÅNEDER efter start",
        "Det siger LOVEN ikke noget om.",
        "Lovkravet er klart",  # "lovkrav" inside a longer word
        "Vi har ingen løn at give",
        "Tilſkud",  # a long s: re's case folding matches it with "s", lower() does not
        "LOVEN gælder i Türkiye og i İzmir",  # İ lower-cases to two characters
        "Vi har travlt – ring igen efter nytår …",
        "Ingen regler her, kun «snak»",
        "Ring kl. 10 eller den 14. – eller 14/12",  # appointments only: no figure
        "Det koster 500 kr. om måneden",
        "Prisen er kr. 200",
        "Skærmkr. er ikke kroner",  # "kr." inside a word is no figure
        "Vi betaler i kun for de første uger",
        "Mindst fire dage om ugen",
        "Ingen tal, ingen regler, bare en snak om jeres behov",
        "50% af lønnen, jf. § 51",
    ],
)
def test_the_fast_search_finds_what_the_case_insensitive_patterns_find(text: str) -> None:
    """states_rule searches lower-cased text for speed; the answer must not change."""
    from canvass.content import sources

    rest = sources._NOT_FIGURES.sub(" ", text)
    expected = bool(
        sources._FIGURE.search(rest) or sources._WORDS.search(rest) or sources._PERIOD.search(rest)
    )
    assert states_rule(text) is expected
