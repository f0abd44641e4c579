"""The plain start (``canvass`` with options only) opens the app without click, with the
same settings, language and messages as the full command line; anything else is click's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from canvass import cli, launcher
from canvass.cli_plain import OPTIONS, plain_options
from canvass.config import Settings
from canvass.i18n import set_language
from tests.fresh import in_fresh_python


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's config; the collector as it was."""
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for name in ("CANVASS_DB", "CANVASS_USER", "CANVASS_LANG", "CANVASS_ORGANISATION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(launcher, "hold", lambda: None)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {}),
        (["--db", "a.db"], {"db": "a.db"}),
        (["--user=ab", "--lang", "en"], {"user": "ab", "lang": "en"}),
        (["--db", "a.db", "--db=b.db"], {"db": "b.db"}),  # the last wins, as in click
        (["--organisation", "Jobcenter Vejle", "--scripts", "s", "--objections", "o",
          "--rubrics", "r"],
         {"organisation": "Jobcenter Vejle", "scripts": "s", "objections": "o", "rubrics": "r"}),
    ],
)  # fmt: skip
def test_the_plain_start_is_recognised(argv: list[str], expected: dict[str, str]) -> None:
    assert plain_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["--db", "a.db", "check"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--bogus"],
        ["--db"],  # the value is missing
        ["--db="],
        ["--db", "--user"],  # an option where the value should be
        ["--lang", "de"],  # click names the choices
        ["--dbx", "a.db"],
        ["-d", "a.db"],
    ],
)
def test_anything_else_goes_to_click(argv: list[str]) -> None:
    assert plain_options(argv) is None


def _settings_of(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], *, plain: bool
) -> tuple[Settings, int]:
    """The settings the app is opened with, and the exit status, by either path."""
    seen: list[Settings] = []

    def run_app(settings: Settings, *args: Any, **kwargs: Any) -> int:
        seen.append(settings)
        return 3

    monkeypatch.setattr("canvass.ui.launch.run_app", run_app)
    monkeypatch.setattr(sys, "argv", ["canvass", *argv])
    try:
        with pytest.raises(SystemExit) as exit_:
            if plain:
                launcher.main()
            else:
                cli.main(argv)
    finally:
        set_language("da")
    assert len(seen) == 1
    return seen[0], int(exit_.value.code or 0)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.db", "--user", "ab"],
        ["--lang=en", "--organisation", "Jobcenter Vejle", "--scripts", "s", "--rubrics", "r"],
    ],
)
def test_both_paths_open_the_app_with_the_same_settings(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "config.toml").write_text('user = "kl"\nrecent_days = 7\n', encoding="utf-8")
    assert plain_options(argv) is not None
    plain = _settings_of(monkeypatch, argv, plain=True)
    full = _settings_of(monkeypatch, argv, plain=False)
    assert plain == full
    assert plain[1] == 3  # the app's exit status is the command's


def test_a_broken_config_file_is_the_same_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config.toml").write_text("user = [", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["canvass", "--user", "AB"])
    errors = []
    for start in (launcher.main, lambda: cli.main(["--user", "AB"])):
        with pytest.raises(SystemExit) as exit_:
            start()
        assert exit_.value.code == 2
        errors.append(capsys.readouterr().err)
    assert errors[0] == errors[1]
    unframed = "".join(line.strip("│ ") for line in errors[0].splitlines())
    assert "config.toml" in unframed and "Traceback" not in errors[0]


def test_an_unexpected_failure_names_the_crash_log_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr("canvass.ui.launch.run_app", broken)
    monkeypatch.setattr(sys, "argv", ["canvass", "--db", "x.db"])
    with pytest.raises(SystemExit) as exit_:
        launcher.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "crash.log" in "".join(line.strip("│ ") for line in err.splitlines())
    assert "Traceback" not in err


def test_the_plain_start_imports_no_click() -> None:
    code = (
        "import sys, json\n"
        "import canvass.ui.launch as launch\n"
        "launch.run_app = lambda settings, *a, **k: print(json.dumps(\n"
        "    ['click' in sys.modules, settings.user])) or 0\n"
        "sys.argv = ['canvass', '--db', 'x.db', '--user', 'ab']\n"
        "from canvass.launcher import main\n"
        "main()\n"
    )
    assert in_fresh_python(code) == [False, "AB"]


def test_the_plain_start_knows_exactly_the_group_s_options() -> None:
    """An option added to the command line's group is one the plain start takes too."""
    taking = {p.name for p in cli.cli.params if p.name and not getattr(p, "is_flag", False)}
    assert taking - {"help", "version"} == set(OPTIONS)
