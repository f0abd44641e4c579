"""Document rules: phases, BALA, merge fields and the file name, each at its exact position."""

from __future__ import annotations

from canvass.content.validate import check_paths
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import OBJECTIONS, SCRIPT, where

_SWAPPED = """\
id: demo
title: Demo
version: 1
phases:
  analyse:
    bala: [behov, accept_behov]
  aabning: {}
  indvendinger: {}
  loesning:
    bala: [loesning, accept_loesning]
  afslutning: {}
"""


def test_phase_out_of_order_at_its_key(write: Write) -> None:
    problems = check_paths([write("demo.yaml", _SWAPPED)]).problems
    assert where(problems) == [("phase-order", 7, 3)]
    assert "aabning → analyse → indvendinger → loesning → afslutning" in problems[0].message


def test_missing_phase_at_phases_key(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("  afslutning: {}\n", ""))
    problems = check_paths([path]).problems
    assert where(problems) == [("phase-missing", 4, 1)]
    assert "'afslutning'" in problems[0].message


def test_bala_out_of_order_at_the_step(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("[behov, accept_behov]", "[accept_behov, behov]"))
    problems = check_paths([path]).problems
    assert where(problems) == [("bala-order", 9, 26)]
    assert "'behov'" in problems[0].message


def test_bala_across_phases_out_of_order(write: Write) -> None:
    text = SCRIPT.replace("[behov, accept_behov]", "[behov, loesning]")
    text = text.replace("[loesning, accept_loesning]", "[accept_behov, accept_loesning]")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("bala-order", 12, 12)]


def test_bala_step_twice_names_the_first_line(write: Write) -> None:
    text = SCRIPT.replace("[loesning, accept_loesning]", "[behov, loesning, accept_loesning]")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("bala-duplicate", 12, 12)]
    assert "linje 9" in problems[0].message


def test_bala_step_missing_at_phases_key(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("[loesning, accept_loesning]", "[loesning]"))
    problems = check_paths([path]).problems
    assert where(problems) == [("bala-missing", 4, 1)]
    assert "'accept_loesning'" in problems[0].message


def test_no_bala_at_all_uses_the_defaults(write: Write) -> None:
    text = "\n".join(line for line in SCRIPT.splitlines() if "bala" not in line) + "\n"
    text = text.replace("  analyse:\n", "  analyse: {}\n").replace(
        "  loesning:\n", "  loesning: {}\n"
    )
    assert check_paths([write("demo.yaml", text)]).problems == []


def test_unknown_merge_field_in_plain_scalar_at_its_brace(write: Write) -> None:
    path = write("demo.yaml", SCRIPT.replace("{organisation}", "{organistion}"))
    problems = check_paths([path]).problems
    # Line 7 is "      - Goddag, det er {konsulent} fra {organistion}.": the second "{" is
    # character 40.
    assert where(problems) == [("unknown-merge-field", 7, 40)]
    assert problems[0].message == "Ukendt flettefelt 'organistion'. Mente du 'organisation'?"


def test_unknown_merge_field_in_quoted_scalars_counts_the_quote(write: Write) -> None:
    text = SCRIPT.replace("title: Demo", "title: \"Til {firma}\"\ndescription: 'Om {firma}'")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("unknown-merge-field", 2, 13), ("unknown-merge-field", 3, 18)]


def test_unknown_merge_field_after_an_escape_in_double_quotes(write: Write) -> None:
    text = SCRIPT.replace("title: Demo", 'title: "a\\tb {firma}"')
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("unknown-merge-field", 2, 14)]


def test_unknown_merge_field_in_block_scalar(write: Write) -> None:
    text = SCRIPT.replace(
        "title: Demo", "title: Demo\ndescription: |\n  Første linje\n  hos {virksomhedd}."
    )
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("unknown-merge-field", 5, 7)]
    assert problems[0].message.endswith("Mente du 'virksomhed'?")


def test_several_unknown_fields_in_one_line(write: Write) -> None:
    text = SCRIPT.replace("title: Demo", "title: '{a} og {virksomhed} og {b}'")
    problems = check_paths([write("demo.yaml", text)]).problems
    assert where(problems) == [("unknown-merge-field", 2, 9), ("unknown-merge-field", 2, 32)]


def test_unknown_merge_field_in_objection_answer(write: Write) -> None:
    text = OBJECTIONS.replace("{kontaktperson_fornavn}", "{fornavn}")
    problems = check_paths([write("tid.yaml", text)]).problems
    # Line 8 is "        text: Hvornår passer det bedre, {fornavn}?": "{" is character 41.
    assert where(problems) == [("unknown-merge-field", 8, 41)]


def test_script_file_name_must_equal_id(write: Write) -> None:
    problems = check_paths([write("andet-navn.yaml", SCRIPT)]).problems
    assert where(problems) == [("file-name", 1, 5)]
    assert "'andet-navn'" in problems[0].message and "'demo'" in problems[0].message
