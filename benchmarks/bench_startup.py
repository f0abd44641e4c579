"""Launch → call list usable, against a bare Textual app, in a real terminal (tmux).

Run: ``.venv/bin/python benchmarks/bench_startup.py [--companies N] [--calls N] [--runs 5]``
(defaults: 10,000 companies with ~6,700 calls; for the department target use
``--companies 100000 --calls 1000000``). ``--db PATH`` reuses a database seeded before.

Seeds a temporary SQLite database (see ``bench_company_rows.seed``; every call ended, so no
resume prompt), then alternates, ``--runs`` times each: a bare Textual app that shows one
line, and ``canvass`` on the database. Each starts in a fresh tmux window of 120×34 and
the clock stops when ``tmux capture-pane`` first shows what marks it ready: the bare
app's line, or the name of the call list's first company (the list is usable). Prints
the medians, the ratio and the targets (≤ 1.5× at 10k, ≤ 2× at 100k + 1M calls).

canvass runs three times per round: "cold", with nothing kept (the first start ever; the
app is left running until it has kept its first page, as a session would), "warm", on
the unchanged database (the app paints the kept page, :mod:`canvass.store.first_screen`,
and opens the database after the first frame), and "changed", after the first company's
phone number changed (the kept page no longer holds: the app reads the page with the
kept recipe, :mod:`canvass.store.first_recipe`, before its data layer is up — what a
start after a colleague's calls, or the next morning, does). A fourth figure, not judged,
is the warm start until the data layer is up (the session bar's counts show). The package
is byte-compiled first, as an installed wheel is (this machine sets
PYTHONDONTWRITEBYTECODE, so an editable install never is; Textual's own modules are
compiled by pip).

Needs ``tmux``. The polling (every 10 ms) costs both apps the same.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_company_rows import NOW, seed
from protocol import Context, Result, end_calls
from seeding import seed_database

from canvass.services import Services
from canvass.store import Store

BARE = """\
from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare textual app ready")


Bare().run()
"""
SIZE = (120, 34)
#: On the session bar once the data layer is up ("i dag: 0 opkald · 0 nået · …").
DATA_UP = " nået · "
TIMEOUT = 120.0


def more_calls(store: Store, calls: int) -> None:
    """Top the seeded calls up to ``calls`` (each with an outcome), all ended."""
    with store.engine.begin() as conn:
        have = conn.exec_driver_sql("SELECT count(*) FROM call").scalar_one()
        companies = conn.exec_driver_sql("SELECT max(id) FROM company").scalar_one()
        missing = max(0, calls - have)
        if missing:
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                " INSERT INTO call (company_id, consultant_id, script_id, script_version,"
                " script_hash, started_at, notes)"
                " SELECT 1 + (i * 7919) % ?, 1, 'rekruttering-besoeg', 1, 'b',"
                " datetime(?, '-' || (i % 129600) || ' minutes'), '' FROM n",
                (missing, companies, NOW.strftime("%Y-%m-%d %H:%M:%S")),
            )
            conn.exec_driver_sql(
                "INSERT INTO call_outcome (call_id, outcome, reached, decided_at, comment)"
                " SELECT id, 'no_answer', 0, started_at, '' FROM call"
                " WHERE id NOT IN (SELECT call_id FROM call_outcome)"
            )
        conn.exec_driver_sql("UPDATE call SET ended_at = started_at WHERE ended_at IS NULL")


def seeded(path: Path, companies: int, calls: int) -> None:
    store = Store.open(path)
    try:
        seed(store, companies, random.Random(1))
        more_calls(store, calls)  # and every call ended: no resume prompt
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    finally:
        store.close()


def first_name(path: Path) -> str:
    """The start of the first company's name on the list, as the app will show it."""
    store = Store.open(path)
    try:
        services = Services.of(store)
        me = services.consultants.ensure_consultant("AB", "Anne Bech")
        rows = services.lists.prioritised_rows(
            list_id=None, now=_now(), consultant_id=me.id, limit=1, recent_days=14
        )
        return rows[0].name[:18]
    finally:
        store.close()


