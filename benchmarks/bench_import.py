"""Time and peak memory of ``canvass import`` on a 1,000,000-row CSV file (issue 10).

Target: 1,000,000 rows in ≤ 150 s with ≤ 300 MB peak memory (streamed, with a bar).
Run alone: ``.venv/bin/python benchmarks/bench_import.py [--rows N] [--postgres URL]``,
or as part of ``python -m benchmarks``. Writes a CVR-export-like file (``;``, UTF-8 with
BOM, CRLF, valid CVRs; ``seeding.write_company_csv``), runs ``canvass import FILE --list``
as a child process into a new database — wall time, and the child's peak resident memory
from ``wait4`` — then imports the same file again with a tenth of the rows changed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from protocol import Context, Result, Sizes, postgres_from_environment, remove, scratch_folder
from seeding import write_company_csv

BACKENDS = ("sqlite", "postgresql")
TARGET_SECONDS_PER_MILLION = 150.0
TARGET_MB = 300.0


def timed_import(path: Path, url: str, folder: Path) -> tuple[float, float, float]:
    """Wall seconds, peak MB and CPU seconds of ``canvass import`` in a child process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANVASS_")}
    env["CANVASS_CONFIG"] = str(folder / "config.toml")  # never the user's own
    peak_file = folder / "import.peak"
    env["BENCH_PEAK_FILE"] = str(peak_file)
    arguments = ["import", str(path), "--db", url, "--user", "AB", "--list", "Benchmark"]
    command = [sys.executable, "-c", _REPORT_PEAK, *arguments]
    out, err = folder / "import.out", folder / "import.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    child.returncode = code
    if code != 0:
        raise RuntimeError(f"canvass import failed ({code}): {err.read_text()[-500:]}")
    peak_mb = int(peak_file.read_text()) / 1024  # VmHWM, kB
    return seconds, peak_mb, usage.ru_utime + usage.ru_stime


#: Runs ``canvass`` and writes its own peak memory (VmHWM) at exit. Not the rusage of
#: wait4: Linux carries the high-water mark of the forked copy of this process (the
#: runner, holding seeded data) across exec into the child's ``ru_maxrss``.
_REPORT_PEAK = """
import atexit, os, sys
def _peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
                    out.write(line.split()[1])
atexit.register(_peak)
from canvass.cli import main
main(sys.argv[1:])
"""


def run(ctx: Context) -> list[Result]:
    rows = ctx.sizes.csv_rows
    first = ctx.company_csv()
    again = ctx.folder.parent / f"companies-{rows}-changed.csv"
    if not again.exists():
        write_company_csv(again, rows, changed=0.1)
    url = ctx.new_database("import")
    target = TARGET_SECONDS_PER_MILLION * rows / 1_000_000
    results = []
    for label, path, goal in (
        (f"import {rows:,} CSV rows", first, target),
        (f"re-import {rows:,} rows, 10% changed", again, None),
    ):
        load = os.getloadavg()[0]
        seconds, peak, cpu = timed_import(path, url, ctx.folder)
        note = f"CPU {cpu:.0f} s, load {load:.1f}"  # wall time counts the machine's load
        results.append(Result(f"{label}: time", seconds, "s", goal, ctx.backend, note))
        results.append(Result(f"{label}: peak memory", peak, "MB", TARGET_MB, ctx.backend))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--postgres", metavar="URL", default=postgres_from_environment())
    args = parser.parse_args()
    root = scratch_folder()
    try:
        backends = ["sqlite"] + (["postgresql"] if args.postgres else [])
        for backend in backends:
            folder = root / backend
            folder.mkdir()
            ctx = Context(backend, Sizes(csv_rows=args.rows), folder, args.postgres)
            try:
                for result in run(ctx):
                    ratio = f"{result.ratio:.2f}" if result.ratio is not None else "-"
                    print(f"{backend:<10} {result.name:<48} {result.measured:9.1f} {result.unit}"
                          f"  ratio {ratio}  {result.note}")  # fmt: skip
            finally:
                ctx.close()
    finally:
        remove(root)


if __name__ == "__main__":
    main()
