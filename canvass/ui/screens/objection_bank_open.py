"""Opening the objection bank: one screen per loaded library, reused on every ``o``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from textual.app import App

from canvass.content.models import Answer
from canvass.content.search import ObjectionIndex
from canvass.domain.phases import Phase
from canvass.ui.screens.objection_bank import ObjectionBankScreen, ObjectionPick

#: The name the bank is installed under (see :func:`open_bank`).
BANK_SCREEN = "objection-bank"


def open_bank(
    app: App[Any],
    index: ObjectionIndex,
    phase: Phase,
    merge_values: Mapping[str, str | None],
    variant_of: Callable[[Answer], str | None] | None,
    callback: Callable[[ObjectionPick | None], None],
) -> None:
    """Open the bank over the current screen, reusing the one shown before.

    Composing and laying out a new bank screen cost most of its opening (≈ 90 ms with
    5,000 objections, a stalled event loop while the customer talks). The screen is
    installed once per search index, that is once per loaded library, and made ready
    again (:meth:`ObjectionBankScreen.reuse`) on every later ``o``; a reloaded library
    brings a new index, and the old screen is dropped.
    """
    bank: ObjectionBankScreen | None = None
    if app.is_screen_installed(BANK_SCREEN):
        bank = app.get_screen(BANK_SCREEN, ObjectionBankScreen)
        if bank in app.screen_stack:
            return  # open already (a second ``o`` before it was on screen)
        if bank.index is not index:
            app.uninstall_screen(BANK_SCREEN)
            bank.remove()
            bank = None
    if bank is None:
        bank = ObjectionBankScreen(index, phase, merge_values, variant_of)
        app.install_screen(bank, BANK_SCREEN)
    else:
        bank.reuse(phase, merge_values, variant_of)
    app.push_screen(bank, callback)