def _now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)


def time_to_screen(
    command: str, marker: str, env: dict[str, str], then: Callable[[], bool] | None = None
) -> float:
    """Seconds from starting ``command`` in a fresh tmux session until ``marker`` shows;
    with ``then``, the app is left running (untimed) until ``then()`` is true."""
    session = f"bench-startup-{os.getpid()}"
    tmux = ["tmux", "-L", session]  # a server of its own: other tmux users are not touched
    width, height = SIZE
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    start = time.perf_counter()
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height),
         f"env {exports} {command}"],
        check=True,
    )  # fmt: skip
    pid = subprocess.run(
        [*tmux, "display-message", "-p", "-t", session, "#{pane_pid}"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    try:
        while time.perf_counter() - start < TIMEOUT:
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", session],
                capture_output=True, text=True, check=False,
            ).stdout  # fmt: skip
            if marker in screen:
                ready = time.perf_counter() - start
                while then is not None and not then() and time.perf_counter() - start < TIMEOUT:
                    time.sleep(0.05)
                return ready
            time.sleep(0.01)
        raise TimeoutError(f"never saw {marker!r} within {TIMEOUT:.0f} s:\n{screen}")
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)
        _gone(pid)


def _gone(pid: str, timeout: float = 10.0) -> None:
    """Wait until the process ``pid`` has exited, and a moment more: an app still closing
    (its writer, the database's last checkpoint) would share the machine with the next
    run. A fixed 0.3 s did not always do, and the run after the first start ever paid."""
    deadline = time.perf_counter() + timeout
    while pid.isdigit() and Path(f"/proc/{pid}").exists() and time.perf_counter() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)  # the terminal too


