"""A/B variants: the YAML of a line or an answer with variants, its checks at exact
positions, and the spread of variants over companies (stable, even, not ``hash()``)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from canvass.content.validate import check_paths, load_library
from canvass.domain.phases import Phase
from canvass.domain.variants import choose_variant, parse_variant_detail, variant_detail

from .helpers import OBJECTIONS, SCRIPT, where

VARIANT_LINE = """\
      - id: hilsen
        variants:
          a: Goddag, det er {konsulent} fra {organisation}.
          b: Hej, det er {konsulent} – har du to minutter?
"""
VARIANT_SCRIPT = SCRIPT.replace(
    "      - Goddag, det er {konsulent} fra {organisation}.\n", VARIANT_LINE
)

VARIANT_ANSWER = OBJECTIONS.replace(
    "        text: Hvornår passer det bedre, {kontaktperson_fornavn}?\n",
    "        variants:\n"
    "          kort: Hvornår passer det bedre?\n"
    "          lang: Hvornår passer det bedre, {kontaktperson_fornavn}? Jeg ringer gerne igen.\n",
)


def _files(tmp_path: Path, script: str, objections: str = OBJECTIONS) -> tuple[Path, Path]:
    scripts, bank = tmp_path / "scripts", tmp_path / "objections"
    scripts.mkdir(exist_ok=True)
    bank.mkdir(exist_ok=True)
    (scripts / "demo.yaml").write_text(script, encoding="utf-8")
    (bank / "tid.yaml").write_text(objections, encoding="utf-8")
    return scripts, bank


def test_a_line_and_an_answer_with_variants_load(tmp_path: Path) -> None:
    library = load_library(*_files(tmp_path, VARIANT_SCRIPT, VARIANT_ANSWER))
    assert not library.problems
    line = library.scripts["demo"].phase(Phase.AABNING).lines[0]
    assert line.id == "hilsen" and list(line.variants) == ["a", "b"]
    assert line.say == line.variants["a"]  # the first variant where one text is wanted
    assert line.text_for("b").startswith("Hej") and line.text_for(None) == line.say
    answer = library.objections["ingen-tid"].answers[0]
    assert list(answer.variants) == ["kort", "lang"] and answer.text == answer.variants["kort"]
    assert answer.text_for("lang").endswith("igen.")


def test_variant_mistakes_are_problems_at_their_place(tmp_path: Path) -> None:
    script = VARIANT_SCRIPT.replace("      - id: hilsen\n", "      - say: Hej\n")  # no id, a say
    script = script.replace("          b: Hej, det er {konsulent} – har du to minutter?\n", "")
    answer = VARIANT_ANSWER.replace(
        "        variants:\n", "        text: To på én gang\n        variants:\n"
    )
    report = check_paths(list(_files(tmp_path, script, answer)))
    # Line 8 column 9 is the line's "variants:" key; line 9 of the bank its "variants:".
    assert where(report.problems) == [
        ("variants-and-text", 9, 9),
        ("variants-and-say", 8, 9),
        ("variants-need-id", 8, 9),
        ("variants-too-few", 8, 9),
    ]


def test_line_ids_are_unique_in_a_script_and_variant_ids_are_slugs(tmp_path: Path) -> None:
    script = VARIANT_SCRIPT.replace(
        "  analyse:\n", "  analyse:\n    lines:\n      - id: hilsen\n        say: Igen\n"
    ).replace("          b: Hej", "          B C: Hej")
    report = check_paths(list(_files(tmp_path, script)))
    codes = {(p.code, p.line) for p in report.problems}
    assert ("line-id-duplicate", 13) in codes
    assert any(p.line == 10 for p in report.problems)  # the bad variant id "B C"


def test_the_variant_is_stable_per_company_and_the_same_in_every_process() -> None:
    first = [choose_variant(company, "hilsen", ["a", "b"]) for company in range(50)]
    assert first == [choose_variant(company, "hilsen", ["b", "a"]) for company in range(50)]
    # Another interpreter, with another hash seed, chooses the same (never Python's hash()).
    code = (
        "from canvass.domain.variants import choose_variant;"
        "print(''.join(choose_variant(c, 'hilsen', ['a', 'b']) for c in range(50)))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    )
    assert other.stdout.strip() == "".join(v or "" for v in first)
    assert choose_variant(1, "hilsen", []) is None


def test_variants_spread_evenly_over_1000_companies() -> None:
    """With a fair choice each count is binomial: for two variants mean 500, standard
    deviation √(1000·½·½) ≈ 15.8; for three 333.3 and ≈ 14.9. A tolerance of ±50 (two)
    and ±45 (three) is a little over 3 standard deviations: a fair spread passes, a
    skewed one (e.g. 60/40, or every company on one variant) fails."""
    two = Counter(choose_variant(company, "hilsen", ["a", "b"]) for company in range(1, 1001))
    assert set(two) == {"a", "b"} and all(abs(n - 500) <= 50 for n in two.values()), two
    three = Counter(choose_variant(c, "svar", ["x", "y", "z"]) for c in range(1, 1001))
    assert set(three) == {"x", "y", "z"}
    assert all(abs(n - 1000 / 3) <= 45 for n in three.values()), three
    # Items are spread independently: a company's line variant does not fix its answer's.
    pairs = Counter(
        (choose_variant(c, "hilsen", ["a", "b"]), choose_variant(c, "svar", ["a", "b"]))
        for c in range(1, 1001)
    )
    assert all(abs(n - 250) <= 45 for n in pairs.values()), pairs


def test_the_event_detail_round_trips() -> None:
    assert variant_detail("hilsen", "b") == "hilsen:b"
    assert parse_variant_detail("hilsen:b") == ("hilsen", "b")
    assert parse_variant_detail("nothing") is None
