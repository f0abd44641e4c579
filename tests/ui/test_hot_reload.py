"""A published change reaches a running app within about two seconds; a call on the
screen keeps the version it started with; a broken file never replaces the last valid
version; the company's A/B variant is on the call screen and recorded."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from pathlib import Path

import sqlmodel

from canvass.content.publishing import publish_paths
from canvass.content.validate import load_library
from canvass.domain.phases import Phase
from canvass.domain.variants import choose_variant
from canvass.store.models import Call, CallEvent
from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.widgets.script_view import ScriptView
from tests.ui.helpers import settle

from .conftest import REPO, fixed_clock

SCRIPT = "fastholdelse"  # any shipped script; the call list's script is preferred
LIMIT = 2.5  # seconds: "within about two seconds" (a look every second, then a load)


def _content(tmp_path: Path) -> tuple[Path, Path, Path]:
    folders = tuple(tmp_path / name for name in ("scripts", "objections", "rubrics"))
    for name, folder in zip(("scripts", "objections", "rubrics"), folders, strict=True):
        shutil.copytree(REPO / name, folder)
    return folders  # type: ignore[return-value]


def _app(settings, store, folders) -> CanvassApp:  # type: ignore[no-untyped-def]
    scripts, objections, rubrics = folders
    changed = replace(settings, scripts_dir=scripts, objections_dir=objections, rubrics_dir=rubrics)
    return CanvassApp(changed, store, load_library(*folders), clock=fixed_clock)


def _first_line(path: Path) -> str:
    """The text of the script's first opening line, as the file says it."""
    return (
        load_library(path.parent, path.parent / "none")
        .scripts[path.stem]
        .phase(Phase.AABNING)
        .lines[0]
        .say
    )


def _rewrite(path: Path, old: str, new: str, version: int | None = None) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    if version is not None:
        text = text.replace(f"version: {version - 1}\n", f"version: {version}\n", 1)
    path.write_text(text, encoding="utf-8")


async def _call(pilot, company_id: int) -> CallScreen:  # type: ignore[no-untyped-def]
    pilot.app.start_call(company_id, script_id=SCRIPT)
    await settle(pilot)
    await pilot.pause(0.1)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen) and screen.live is not None
    return screen


async def _end(pilot) -> None:  # type: ignore[no-untyped-def]
    for key in ("e", "7", "a"):  # no answer, call back in ten minutes
        await pilot.press(key)
        await pilot.pause()
    pilot.app.writer.flush()
    await settle(pilot)
    assert isinstance(pilot.app.screen, CallList)


async def _until(pilot, done, limit: float = LIMIT) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while not done():
        assert time.monotonic() - started < limit, "not picked up in time"
        await pilot.pause(0.05)
    return time.monotonic() - started


