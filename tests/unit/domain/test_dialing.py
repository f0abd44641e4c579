"""Click-to-dial: presets, configured argument lists, filling in the number."""

import pytest

from canvass.domain.dialing import (
    DialCommand,
    DialConfigError,
    dial_argv,
    e164,
    opener,
    parse_dial_command,
    preset,
)


def test_presets_open_a_url_with_the_systems_opener() -> None:
    assert dial_argv(preset("tel", "linux"), "75821140") == ["xdg-open", "tel:+4575821140"]
    assert dial_argv(preset("tel", "darwin"), "75821140") == ["open", "tel:+4575821140"]
    assert dial_argv(preset("teams", "linux"), "75821140") == [
        "xdg-open",
        "https://teams.microsoft.com/l/call/0/0?users=4:+4575821140",
    ]
    assert dial_argv(preset("jabber", "darwin"), "75821140") == ["open", "ciscotel:+4575821140"]
    assert opener("win32") == ("cmd", "/c", "start", "")


def test_copy_preset_runs_nothing() -> None:
    command = preset("copy")
    assert command.copies and command.argv == ()
    assert not preset("tel").copies


def test_parse_accepts_preset_names_lists_and_command_lines() -> None:
    assert parse_dial_command("teams", "linux") == preset("teams", "linux")
    assert parse_dial_command("  ", "linux") == preset("tel", "linux")
    assert parse_dial_command(["softphone", "--call", "{number}"]) == DialCommand(
        "", ("softphone", "--call", "{number}")
    )
    # A command line is split like a shell would, but never run by one.
    command = parse_dial_command("'my phone' --to {e164}; rm -rf x")
    assert command.argv == ("my phone", "--to", "{e164};", "rm", "-rf", "x")
    assert dial_argv(command, "12345678")[:3] == ["my phone", "--to", "+4512345678;"]
    assert parse_dial_command('["my phone", "{e164}"]').argv == ("my phone", "{e164}")


def test_number_and_e164_are_filled_into_every_argument() -> None:
    command = parse_dial_command(["dial", "n={number}", "{e164}/{number}"])
    assert dial_argv(command, "12345678") == ["dial", "n=12345678", "+4512345678/12345678"]
    assert e164("12345678") == "+4512345678"


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("skype", "skype"),
        ([], "tom"),
        (["dial", 5], "argument 2"),
        (["dial", "{phone}"], "{phone}"),
        (["dial", "--now"], "{e164}"),
        (["", "{e164}"], "programmet"),
        ("dial '{e164}", "argumenter"),
        (42, "42"),
        ({"cmd": "x"}, "liste"),
        ('["dial", "{e164}"', "argumenter"),
        ('["dial", 7]', "argument 2"),
    ],
)
def test_a_bad_dial_command_says_what_is_wrong(value: object, needle: str) -> None:
    with pytest.raises(DialConfigError) as error:
        parse_dial_command(value)
    assert needle in str(error.value)
