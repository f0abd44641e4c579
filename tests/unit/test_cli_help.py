"""`canvass --help` speaks the language in use: every command's and option's help text has
its Danish, and English stays English."""

from __future__ import annotations

import inspect
import subprocess
import sys

import click

from canvass.cli import cli
from canvass.cli_language import localise_help
from canvass.i18n import set_language
from canvass.i18n.cli_help import DANISH


def _texts(command: click.Command) -> list[str]:
    texts = [command.__dict__.get("_english_help", command.help) or ""]
    texts += [
        p.__dict__.get("_english_help", p.help) or ""
        for p in command.params
        if isinstance(p, click.Option)
    ]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            texts += _texts(sub)
    return [inspect.cleandoc(text) for text in texts if text]


def test_every_help_text_has_its_danish() -> None:
    missing = {
        text for text in _texts(cli) if text not in DANISH and text != "Vis versionen og afslut."
    }
    assert missing == set()


def test_help_follows_the_language_both_ways() -> None:
    try:
        set_language("da")
        localise_help(cli)
        assert cli.commands["import"].help.startswith("Importér virksomheder")
        set_language("en")
        localise_help(cli)
        assert cli.commands["import"].help.lstrip().startswith("Import companies")
    finally:
        set_language("da")
        localise_help(cli)


def test_canvass_help_is_danish_by_default_and_english_on_request() -> None:
    run = [sys.executable, "-m", "canvass"]
    danish = subprocess.run([*run, "--help"], capture_output=True, text=True, timeout=60)
    assert "Databasefil eller SQLAlchemy-URL." in danish.stdout
    assert "Database file" not in danish.stdout
    english = subprocess.run(
        [*run, "--lang", "en", "export", "--help"], capture_output=True, text=True, timeout=60
    )
    assert "Export meetings to a calendar file" in english.stdout
