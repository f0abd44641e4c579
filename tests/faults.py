"""A PostgreSQL server of the tests' own, to stop and start: the shared one is never stopped.

Debian's ``pg_createcluster`` makes a second cluster (its own data folder, port and
processes, run as the ``postgres`` user) beside the shared server; the tests stop it with
``pg_ctlcluster … stop -m fast`` (the server ends every session, as a restart does) and
start it again. Each test process (each pytest-xdist worker) makes its own cluster on the
first free port from 5439, so one stopping its server never disturbs another run; the
cluster is dropped when the session ends.

It needs what ``.ci/run`` has: root (to act as ``postgres``), Debian's PostgreSQL tools,
and ``CANVASS_TEST_POSTGRES`` set (without it the PostgreSQL half is skipped anyway).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.backends import postgres_admin_url

#: The first port a fault server may take (each takes the first free one from here).
FIRST_PORT = 5439
_ROLE, _PASSWORD = "canvass", "canvass"


def unavailable() -> str | None:
    """Why a fault server cannot be made here, or None when it can."""
    if postgres_admin_url() is None:
        return "no PostgreSQL server: set CANVASS_TEST_POSTGRES"
    if os.geteuid() != 0:
        return "a fault server is made as root (pg_createcluster), as in .ci/run"
    if shutil.which("pg_createcluster") is None or not _versions():
        return "Debian's PostgreSQL tools (pg_createcluster) are not installed"
    return None


def _versions() -> list[str]:
    folder = Path("/usr/lib/postgresql")
    found = [p.name for p in folder.iterdir() if p.name.isdigit()] if folder.is_dir() else []
    return sorted(found, key=int)


def _run(*command: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout


@dataclass
class FaultServer:
    """A cluster the tests may stop and start; ``url`` reaches its ``postgres`` database."""

    version: str
    name: str
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{_ROLE}:{_PASSWORD}@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        if self.running():
            return
        _run("pg_ctlcluster", self.version, self.name, "start")
        self.wait_until_ready()

    def stop(self) -> None:
        """Stop the server the way a restart does: every session is ended (fast mode)."""
        _run("pg_ctlcluster", self.version, self.name, "stop", "-m", "fast")

    def running(self) -> bool:
        done = subprocess.run(
            ["pg_ctlcluster", self.version, self.name, "status"],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        return done.returncode == 0

    def wait_until_ready(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready = subprocess.run(
                ["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(self.port)],
                timeout=10, check=False,
            )  # fmt: skip
            if ready.returncode == 0:
                return
            time.sleep(0.2)
        raise RuntimeError(f"the fault server on port {self.port} did not start")

    def drop(self) -> None:
        _run("pg_dropcluster", "--stop", self.version, self.name)


def make_fault_server() -> FaultServer:
    """Create and start a fault cluster of this process's own, with the test role.

    The first port from :data:`FIRST_PORT` that no cluster uses and nothing listens on;
    the cluster is named after it, so concurrent test runs (xdist workers, or two people's
    runs on one machine) never share — and never stop — each other's server.
    """
    version = _versions()[-1]
    with open("/tmp/canvass-fault-servers.lock", "w") as lock:  # one creator at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        server = _create(version)
    server.start()
    create_role = (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{_ROLE}') THEN "
        f"CREATE ROLE {_ROLE} LOGIN SUPERUSER PASSWORD '{_PASSWORD}'; END IF; END $$"
    )
    _run("su", "postgres", "-c", f"psql -q -v ON_ERROR_STOP=1 -p {server.port}", stdin=create_role)
    return server


def _create(version: str) -> FaultServer:
    for port in range(FIRST_PORT, FIRST_PORT + 60):
        taken = {line.split()[2] for line in _run("pg_lsclusters", "-h").splitlines()}
        if str(port) in taken or _listening(port):
            continue
        server = FaultServer(version, f"canvassfaults{port}", port)
        try:
            _run(
                "pg_createcluster", version, server.name, "-p", str(port),
                "-o", "shared_buffers=16MB", "-o", "max_connections=40",
            )  # fmt: skip
        except RuntimeError:  # taken in between by something else: the next port
            continue
        return server
    raise RuntimeError(f"no free port for a fault server from {FIRST_PORT}")


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0
