"""Pydantic errors become short messages at the exact line and column of the cause."""

from __future__ import annotations

from canvass import i18n
from canvass.content.validate import check_paths
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import OBJECTIONS, SCRIPT, where


def test_valid_script_and_objections_have_no_problems(write: Write) -> None:
    report = check_paths([write("demo.yaml", SCRIPT), write("bank/tid.yaml", OBJECTIONS)])
    assert report.problems == []
    assert report.ok and report.files_checked == 2


def test_unknown_key_at_the_key_with_did_you_mean(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("title: Demo", "titel: Demo"))
    problems = check_paths([path]).problems
    assert where(problems) == [("missing", 1, 1), ("unknown-key", 2, 1)]
    assert problems[1].message == "Ukendt nøgle 'titel'. Mente du 'title'?"
    assert problems[0].message == "Nøglen 'title' mangler."


def test_unknown_key_in_a_nested_mapping_suggests_from_that_model(write: Write) -> None:
    text = SCRIPT.replace("  indvendinger: {}", "  indvendinger:\n    tip: Lyt.")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("unknown-key", 11, 5)]
    assert problems[0].message.endswith("Mente du 'tips'?")


def test_unknown_key_far_from_any_valid_one_has_no_suggestion(write: Write) -> None:
    path = write("demo.yaml", SCRIPT + "zzz: 1\n")
    problems = check_paths([path]).problems
    assert where(problems) == [("unknown-key", 14, 1)]
    assert "Mente du" not in problems[0].message


def test_wrong_type_at_the_value(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("version: 1", "version: '1'"))
    problems = check_paths([path]).problems
    assert where(problems) == [("wrong-type", 3, 10)]
    assert problems[0].message == "Forventede et helt tal, men fandt tekst."


def test_text_expected_but_list_found(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("title: Demo", "title: [a, b]"))
    problems = check_paths([path]).problems
    assert where(problems) == [("wrong-type", 2, 8)]
    assert "Forventede tekst" in problems[0].message


def test_missing_field_at_the_parent_mapping(write: Write) -> None:
    text = OBJECTIONS.replace("    says: Vi har ikke tid.\n", "")
    problems = check_paths([write("tid.yaml", text)]).problems
    assert where(problems) == [("missing", 2, 5)]
    assert "'says'" in problems[0].message


def test_invalid_enum_lists_allowed_values_and_suggests(write: Write) -> None:
    text = OBJECTIONS.replace("technique: afklar", "technique: afklaring")
    problems = check_paths([write("tid.yaml", text)]).problems
    assert where(problems) == [("enum", 7, 20)]
    assert "feel-felt-found" in problems[0].message
    assert problems[0].message.endswith("Mente du 'afklar'?")


def test_unknown_phase_name_at_the_key_and_phase_missing(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("  aabning:", "  aabnig:"))
    problems = check_paths([path]).problems
    assert where(problems) == [("phase-missing", 4, 1), ("enum", 5, 3)]
    assert problems[1].message.endswith("Mente du 'aabning'?")


def test_id_pattern_is_explained(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("id: demo", "id: Demo Script"))
    problems = [p for p in check_paths([path]).problems if p.code == "pattern"]
    assert where(problems) == [("pattern", 1, 5)]
    assert "små bogstaver" in problems[0].message


def test_empty_text_and_empty_list(write: Write) -> None:
    text = OBJECTIONS.replace("says: Vi har ikke tid.", "says: '  '")
    text = text.replace("    answers:\n", "    answers: []\n").split("      - id")[0]
    problems = check_paths([write("tid.yaml", text)]).problems
    assert where(problems) == [("empty-text", 3, 11), ("too-few", 5, 14)]


def test_line_given_as_mapping_with_a_typo(write: Write) -> None:
    text = SCRIPT.replace("      - Goddag", "      - sai: Goddag")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("missing", 7, 9), ("unknown-key", 7, 9)]
    assert problems[1].message.endswith("Mente du 'say'?")


def test_phase_with_no_content_needs_a_mapping(write: Write) -> None:
    problems = check_paths([write("demo.yaml", SCRIPT.replace("afslutning: {}", "afslutning:"))])
    assert where(problems.problems) == [("wrong-type", 13, 14)]
    assert "fandt ingenting" in problems.problems[0].message


def test_messages_in_english(write: Write) -> None:
    i18n.set_language("en")
    path = write("demo.yaml", SCRIPT.replace("title: Demo", "titel: Demo"))
    messages = [p.message for p in check_paths([path]).problems]
    assert messages == ["The key 'title' is missing.", "Unknown key 'titel'. Did you mean 'title'?"]


def test_alias_stand_in_gives_no_second_problem(write: Write) -> None:
    text = SCRIPT.replace("title: Demo", "title: &t Demo").replace(
        "  afslutning: {}", "  afslutning:\n    goal: *t"
    )
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("anchor", 2, 8), ("alias", 14, 11)]
