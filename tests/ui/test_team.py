"""The team screen: read-only for a consultant; a trainer adds, pairs, unpairs and sets roles.
And everyone sees their buddy in the call list's title bar."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable, Input, OptionList

from canvass.services import Services
from canvass.store import Store
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.help import HelpScreen
from canvass.ui.screens.team import TeamScreen
from canvass.ui.screens.team_dialogs import AddPersonDialog, ChoiceDialog
from canvass.ui.text import Plain
from tests.ui.helpers import settle


def header_of(app: CanvassApp) -> str:
    from textual.widgets import Header

    header = app.screen.query_one(Header)
    return header.screen_title + " — " + header.screen_sub_title


def plain(widget: Plain) -> str:
    return str(widget.render())


def table_texts(screen: TeamScreen) -> list[list[str]]:
    table = screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_team(pilot) -> TeamScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.action_team()
    await settle(pilot)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TeamScreen) and screen.loaded
    return screen


async def choose(pilot, label_start: str) -> None:  # type: ignore[no-untyped-def]
    """Highlight the option starting with ``label_start`` in the open choice and take it."""
    options = pilot.app.screen.query_one(OptionList)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    target = next(i for i, label in enumerate(labels) if label.startswith(label_start))
    while options.highlighted != target:
        await pilot.press("down" if (options.highlighted or 0) < target else "up")
    await pilot.press("enter")
    await settle(pilot)
    await settle(pilot)


async def test_a_consultant_sees_the_team_read_only_and_their_buddy(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app()  # AB, a consultant paired with MK in the demo
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "Makker: MK (Mads Kristensen)" in header_of(app)
        screen = await open_team(pilot)
        rows = table_texts(screen)
        assert [row[:4] for row in rows] == [
            ["AB", "Anne Bech", "konsulent", "MK"],
            ["JH", "Jonas Holm", "teamleder", "–"],
            ["MK", "Mads Kristensen", "konsulent", "AB"],
            ["SL", "Sara Lund", "træner", "–"],
        ]
        assert "kun trænere og teamledere" in plain(screen.query_one("#team-bar", Plain))
        history = plain(screen.query_one("#team-history", Plain))
        assert "Makkerpar for AB" in history and "MK (Mads Kristensen) · fra" in history
        assert "SL (Sara Lund) ·" in history
        for action in ("add", "pair", "unpair", "role"):
            assert screen.check_action(action, ()) is False
        await pilot.press("question_mark")  # the help lists only the keys that work
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        helped = [description for _, description in app.screen.keys.screen]
        assert "tilbage" in helped and "ny person" not in helped
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("n", "p", "u", "r")
        await settle(pilot)
        assert app.screen is screen  # no dialog opened
        await pilot.press("down", "down")  # MK's history follows the highlight
        await settle(pilot)
        history = plain(screen.query_one("#team-history", Plain))
        assert "Makkerpar for MK" in history and "JH (Jonas Holm)" in history
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CallList)


async def test_a_trainer_adds_pairs_unpairs_and_sets_roles(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app(user="SL")
    team = Services.of(store).team
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert "Makker" not in header_of(app)  # SL has no buddy yet
        screen = await open_team(pilot)
        assert "kun trænere" not in plain(screen.query_one("#team-bar", Plain))
        assert screen.check_action("add", ()) is True
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        helped = [description for _, description in app.screen.keys.screen]
        assert {"ny person", "par", "opløs par", "rolle"} <= set(helped)
        await pilot.press("escape")
        await settle(pilot)

        # Add a person: a taken initials is shown in the dialog, nothing typed is lost.
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, AddPersonDialog)
        await pilot.press(*"ab", "tab", *"Karen Lauridsen", "enter")
        error = plain(app.screen.query_one("#team-error", Plain))
        assert "AB findes allerede (Anne Bech)" in error
        assert app.screen.query_one("#team-name", Input).value == "Karen Lauridsen"
        initials = app.screen.query_one("#team-initials", Input)
        assert app.focused is initials
        initials.value = "kl"
        await pilot.press("tab", "tab", "down", "enter")  # the role: træner
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen
        added = team.person("KL")
        assert added is not None and (added.name, added.role) == ("Karen Lauridsen", "trainer")
        assert ["KL", "Karen Lauridsen", "træner", "–"] in [r[:4] for r in table_texts(screen)]

        # Pair MK with KL: MK's pair with AB ends and stays in the history.
        table = screen.query_one(DataTable)
        table.move_cursor(row=[r[0] for r in table_texts(screen)].index("MK"))
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await choose(pilot, "KL")
        mk = team.person("MK")
        assert mk is not None and mk.buddy_initials == "KL"
        ab = team.person("AB")
        assert ab is not None and ab.buddy_id is None
        history = plain(screen.query_one("#team-history", Plain))
        assert "Makkerpar for MK" in history and "KL (Karen Lauridsen) · fra" in history
        assert "AB (Anne Bech) ·" in history

        # Unpair MK; then AB (no buddy) offers no unpair.
        await pilot.press("u")
        await settle(pilot)
        await settle(pilot)
        assert team.buddy_of(mk.id) is None
        assert [span.buddy_initials for span in team.pair_history(mk.id)] == ["KL", "AB", "JH"]
        assert screen.check_action("unpair", ()) is None

        # Make MK a team lead.
        await pilot.press("r")
        await settle(pilot)
        await choose(pilot, "teamleder")
        mk = team.person("MK")
        assert mk is not None and mk.role == "teamlead"

        # Pair SL (me) with AB: the call list's title bar names the new buddy.
        table.move_cursor(row=[r[0] for r in table_texts(screen)].index("SL"))
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await choose(pilot, "AB")
        await pilot.press("escape")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, CallList)
        assert "Makker: AB (Anne Bech)" in header_of(app)
        ab = team.person("AB")
        assert ab is not None and app.consultant is not None
        assert app.consultant.buddy_id == ab.id  # the app's view of me is fresh again


async def test_a_refusal_from_the_service_is_shown_not_raised(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    app = make_app(user="SL")
    team = Services.of(store).team
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_team(pilot)
        sl = team.person("SL")
        assert sl is not None
        team.set_role(sl.id, "consultant", by=sl.id)  # meanwhile, elsewhere
        jh = team.person("JH")
        assert jh is not None
        team.set_role(jh.id, "teamlead", by=jh.id)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"kl", "tab", *"Karen Lauridsen", "enter")
        await settle(pilot)
        await settle(pilot)
        assert team.person("KL") is None  # refused by the service
        notes = [n.message for n in app._notifications]
        assert any("Kun trænere og teamledere" in message for message in notes)
        assert screen.check_action("add", ()) is False  # reloaded: now read-only


async def test_names_are_shown_literally(make_app: Callable[..., CanvassApp], store: Store) -> None:
    team = Services.of(store).team
    sl, mk = team.person("SL"), team.person("MK")
    assert sl is not None and mk is not None
    odd = team.add_person("XY", "[bold red]Ole[/] \x1b[2J Hansen", by=sl.id)
    team.pair(odd.id, mk.id, by=sl.id)
    app = make_app(user="MK")
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert "Makker: XY ([bold red]Ole[/] ␛[2J Hansen)" in header_of(app)
        screen = await open_team(pilot)
        assert ["XY", "[bold red]Ole[/] ␛[2J Hansen"] in [r[:2] for r in table_texts(screen)]
        history = plain(screen.query_one("#team-history", Plain))
        assert (
            "Makkerpar for MK" in history and "XY ([bold red]Ole[/] ␛[2J Hansen) · fra" in history
        )


async def test_a_trainer_reads_a_persons_sparring_from_the_team_screen(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    from canvass.ui.screens.feedback import FeedbackScreen
    from tests.feedback_data import add_feedback

    store.write(add_feedback)  # three reviews shared with AB
    app = make_app(user="TR")  # the trainer of the feedback data
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_team(pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=0)  # AB
        await settle(pilot)
        assert screen.check_action("sparring", ()) is True
        await pilot.press("s")
        await settle(pilot)
        await settle(pilot)
        feedback = app.screen
        assert isinstance(feedback, FeedbackScreen)
        assert len(feedback.inbox) == 3  # AB's shared reviews, read only for the trainer


async def test_a_consultant_has_no_key_to_read_others_sparring(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app()  # AB
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_team(pilot)
        assert screen.check_action("sparring", ()) is False
        await pilot.press("s")
        await settle(pilot)
        assert app.screen is screen


async def test_a_trainer_puts_people_in_teams(
    make_app: Callable[..., CanvassApp], store: Store
) -> None:
    from canvass.ui.screens.team_name_dialog import TeamNameDialog

    app = make_app(user="SL")
    team = Services.of(store).team
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_team(pilot)
        rows = {r[0]: r for r in table_texts(screen)}
        assert (rows["AB"][5], rows["MK"][5], rows["SL"][5]) == ("Team Nord", "Team Syd", "–")
        table = screen.query_one(DataTable)
        table.move_cursor(row=[r[0] for r in table_texts(screen)].index("MK"))
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, TeamNameDialog)
        field = app.screen.query_one(Input)
        assert field.value == "Team Syd"
        field.value = "Nord\x07"  # a control character: said in the dialog, the text kept
        await pilot.press("enter")
        assert "styretegn" in plain(app.screen.query_one("#team-error", Plain))
        assert isinstance(app.screen, TeamNameDialog) and field.value == "Nord\x07"
        field.value = "team nord"  # another spelling of a known team joins it
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.screen is screen
        mk = team.person("MK")
        assert mk is not None and mk.team == "Team Nord"
        assert {r[0]: r[5] for r in table_texts(screen)}["MK"] == "Team Nord"
        await pilot.press("h")  # and out of any team with an empty name
        await settle(pilot)
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        mk = team.person("MK")
        assert mk is not None and mk.team is None


async def test_a_consultant_has_no_key_to_change_teams(
    make_app: Callable[..., CanvassApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_team(pilot)
        assert screen.check_action("team_name", ()) is False
