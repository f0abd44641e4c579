"""The benchmarks' generated objection bank is valid content: built from the shipped bank,
it must follow it when the shipped files change (an A/B answer has variants, no text)."""

from __future__ import annotations

import sys
from pathlib import Path

from canvass.content.validate import check_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from objection_bank_data import write_bank


def test_the_generated_bank_passes_canvass_check(tmp_path: Path) -> None:
    paths = write_bank(tmp_path / "bank", 300)
    report = check_paths(paths)
    assert report.problems == [] and report.files_checked == len(paths)
    text = "".join(path.read_text(encoding="utf-8") for path in paths)
    assert "variants:" in text  # the shipped A/B answer is varied too