def _companies(store, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    from canvass.store.models import Company

    with store.session() as session:
        query = sqlmodel.select(Company.id).where(Company.ad_protected == False)  # noqa: E712
        return list(session.exec(query.order_by(Company.id)).all())[:count]


def _calls(store, company_id: int) -> list[Call]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        query = sqlmodel.select(Call).where(Call.company_id == company_id).order_by(Call.id)
        return list(session.exec(query).all())


async def test_a_published_change_reaches_the_next_call_and_not_the_open_one(
    settings, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    folders = _content(tmp_path)
    path = folders[0] / f"{SCRIPT}.yaml"
    assert publish_paths([folders[0]], scripts_dir=folders[0]).ok
    old_text, version = _first_line(path), load_library(*folders).scripts[SCRIPT].version
    app = _app(settings, store, folders)
    first, second = _companies(store, 2)
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        screen = await _call(pilot, first)
        assert screen.script.version == version
        view = screen.query_one(ScriptView)
        shown_before = str(view.render())

        # A draft saved on disk is not taken: the app goes on with the published version.
        _rewrite(path, old_text[:20], "Godmorgen! " + old_text[:20], version + 1)
        await pilot.pause(LIMIT)
        await settle(pilot)
        assert app.library.scripts[SCRIPT].version == version

        assert publish_paths([path], scripts_dir=folders[0]).ok
        took = await _until(pilot, lambda: app.library.scripts[SCRIPT].version == version + 1)
        assert took < LIMIT
        title = app.library.scripts[SCRIPT].title
        said = f"Manuskriptet {title} er opdateret til version {version + 1}"
        # The toast is a message to the app: it may arrive a moment after the swap.
        await _until(pilot, lambda: said in [n.message for n in app._notifications])
        # The call on the screen keeps its version and its text.
        assert screen.script.version == version and app.screen is screen
        await pilot.press("2", "1")  # redrawn: still the old text
        assert str(view.render()) == shown_before and "Godmorgen!" not in shown_before
        await _end(pilot)

        screen = await _call(pilot, second)
        assert screen.script.version == version + 1
        assert "Godmorgen!" in str(screen.query_one(ScriptView).render())
        await _end(pilot)
    new_hash = load_library(*folders).content_hash(SCRIPT)
    assert [(c.script_version, c.script_hash) for c in _calls(store, second)][-1] == (
        version + 1,
        new_hash,
    )
    assert _calls(store, first)[-1].script_version == version


async def test_a_broken_file_keeps_the_last_valid_version_and_is_reported(
    settings, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    folders = _content(tmp_path)  # this folder does not publish: valid files are used at once
    path = folders[0] / f"{SCRIPT}.yaml"
    old_text = _first_line(path)
    version = load_library(*folders).scripts[SCRIPT].version
    app = _app(settings, store, folders)
    bank = folders[1] / "tid-og-timing.yaml"
    said = {
        o.id
        for o in load_library(*folders).objections.values()
        if load_library(*folders).sources[o.id] == bank
    }
    async with app.run_test(size=(120, 34), notifications=True) as pilot:
        await settle(pilot)
        assert not app.check_action("problems", ())
        path.write_text("id: fastholdelse\nversion: [\n", encoding="utf-8")
        bank.write_text("objections:\n  - id: [\n", encoding="utf-8")
        await _until(pilot, lambda: bool(app.library.problems))
        assert app.library.scripts[SCRIPT].version == version  # the last valid one
        assert app.library.scripts[SCRIPT].phase(Phase.AABNING).lines[0].say == old_text
        assert said and said <= set(app.library.objections)
        assert {p.path for p in app.library.problems} == {path, bank}
        assert app.check_action("problems", ())  # ctrl+e lists them
        assert not list(app._notifications)  # no toast: a draft must not interrupt calls
        screen = await _call(pilot, _companies(store, 1)[0])
        assert screen.script.version == version
        # Valid again, with a new version: taken.
        shutil.copy(REPO / "scripts" / f"{SCRIPT}.yaml", path)
        _rewrite(path, old_text[:20], "Rettet: " + old_text[:20], version + 1)
        await _until(pilot, lambda: app.library.scripts[SCRIPT].version == version + 1)
        assert screen.script.version == version  # the open call still keeps its own
        await _end(pilot)


async def test_the_company_s_variant_is_shown_and_recorded(settings, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folders = _content(tmp_path)
    path = folders[0] / f"{SCRIPT}.yaml"
    old_text = _first_line(path)
    text = path.read_text(encoding="utf-8")
    start = text.index("    lines:\n", text.index("  aabning:")) + len("    lines:\n")
    variants = (
        "      - id: hilsen\n"
        "        variants:\n"
        '          a: "Variant A: goddag fra {organisation}."\n'
        '          b: "Variant B: hej fra {organisation}."\n'
    )
    path.write_text(text[:start] + variants + text[start:], encoding="utf-8")
    assert not load_library(*folders).problems, load_library(*folders).problems
    app = _app(settings, store, folders)
    companies = _companies(store, 12)
    wanted = {choose_variant(c, "hilsen", ["a", "b"]): c for c in companies}
    assert set(wanted) == {"a", "b"}
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        for variant, company in sorted(wanted.items()):
            screen = await _call(pilot, company)
            shown = str(screen.query_one(ScriptView).render())
            other = "B" if variant == "a" else "A"
            assert f"Variant {variant.upper()}:" in shown and f"Variant {other}:" not in shown
            assert old_text.split("{")[0] in shown  # the other lines as before
            await _end(pilot)
    with store.session() as session:
        for variant, company in wanted.items():
            call = _calls(store, company)[-1]
            query = sqlmodel.select(CallEvent).where(
                CallEvent.call_id == call.id, CallEvent.kind == "variant_shown"
            )
            rows = session.exec(query).all()
            assert [(r.phase, r.detail) for r in rows] == [("aabning", f"hilsen:{variant}")]


async def test_the_bank_shows_the_company_s_answer_variant_and_the_call_records_it(
    settings, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import OptionList

    from canvass.ui.screens.objection_bank import ObjectionBankScreen

    folders = _content(tmp_path)
    bank = folders[1] / "tid-og-timing.yaml"
    text = bank.read_text(encoding="utf-8")
    start = text.index("        text: ", text.index("id: ingen-tid-konkretiser"))
    end = text.index("\n", start) + 1
    variants = (
        "        variants:\n"
        '          kort: "VARIANT KORT: Skal jeg ringe i morgen?"\n'
        '          lang: "VARIANT LANG: Det respekterer jeg – passer det bedre i morgen?"\n'
    )
    bank.write_text(text[:start] + variants + text[end:], encoding="utf-8")
    assert not load_library(*folders).problems
    app = _app(settings, store, folders)
    company = _companies(store, 1)[0]
    variant = choose_variant(company, "ingen-tid-konkretiser", ["kort", "lang"])
    assert variant is not None
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        screen = await _call(pilot, company)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ObjectionBankScreen)
        await pilot.press(*"ikke tid")
        await pilot.pause(0.3)
        await pilot.press("enter")  # open the best hit: "Jeg har ikke tid lige nu"
        await pilot.pause()
        answers = app.screen.query_one("#ob-answers", OptionList)
        shown = str(answers.get_option_at_index(0).prompt)
        assert f"VARIANT {variant.upper()}:" in shown
        other = "LANG" if variant == "kort" else "KORT"
        assert f"VARIANT {other}:" not in shown
        await pilot.press("enter")  # use it
        await pilot.pause()
        assert app.screen is screen
        await _end(pilot)
    call = _calls(store, company)[-1]
    with store.session() as session:
        query = sqlmodel.select(CallEvent).where(CallEvent.call_id == call.id)
        rows = [(r.kind, r.objection_id, r.answer_id, r.detail) for r in session.exec(query)]
    assert ("objection", "ingen-tid", "ingen-tid-konkretiser", "") in rows
    shown_event = (
        "variant_shown",
        "ingen-tid",
        "ingen-tid-konkretiser",
        f"ingen-tid-konkretiser:{variant}",
    )
    assert shown_event in rows
