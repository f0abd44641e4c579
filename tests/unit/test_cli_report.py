"""``canvass report`` on both backends, on the hand-built dataset of
``tests/unit/services/stats_data.py`` (November 2026; the figures are worked out by hand
there and below), the escaping of database text, and the file rendered in headless
Chromium (skipped only where no ``chromium`` is installed; CI installs it)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlmodel import select

from canvass.cli import cli
from canvass.config import CONFIG_KEYS
from canvass.domain.review import Answer
from canvass.store import Store
from canvass.store.models import Call, CallEvent, CallOutcome, Company, Consultant
from canvass.store.sparring_models import Review
from tests.unit.services import stats_data

NOVEMBER = ["--from", "1/11/2026", "--to", "30/11/2026"]
EVIL = "<script>alert(1)</script> & co"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANVASS_CONFIG", str(tmp_path / "config.toml"))
    for variable in CONFIG_KEYS.values():
        monkeypatch.delenv(variable, raising=False)


def _filled(url: str) -> str:
    with Store.open(url) as store, store.session(write=True) as session:
        session.add(Consultant(initials="AB", name="Anne Bech"))
        session.add(Consultant(initials="MK", name="Mads Kristensen"))
        session.add(Company(name="Hansen & Søn ApS", cvr="24256790", segment="industri"))
        session.flush()
        stats_data.fill(session)
    return url


@pytest.fixture
def db(db_url: str) -> str:
    return _filled(db_url)


def run(db: str, user: str | None, *args: str) -> Result:
    head = ["--db", db] + (["--user", user] if user else [])
    return CliRunner().invoke(cli, [*head, "report", *args])


def write(db: str, user: str, out: Path, *args: str) -> str:
    result = run(db, user, *NOVEMBER, "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    # Table cells keep "%" with its number (a no-break space); compare the plain text.
    return out.read_text(encoding="utf-8").replace("&nbsp;", " ")


def test_a_team_lead_gets_every_figure_with_its_count(db: str, tmp_path: Path) -> None:
    page = write(db, "TL", tmp_path / "debrief.html")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="da">' in page
    assert "Periode 1/11/2026–30/11/2026 · hele afdelingen" in page
    # Team: calls 1-6 and 10; reached 1, 2, 4, 5, 6; meetings 1 and 4; job order 6.
    for figure in ("71 % (5 af 7)", "40 % (2 af 5)", "29 % (2 af 7)", "20 % (1 af 5)"):
        assert figure in page
    # AB: calls 1-3, reached 1 and 2, meeting 1; MK: 4, 5, 6, 10, reached 4-6, meeting 4.
    assert "67 % (2 af 3)" in page and "50 % (1 af 2)" in page
    assert "75 % (3 af 4)" in page and "33 % (1 af 3)" in page
    # Weeks (Copenhagen): call 10 is Sunday 1 Nov (W44), call 6 W47, calls 1-5 W48.
    for week in ("2026-W44", "2026-W47", "2026-W48"):
        assert week in page
    assert "50 % (2 af 4)" in page  # W48: meetings 1 and 4 of reached 1, 2, 4, 5
    # Funnel: s v1 reached 1, 2; s v2 reached 4, 5; t v1 reached 6.
    assert "s version 1 – 2 nåede" in page and "t version 1 – 1 nåede" in page
    # Variants beside the funnel (stats_data's VARIANTS): s v2's "hilsen" a on calls 3
    # (not reached) and 5 (reached, no step, no meeting), b on call 4 (B, meeting).
    at = page.index("<h4>s v2 · hilsen</h4>")
    hilsen = page[at : page.index("</table>", at)]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", hilsen)
    assert cells[:8] == ["a", "2", "50 % (1 af 2)"] + ["0 % (0 af 1)"] * 5
    assert cells[8:11] == ["b", "1", "100 % (1 af 1)"]
    assert cells[-1] == "100 % (1 af 1)"  # b's meeting
    assert "<h4>tid → tid-a</h4>" in page and "A/B-varianter side om side" in page
    # Objections: pris (calls 1, 2, 4): answer pris-a in 1 and 4 — both booked.
    assert "pris-a" in page and "100 % (2 af 2)" in page
    assert "3 nåede opkald uden møde" in page  # calls 2, 5, 6
    assert "AB + MK" in page and "MK + TR" in page
    assert "Aftaler: 3 · holdt 33 % (1 af 3) · droppet 33 % (1 af 3)" in page
    assert "Mål sat før opkaldet: 43 % (3 af 7)" in page
    # The debrief: of the five reached calls, 4 used the bank, 2 had a goal, 3 reviewed.
    assert "Indvendingsbanken blev brugt i 80 % af de nåede opkald (4 af 5)." in page
    assert "Mål før opkaldet blev brugt i 40 % af de nåede opkald (2 af 5)." in page
    assert "Sparringsgennemgang blev brugt i 60 % af de nåede opkald (3 af 5)." in page
    assert "Overses: ingen." in page
    assert page.count("<svg") >= 5 and "<script" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page


def test_a_consultant_gets_only_their_own_calls(db: str, tmp_path: Path) -> None:
    page = write(db, "AB", tmp_path / "mine.html")
    assert "kun ABs opkald" in page
    assert "67 % (2 af 3)" in page
    assert "75 % (3 af 4)" not in page  # MK's reached
    assert "Indvendingsbanken blev brugt i 100 % af de nåede opkald (2 af 2)." in page


def test_english_with_lang_en(db: str, tmp_path: Path) -> None:
    page = write(db, "TL", tmp_path / "en.html", "--lang", "en")
    assert '<html lang="en">' in page
    assert "The objection bank was used in 80 % of the reached calls (4 of 5)." in page


def test_text_from_the_database_is_escaped(db: str, tmp_path: Path) -> None:
    with Store.open(db) as store, store.session(write=True) as session:
        session.add(Consultant(initials="<b>&x", name=EVIL, team=EVIL))
        session.flush()
        at = datetime(2026, 11, 10, 9, tzinfo=UTC)
        session.add(
            Call(id=50, company_id=1, consultant_id=5, script_id="<i>&s", script_version=1,
                 started_at=at, ended_at=at, current_phase="analyse")
        )  # fmt: skip
        session.flush()
        session.add(CallOutcome(call_id=50, outcome="meeting", reached=True, decided_at=at))
        session.add(
            CallEvent(call_id=50, at=at, kind="objection", phase="analyse",
                      objection_id=EVIL, answer_id="<svg onload=x>")
        )  # fmt: skip
    page = write(db, "TL", tmp_path / "evil.html", "--team", EVIL)
    assert "<script>" not in page and "<b>&x" not in page and "<svg onload" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "&lt;b&gt;&amp;x" in page and "&lt;i&gt;&amp;s version 1" in page


def test_one_teams_debrief_covers_only_its_calls_and_says_so(db: str, tmp_path: Path) -> None:
    with Store.open(db) as store, store.session(write=True) as session:
        for person in session.exec(select(Consultant)):
            person.team = {"AB": "Team Nord", "MK": "Team Syd"}.get(person.initials)
            session.add(person)
    page = write(db, "TL", tmp_path / "syd.html", "--team", "team syd")
    assert "Periode 1/11/2026–30/11/2026 · kun holdet Team Syd" in page
    assert "Team: Team Syd" in page and "hele afdelingen" not in page
    # MK's calls 4, 5, 6, 10: reached 4-6, meeting 4, job order 6; AB's are left out.
    assert "75 % (3 af 4)" in page and "33 % (1 af 3)" in page
    assert "s version 2 – 2 nåede" in page and "s version 1" not in page  # v1: AB's
    # MK's commitments: R3 open, R4 dropped; goals: call 4 of 4, 5, 6, 10.
    assert "Aftaler: 2 · holdt 0 % (0 af 2) · droppet 50 % (1 af 2)" in page
    assert "Mål sat før opkaldet: 25 % (1 af 4)" in page
    browser = shutil.which("chromium")
    if browser is not None:  # the heading as a reader sees it in the browser
        dom = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
             (tmp_path / "syd.html").as_uri()],
            capture_output=True, text=True, timeout=120,
        ).stdout  # fmt: skip
        assert "kun holdet Team Syd" in dom and "Team: Team Syd" in dom
    unknown = run(db, "TL", *NOVEMBER, "--team", "Øst", "-o", str(tmp_path / "x.html"))
    assert unknown.exit_code == 2 and not (tmp_path / "x.html").exists()
    assert "Intet hold hedder 'Øst'" in unknown.output
    assert "Team Nord, Team Syd" in unknown.output.replace("│\n│", " ")


def test_the_rubric_trend_is_a_line_chart_and_a_table(db: str, tmp_path: Path) -> None:
    with Store.open(db) as store, store.session(write=True) as session:
        for review in session.exec(select(Review)):
            answers = {  # R1 (W48) yes → aabning 100 %; R3 (W47) no → 0 %; R4 (W48) a 3 → 67 %
                1: {"a": Answer("aabning", "yes_no", "yes")},
                3: {"a": Answer("aabning", "yes_no", "no")},
                4: {"a": Answer("aabning", "scale", 3)},
            }.get(review.id or 0, {})
            review.answers_json = json.dumps({k: a.to_json() for k, a in answers.items()})
            session.add(review)
    page = write(db, "TR", tmp_path / "trend.html", "--rubrics", str(tmp_path))
    assert "Sparringsscore pr. fase over tid (delte gennemgange)" in page
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart trend"' in page
    assert page.count("<polyline") == 1 and page.count("<circle") == 2  # W47, W48
    # W47: R3 0 % of 1; W48: R1 and R4, (1 + 2/3) / 2 = 83 % of 2.
    assert '<td>Åbning</td><td class="num">0 % (1)</td><td class="num">83 % (2)</td>' in page
    browser = shutil.which("chromium")
    if browser is not None:  # rendered as a reader sees it
        dom = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
             (tmp_path / "trend.html").as_uri()],
            capture_output=True, text=True, timeout=120,
        ).stdout  # fmt: skip
        assert "Sparringsscore pr. fase over tid" in dom and "2026-W48" in dom


def test_bad_input_is_refused_with_exit_2(db: str, tmp_path: Path) -> None:
    bad_date = run(db, "TL", "--from", "32/13/2026", "-o", str(tmp_path / "x.html"))
    assert bad_date.exit_code == 2 and "--from" in bad_date.output
    assert "Statusnotat" in bad_date.output
    backwards = run(db, "TL", "--from", "30/11/2026", "--to", "1/11/2026")
    assert backwards.exit_code == 2 and "perioden" in backwards.output
    no_user = run(db, None, *NOVEMBER, "-o", str(tmp_path / "x.html"))
    assert no_user.exit_code == 2 and "--user" in no_user.output
    unknown = run(db, "ZZ", *NOVEMBER, "-o", str(tmp_path / "x.html"))
    assert unknown.exit_code == 2 and "ZZ" in unknown.output
    folder = run(db, "TL", *NOVEMBER, "-o", str(tmp_path))
    assert folder.exit_code == 2 and "mappe" in folder.output
    missing = tmp_path / "nowhere" / "x.html"
    unwritable = run(db, "TL", *NOVEMBER, "-o", str(missing))
    assert unwritable.exit_code == 2 and "kan ikke skrive" in unwritable.output
    assert "Traceback" not in unwritable.output and not missing.parent.exists()


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the unfiltered rows of an 8-bit RGB or RGBA PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * step
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up, corner = previous[x], previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + pred) & 255
        rows.append(bytes(line[i] for i in range(stride) if i % step < 3))
        previous = line
    return width, height, rows


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no chromium on this machine (CI installs Debian's chromium)")
    return found


def test_the_file_renders_in_headless_chromium(tmp_path: Path) -> None:
    """Rendering does not depend on the backend: one SQLite database is enough."""
    browser = _chromium()
    db = _filled(f"sqlite:///{tmp_path / 'canvass.db'}")
    out = tmp_path / "debrief.html"
    write(db, "TL", out)
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    flags.append(f"--user-data-dir={tmp_path / 'profile'}")
    dom = subprocess.run(
        [*flags, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    assert "Statusnotat – debriefing" in dom
    assert "Indvendingsbanken blev brugt i 80 % af de nåede opkald (4 af 5)." in dom
    assert "Aftaler: 3 · holdt 33 % (1 af 3)" in dom
    shot = tmp_path / "out.png"
    subprocess.run(
        [*flags, f"--screenshot={shot}", "--window-size=1200,1600", out.as_uri()],
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "debrief.pdf"
    subprocess.run(
        [*flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", out.as_uri()],
        capture_output=True,
        timeout=120,
    )
    # Printed: each of the six sections begins on a page of its own.
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())) >= 6
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    ink = sum(1 for row in rows[::4] for x in range(0, len(row), 12) if row[x : x + 3] < b"\xc8")
    dark_blue = sum(
        1 for row in rows[::4] for x in range(0, len(row), 12) if row[x : x + 3] == b"\x2b\x5d\x8a"
    )
    assert ink > 500  # text and bars, not a blank page
    assert dark_blue > 50  # the bars of the charts are drawn


def test_a_period_without_calls_says_so(db: str, tmp_path: Path) -> None:
    result = run(
        db, "TL", "--from", "1/1/2020", "--to", "31/1/2020", "-o", str(tmp_path / "e.html")
    )
    assert result.exit_code == 0, result.output
    page = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert "Ingen opkald i perioden." in page
    assert "Indvendingsbanken: ingen nåede opkald at måle på." in page


def test_tools_under_a_quarter_of_the_reached_calls_count_as_ignored() -> None:
    from canvass.domain.stats import Rate
    from canvass.report.html import sentence, split_tools
    from canvass.services.stats import ToolRow

    row = ToolRow("AB", "AB", 8, Rate(8, 8), Rate(2, 8), Rate(1, 8), Rate(0, 8), Rate(3, 8))
    assert split_tools(row) == (["phases", "bala", "reviewed"], ["objections", "goals"])
    empty = ToolRow("MK", "MK", 0, *(Rate(0, 0) for _ in range(5)))
    assert split_tools(empty) == ([], [])
    assert sentence("bala", Rate(2, 8)) == "BALA blev brugt i 25 % af de nåede opkald (2 af 8)."
