"""``python -m benchmarks``: every benchmark of issue 10 in one run, as a table and JSON.

    .venv/bin/python -m benchmarks [--quick] [--only NAME ...] [--postgres URL] [--json FILE]

Finds the modules ``benchmarks/bench_*.py`` that have ``run(ctx)`` (see
``benchmarks/protocol.py``), makes the data they share once (a 1,000,000-row CSV, a database
of 100,000 companies and 1,000,000 calls; ``--quick``: a tenth and less), runs each on
SQLite and — with ``--postgres URL`` or ``CANVASS_BENCH_POSTGRES`` — on PostgreSQL too
(fresh databases on that server, dropped afterwards), and prints target, measured, ratio
and ✓/✗. A module that fails is a ✗ row with its error; the others still run.
Exit status 0 when every target holds, 1 when any is missed or failed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # modules import each other by bare name, as when run alone
sys.path.insert(0, str(HERE.parent))

from protocol import (  # noqa: E402
    Context,
    Result,
    Sizes,
    postgres_from_environment,
    remove,
    scratch_folder,
)


def modules(only: list[str]) -> list[tuple[str, ModuleType]]:
    """The benchmark modules (``bench_NAME.py`` with ``run``), those named in ``only``."""
    found = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if only and name not in only and path.stem not in only:
            continue
        module = importlib.import_module(path.stem)
        if callable(getattr(module, "run", None)):
            found.append((name, module))
    return found


def table(results: list[Result]) -> str:
    """Results as a plain-text table: what, backend, target, measured, ratio, ✓/✗."""
    lines = [f"{'benchmark':<52} {'backend':<10} {'target':>10} {'measured':>10} "
             f"{'ratio':>6}  "]  # fmt: skip
    for result in results:
        target = "-" if result.target is None else f"{result.target:g} {result.unit}"
        measured = f"{result.measured:.1f} {result.unit}"
        ratio = "-" if result.ratio is None else f"{result.ratio:.2f}"
        mark = {True: "✓", False: "✗", None: " "}[result.ok]
        line = (
            f"{result.name:<52} {result.backend:<10} {target:>10} {measured:>10} {ratio:>6}  {mark}"
        )
        lines.append(line + (f"  {result.note}" if result.note else ""))
    return "\n".join(lines)


def run_all(
    chosen: list[tuple[str, ModuleType]], sizes: Sizes, postgres: str | None, quick: bool
) -> list[Result]:
    results: list[Result] = []
    root = scratch_folder()
    try:
        backends = ["sqlite"] + (["postgresql"] if postgres else [])
        for backend in backends:
            folder = root / backend
            folder.mkdir()
            ctx = Context(backend, sizes, folder, postgres, quick)
            try:
                for name, module in chosen:
                    if backend not in getattr(module, "BACKENDS", ("sqlite",)):
                        continue
                    print(f"… {name} on {backend}", file=sys.stderr, flush=True)
                    start = time.perf_counter()
                    try:
                        results.extend(module.run(ctx))
                    except Exception as error:  # one broken benchmark must not hide the rest
                        traceback.print_exc()
                        note = f"error: {type(error).__name__}: {error}"[:200]
                        results.append(Result(name, float("nan"), "", 0.0, backend, note))
                    took = time.perf_counter() - start
                    print(f"  {name} on {backend}: {took:.0f} s", file=sys.stderr, flush=True)
            finally:
                ctx.close()
    finally:
        remove(root)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="small data (a quick check)")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only bench_NAME.py; may be repeated")  # fmt: skip
    parser.add_argument("--postgres", metavar="URL", default=postgres_from_environment(),
                        help="also on PostgreSQL (default: $CANVASS_BENCH_POSTGRES)")  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args()
    chosen = modules(args.only)
    if args.list or not chosen:
        print("\n".join(name for name, _ in chosen) or "no benchmark matches")
        sys.exit(0 if chosen else 2)
    sizes = Sizes.quick() if args.quick else Sizes()
    results = run_all(chosen, sizes, args.postgres, args.quick)
    print(table(results))
    if args.json:
        report = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": platform.node(),
            "python": platform.python_version(),
            "quick": args.quick,
            "sizes": sizes.__dict__,
            "results": [r.as_dict() for r in results],
        }
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    sys.exit(0 if all(r.ok is not False for r in results) else 1)


if __name__ == "__main__":
    main()
