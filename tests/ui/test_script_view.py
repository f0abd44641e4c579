"""The script view: the '(Behov)' label only where the open questions find the need."""

from __future__ import annotations

from pathlib import Path

from canvass.content.validate import load_library
from canvass.domain.phases import Phase
from canvass.ui.widgets.script_view import phase_content

REPO = Path(__file__).resolve().parents[2]


def test_behov_label_only_in_the_need_phase() -> None:
    script = load_library(REPO / "scripts", REPO / "objections").scripts["rekruttering-besoeg"]
    analyse = phase_content(script, Phase.ANALYSE, {}).plain
    aabning = phase_content(script, Phase.AABNING, {}).plain
    assert "Spørg åbent (Behov):" in analyse
    assert script.phase(Phase.AABNING).questions and "Spørg åbent:" in aabning
    assert "(Behov)" not in aabning


def test_the_close_shows_the_meeting_fields_as_gaps_before_a_meeting() -> None:
    script = load_library(REPO / "scripts", REPO / "objections").scripts["fleksjob"]
    close = phase_content(script, Phase.AFSLUTNING, {}).plain
    assert "‹moede_ugedag› den ‹moede_dato› ‹moede_tid› ‹moede_sted›" in close
    values = {
        "moede_ugedag": "tirsdag",
        "moede_dato": "14. december",
        "moede_tid": "kl. 10",
        "moede_sted": "hos jer på Vestergade 4",
    }
    filled = phase_content(script, Phase.AFSLUTNING, values).plain
    assert "Vi ses tirsdag den 14. december kl. 10 hos jer på Vestergade 4" in filled
