"""The benchmark protocol: what a module offers ``python -m benchmarks`` and gets from it.

A benchmark module is a file ``benchmarks/bench_*.py`` with

    BACKENDS = ("sqlite", "postgresql")   # optional; default ("sqlite",)
    def run(ctx: Context) -> list[Result]: ...

``run`` makes or asks ``ctx`` for its data, measures, and returns one :class:`Result` per
figure (with the issue's target when there is one). It never asserts: a missed target is
a ✗ in the table, not an exception. Each module stays runnable alone (its own ``main``).
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Result:
    """One measured figure. ``target`` in the same unit (None: shown, not judged);
    ``higher_is_better`` for figures such as rows per second."""

    name: str
    measured: float
    unit: str
    target: float | None = None
    backend: str = "sqlite"
    note: str = ""
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        """measured / target (below 1 is within target), or None without a target."""
        if self.target is None or self.measured == 0 or self.target == 0:
            return None
        if self.higher_is_better:
            return self.target / self.measured
        return self.measured / self.target

    @property
    def ok(self) -> bool | None:
        """Within the target; None without one."""
        ratio = self.ratio
        return None if ratio is None else ratio <= 1.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": self.ratio, "ok": self.ok}


@dataclass(frozen=True)
class Sizes:
    """How much data: the issue's sizes, or a tenth and less with ``--quick``."""

    companies: int = 100_000
    calls: int = 1_000_000
    objections: int = 5_000
    csv_rows: int = 1_000_000

    @classmethod
    def quick(cls) -> Sizes:
        return cls(companies=10_000, calls=100_000, objections=500, csv_rows=50_000)


@dataclass
class Context:
    """What a benchmark gets: the sizes, the backend, a scratch folder and shared data.

    Data made here is made once per run and shared (read-only!) by every module: the
    company CSV (:meth:`company_csv`) and a seeded database per backend (:meth:`seeded_url`).
    """

    backend: str  # "sqlite" or "postgresql"
    sizes: Sizes
    folder: Path
    postgres_url: str | None = None  # a server URL whose role may CREATE DATABASE
    quick: bool = False
    _cache: dict[str, Any] = field(default_factory=dict)
    _databases: list[str] = field(default_factory=list)

    def new_database(self, name: str = "bench") -> str:
        """The URL of a new, empty database on this backend (dropped at the end)."""
        if self.backend == "sqlite":
            return str(self.folder / f"{name}-{uuid.uuid4().hex[:8]}.db")
        assert self.postgres_url is not None
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        database = f"canvass_bench_{name}_{uuid.uuid4().hex[:8]}".lower()
        admin = create_engine(self.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
        admin.dispose()
        self._databases.append(database)
        return make_url(self.postgres_url).set(database=database).render_as_string(False)

    def company_csv(self) -> Path:
        """A CVR-export-like company list of ``sizes.csv_rows`` rows (made once)."""
        if "csv" not in self._cache:
            from seeding import write_company_csv

            path = self.folder.parent / f"companies-{self.sizes.csv_rows}.csv"
            if not path.exists():
                write_company_csv(path, self.sizes.csv_rows)
            self._cache["csv"] = path
        return Path(self._cache["csv"])

    def seeded_url(self) -> str:
        """A database with ``sizes.companies`` companies and ``sizes.calls`` calls (with
        outcomes, callbacks, meetings, the derived call state, ANALYZEd), made once per
        backend. Shared: read it, never write to it."""
        if "seeded" not in self._cache:
            from seeding import seed_database

            url = self.new_database("seeded")
            seed_database(url, self.sizes.companies, self.sizes.calls, random.Random(1))
            self._cache["seeded"] = url
        return str(self._cache["seeded"])

    def app_database(self) -> Path:
        """A SQLite copy of the shared seeded database for benchmarks that run the app
        (which writes: its consultant, the calls it makes), every call ended so the app
        offers no call to resume. Made once per run and shared by the app benchmarks
        (each call ends what the one before left open); always SQLite (the app under
        test runs on a file, as a consultant's laptop does)."""
        if "app" not in self._cache:
            import sqlite3

            source = self.seeded_url() if self.backend == "sqlite" else None
            path = self.folder.parent / f"app-{self.sizes.companies}.db"
            if not path.exists():
                if source is None:
                    from seeding import seed_database

                    seed_database(str(path), self.sizes.companies, self.sizes.calls,
                                  random.Random(1))  # fmt: skip
                else:
                    with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
                        src.backup(dst)
            self._cache["app"] = path
        end_calls(self._cache["app"])
        return Path(self._cache["app"])

    def objection_bank(self) -> Path:
        """A folder with ``sizes.objections`` generated objections (``objection_bank_data``),
        made once per run."""
        if "bank" not in self._cache:
            from objection_bank_data import write_bank

            folder = self.folder.parent / f"objections-{self.sizes.objections}"
            if not folder.exists():
                write_bank(folder, self.sizes.objections)
            self._cache["bank"] = folder
        return Path(self._cache["bank"])

    def close(self) -> None:
        """Drop the PostgreSQL databases made (SQLite files go with the folder)."""
        if self._databases and self.postgres_url:
            from sqlalchemy import create_engine

            admin = create_engine(self.postgres_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for database in self._databases:
                    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.dispose()
        self._databases.clear()


def end_calls(path: Path) -> None:
    """End every unended call in the SQLite file ``path`` (no resume prompt at start-up)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE call SET ended_at = started_at WHERE ended_at IS NULL")


def run_child(script: Path, *args: str, timeout: float = 1800.0) -> Any:
    """Run ``script`` (a benchmark's ``main``) in a fresh interpreter with ``--json-out
    FILE`` and return what it wrote there: figures such as memory and stalls must not
    carry this process's heap."""
    import json
    import subprocess
    import sys

    with tempfile.TemporaryDirectory(prefix="canvass-bench-child-") as folder:
        out = Path(folder) / "out.json"
        command = [sys.executable, str(script), *args, "--json-out", str(out)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"{script.name} failed ({done.returncode}): {done.stderr[-400:]}")
        return json.loads(out.read_text())


def scratch_folder() -> Path:
    """A new temporary folder (the caller removes it)."""
    return Path(tempfile.mkdtemp(prefix="canvass-bench-"))


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def postgres_from_environment() -> str | None:
    return os.environ.get("CANVASS_BENCH_POSTGRES") or None