def app_environment(home: Path) -> dict[str, str]:
    """What both apps run with: a home, config and data folders of their own."""
    return {
        "CANVASS_CONFIG": str(home / "config.toml"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
    }


def side_by_side(
    db: Path, runs: int, home: Path, baseline_python: str | None = None
) -> dict[str, list[float]]:
    """Seconds to ready, alternating: the bare app, canvass (and a baseline canvass)."""
    marker = first_name(db)
    (home / "bare.py").write_text(BARE)
    env = app_environment(home)
    python = shlex.quote(sys.executable)
    bare_cmd = f"{python} {shlex.quote(str(home / 'bare.py'))}"
    app_cmd = f"{python} -m canvass --db {shlex.quote(str(db))} --user AB"
    old_cmd = app_cmd.replace(python, shlex.quote(baseline_python or ""), 1)
    compile_package()
    kept = home / "state" / "canvass"
    times: dict[str, list[float]] = {"bare": [], "canvass": [], "warm": [], "up": []}
    times["baseline"], times["changed"] = [], []

    def is_kept() -> bool:  # the app has kept its first page (a user's session would)
        return any(kept.glob("first-screen-*.json"))

    for _ in range(runs):
        times["bare"].append(time_to_screen(bare_cmd, "bare textual app ready", env))
        shutil.rmtree(kept, ignore_errors=True)  # cold: nothing kept
        times["canvass"].append(time_to_screen(app_cmd, marker, env, is_kept))
        times["warm"].append(time_to_screen(app_cmd, marker, env))
        change_first_page(db, marker)  # a colleague changed a company on the page meanwhile
        times["changed"].append(time_to_screen(app_cmd, marker, env, is_kept))
        times["up"].append(time_to_screen(app_cmd, DATA_UP, env))
        if baseline_python:
            times["baseline"].append(time_to_screen(old_cmd, marker, env))
    return times


def change_first_page(db: Path, name: str) -> None:
    """Change the phone number of the first company on the page (``name``: the start of
    its name), as a colleague might: the kept page no longer holds, so the app reads its
    page with the kept recipe (:mod:`canvass.store.first_recipe`)."""
    connection = sqlite3.connect(db)
    try:
        connection.execute(
            "UPDATE company SET phone = CASE WHEN phone LIKE '%9' THEN substr(phone, 1, 7) || '8'"
            " ELSE substr(phone, 1, 7) || '9' END"
            " WHERE id = (SELECT id FROM company WHERE substr(name, 1, ?) = ? LIMIT 1)",
            (len(name), name),
        )
        connection.commit()
    finally:
        connection.close()


def compile_package() -> None:
    """Byte-compile canvass as a wheel install does (see the module docstring)."""
    import compileall

    import canvass

    compileall.compile_dir(Path(canvass.__file__).parent, quiet=1)


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: both start-up rows (the app / the bare app, medians)
    on a 10,000-company database made here and on the shared seeded one (a copy the app
    may write to). ``--quick``: 1,000 companies and the quick seeded database, 2 runs."""
    runs = 2 if ctx.quick else 5
    small_size = 1_000 if ctx.quick else 10_000
    small = ctx.folder / f"startup-{small_size}.db"
    seed_database(str(small), small_size, 0, random.Random(1))
    end_calls(small)
    sizes = ctx.sizes
    rows = (
        (small, f"launch → list usable, {small_size:,} companies", 1.5),
        (ctx.app_database(), f"launch, {sizes.companies:,} co. + {sizes.calls:,} calls", 2.0),
    )
    results = []
    for db, label, target in rows:
        home = ctx.folder / f"startup-home-{db.stem}"
        home.mkdir()
        times = side_by_side(db, runs, home)
        bare = statistics.median(times["bare"])
        cold, warm = statistics.median(times["canvass"]), statistics.median(times["warm"])
        up = statistics.median(times["up"])
        runs_note = f"medians of {runs}, alternating, tmux"
        note = f"app {cold:.2f} s, bare {bare:.2f} s ({runs_note}; nothing kept)"
        results.append(Result(f"{label}, × bare", cold / bare, "×", target, ctx.backend, note))
        note = f"app {warm:.2f} s, bare {bare:.2f} s ({runs_note}); data up after {up:.2f} s"
        warm_label = f"{label}, restart on an unchanged database, × bare"
        results.append(Result(warm_label, warm / bare, "×", target, ctx.backend, note))
        changed = statistics.median(times["changed"])
        note = f"app {changed:.2f} s, bare {bare:.2f} s ({runs_note}; read with the kept recipe)"
        changed_label = f"{label}, restart after the list changed, × bare"
        results.append(Result(changed_label, changed / bare, "×", target, ctx.backend, note))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=0, help="top the calls up to this many")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a database seeded before (kept)")
    parser.add_argument("--target", type=float, help="default: 1.5 (2 with --calls ≥ 1M)")
    parser.add_argument(
        "--baseline-python",
        help="also time the canvass of another checkout's venv (old vs new in the same run)",
    )
    args = parser.parse_args()
    target = args.target or (2.0 if args.calls >= 1_000_000 else 1.5)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        db = args.db or home / "bench.db"
        if not db.exists():
            began = time.perf_counter()
            seeded(db, args.companies, args.calls)
            print(f"seeding took {time.perf_counter() - began:.1f} s")
        times = side_by_side(db, args.runs, home, args.baseline_python)
    bare_s = statistics.median(times["bare"])
    _line("bare Textual app", times["bare"])
    labels = (
        ("canvass (cold)", "canvass"),
        ("canvass (warm)", "warm"),
        ("list changed", "changed"),
        ("warm: data up", "up"),
        ("baseline canvass", "baseline"),
    )
    for label, key in labels:
        if times[key]:
            _line(label, times[key], bare_s)
    for label, key in (("cold", "canvass"), ("warm", "warm"), ("changed", "changed")):
        ratio = statistics.median(times[key]) / bare_s
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"{label}: target ≤ {target:.1f}× the bare app; measured {ratio:.2f}× ({verdict})")


def _line(label: str, times: list[float], bare: float | None = None) -> None:
    median = statistics.median(times)
    ratio = "" if bare is None else f" = {median / bare:.2f}× bare"
    runs = " ".join(f"{s:.2f}" for s in times)
    print(f"{label:<18} {runs} s, median {median:.2f} s{ratio}")


if __name__ == "__main__":
    main()
