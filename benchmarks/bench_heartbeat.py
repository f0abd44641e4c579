"""The longest stall of the event loop while a consultant works: list, call, bank, wrap-up.

Run: ``.venv/bin/python benchmarks/bench_heartbeat.py --db PATH [--objections DIR]``
(a database made by ``bench_startup.py``). Runs the app headless (120×34) with a timer
that beats every 10 ms and keeps the longest gap between two beats; keys are sent as a
terminal sends them, 60 ms apart (a quick typist), never waiting for the app. For each
screen it prints the worst gap minus the 10 ms beat: the stall a key press met.
Target (issue 10): no stall > 50 ms on any of them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from app_driver import make_app, send_key, settle
from protocol import Context, Result, end_calls, run_child

BEAT = 0.01
TARGET_MS = 50.0
GAP = 0.06

#: Per screen: the keys (words are typed letter by letter). The call screen opens on the
#: first listed company; the bank and the wrap-up open from the call.
SCRIPT: tuple[tuple[str, list[str]], ...] = (
    ("list", ["down"] * 15 + ["pagedown"] * 6 + ["pageup"] * 3 + ["up"] * 5
     + ["slash", *"hansen", "escape", "down", "down", "slash", "backspace"] + ["backspace"] * 5
     + ["escape"] + ["down"] * 5 + ["ctrl+home"]),
    ("call screen", ["right", "right", "left", "down", "down", "up", "b", "n", *"ringer igen",
                     "escape", "right"]),
    ("bank", ["o", *"for dyrt", "down", "down", "up", "backspace", "backspace", *"yrt",
              "enter", "escape", "escape"]),
    ("wrap-up", ["e", "tab", *"kort notat", "tab", "shift+tab", "escape"]),
)  # fmt: skip


class Heartbeat:
    """Beats every 10 ms on the app's loop; ``worst`` is the longest gap since reset."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.key = ""  # the key sent last
        self.worst_key = ""  # the key sent last before the worst gap
        # The main thread's CPU time between two beats: the same stall, but not lengthened
        # by other processes on a busy machine (what to compare when it is not quiet).
        self.cpu_last = time.thread_time()
        self.worst_cpu = 0.0
        self.worst_cpu_key = ""

    def beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.worst:
            self.worst, self.worst_key = now - self.last, self.key
        if cpu - self.cpu_last > self.worst_cpu:
            self.worst_cpu, self.worst_cpu_key = cpu - self.cpu_last, self.key
        self.last, self.cpu_last = now, cpu

    def reset(self) -> None:
        self.last, self.worst, self.worst_key = time.perf_counter(), 0.0, ""
        self.cpu_last, self.worst_cpu, self.worst_cpu_key = time.thread_time(), 0.0, ""


async def beat(
    db: Path, objections: Path | None, stacks: bool = False
) -> dict[str, tuple[float, str]]:
    app = make_app(db, objections)
    worst: dict[str, tuple[float, str]] = {}
    cpu: dict[str, tuple[float, str]] = {}
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        heart = Heartbeat()
        app.set_interval(BEAT, heart.beat)
        sampler = None
        if stacks:
            from stall_stacks import StallSampler

            sampler = StallSampler(heart)
            sampler.start()
        for screen, keys in SCRIPT:
            if screen == "call screen":
                send_key(app, "enter")  # call the first listed company
                await _until(lambda: type(app.screen).__name__ == "CallScreen")
                await asyncio.sleep(0.5)  # the call opens (a write), then the keys
            heart.reset()
            for key in keys:
                heart.key = key
                send_key(app, key)
                await asyncio.sleep(GAP)
            await asyncio.sleep(0.3)  # the last key's work
            worst[screen] = (max(0.0, heart.worst - BEAT) * 1000, heart.worst_key)
            cpu[screen] = (heart.worst_cpu * 1000, heart.worst_cpu_key)
        if sampler is not None:
            sampler.stopped = True
            print(sampler.report(), file=sys.stderr)
    for screen, (ms, key) in cpu.items():
        print(f"{screen:<12} worst main-thread CPU between beats {ms:6.1f} ms after {key!r}",
              file=sys.stderr)  # fmt: skip
    return worst


async def _until(condition: object, timeout: float = 30.0) -> None:
    started = time.perf_counter()
    while not condition() and time.perf_counter() - started < timeout:  # type: ignore[operator]
        await asyncio.sleep(0.05)


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: one row per screen, the app in a fresh process on a
    copy of the shared seeded database with the generated bank of ``sizes.objections``."""
    db, bank = ctx.app_database(), ctx.objection_bank()
    worst = run_child(Path(__file__), "--db", str(db), "--objections", str(bank))
    size = f"{ctx.sizes.companies:,} companies, {ctx.sizes.objections:,} objections"
    return [
        Result(f"worst event-loop stall: {screen}", stall, "ms", TARGET_MS, ctx.backend,
               f"after {key!r}; {size}")
        for screen, (stall, key) in worst.items()
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--objections", type=Path, help="the bank (default: the shipped one)")
    parser.add_argument("--json-out", type=Path, help="also write the stalls as JSON")
    where = "print where the main thread was during the longest stalls"
    parser.add_argument("--stacks", action="store_true", help=where)
    args = parser.parse_args()
    end_calls(args.db)  # a call left open by an earlier run would ask to be resumed
    worst = asyncio.run(beat(args.db, args.objections, args.stacks))
    if args.json_out:
        args.json_out.write_text(json.dumps(worst))
    for screen, (stall, key) in worst.items():
        verdict = "ok" if stall <= TARGET_MS else "MISSED"
        print(
            f"{screen:<12} worst stall {stall:6.1f} ms after {key!r:<12}"
            f" (target ≤ {TARGET_MS:.0f} ms: {verdict})"
        )
    print(f"worst overall {max(stall for stall, _ in worst.values()):.1f} ms")


if __name__ == "__main__":
    main()
