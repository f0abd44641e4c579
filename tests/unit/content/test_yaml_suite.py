"""The official YAML test suite: nothing raises, and every invalid case yields a problem.

PyYAML (YAML 1.1) accepts some inputs the suite marks invalid. Those that our loader's
own rules do not catch (refused tags, several documents) are listed in :data:`LENIENT`;
they are still refused by the checker, because none of them can be a call script or
an objection file. The list is compared exactly, so a change in PyYAML shows up here.

The loader reads with libyaml and falls back to the pure-Python parser when libyaml
refuses a file, so a file is accepted when either accepts it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from canvass.content.validate import check_paths
from canvass.content.yaml_loader import load_yaml

_DEFAULT = Path(__file__).parents[3] / ".." / "shared" / "corpora" / "yaml-test-suite"
SUITE = Path(os.environ.get("CANVASS_YAML_SUITE") or _DEFAULT)

#: Codes for a file that is not acceptable YAML for us (before any model is applied).
STRUCTURAL = {
    "yaml-syntax",
    "bad-character",
    "anchor",
    "alias",
    "tag",
    "tag-value",
    "multiple-documents",
    "key-not-text",
    "empty",
    "too-deep",
    "not-utf8",
}

#: Invalid per the suite, yet parsed by PyYAML without any problem our loader detects.
LENIENT = {
    "9C9N",  # flow sequence indented less than its key
    "9JBA",  # comment right after "]" with no space
    "CVW2",  # comment right after "," with no space
    "DK95/01",  # tab that looks like indentation inside a quoted scalar
    "G5U8",  # plain "-" entries in a flow sequence
    "QB6E",  # multi-line quoted scalar indented too little
    "S98Z",  # block scalar whose first lines have more spaces than its content
    "SU5Z",  # comment right after a quoted scalar with no space
    "YJV2",  # "[-]"
    # Accepted by libyaml (the pure-Python parser refuses them):
    "X4QW",  # comment right after a block scalar indicator (">#")
    "Y79Y/003",  # a tab as indentation inside a flow sequence
}


def _cases() -> list[Any]:
    if not SUITE.is_dir():
        reason = f"YAML test suite not found at {SUITE} (set CANVASS_YAML_SUITE)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="absent")]
    return [
        pytest.param(path.parent, id=path.parent.relative_to(SUITE).as_posix())
        for path in sorted(SUITE.rglob("in.yaml"))
    ]


CASES = _cases()


def _name(case: Path) -> str:
    return case.relative_to(SUITE).as_posix()


@pytest.mark.parametrize("case", CASES)
def test_case_never_raises_and_problems_have_positions(case: Path) -> None:
    loaded = load_yaml(case / "in.yaml")
    report = check_paths([case / "in.yaml"])  # the whole checker must not raise either
    for found in [*loaded.problems, *report.problems]:
        assert found.line >= 1 and found.column >= 1
        assert found.code != "internal", str(found)
    if not (case / "error").exists():
        return
    assert report.problems, "an invalid YAML file must never pass the checker"
    if _name(case) in LENIENT:
        assert loaded.problems == []
    else:
        assert loaded.problems, "the loader must refuse this invalid YAML"
        assert {p.code for p in loaded.problems} <= STRUCTURAL


def test_lenient_list_is_exact() -> None:
    if not SUITE.is_dir():
        pytest.skip(f"YAML test suite not found at {SUITE}")
    accepted = {
        _name(path.parent)
        for path in SUITE.rglob("in.yaml")
        if (path.parent / "error").exists() and not load_yaml(path).problems
    }
    assert accepted == LENIENT


@pytest.mark.parametrize("case", CASES)
def test_valid_case_data_matches_pyyaml(case: Path) -> None:
    """Our own construction gives what ``yaml.safe_load`` gives (keys are always text),
    with libyaml's loader when the file is one libyaml reads (the loader reads with it)."""
    loaded = load_yaml(case / "in.yaml")
    if (case / "error").exists() or loaded.problems:
        return
    expected = _safe_load((case / "in.yaml").read_text(encoding="utf-8"))
    if not _text_keys(expected):
        return  # e.g. a null key: we read every key as the text written
    assert loaded.data == expected


def _safe_load(text: str) -> Any:
    if yaml.__with_libyaml__:
        try:
            return yaml.load(text, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            pass  # the loader fell back to the pure-Python parser too
    return yaml.safe_load(text)


def _text_keys(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _text_keys(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_text_keys(item) for item in value)
    return True
