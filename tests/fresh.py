"""Code run in a new interpreter, for what a start imports (nothing is imported there yet)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def in_fresh_python(code: str) -> Any:
    """Run ``code`` in a new Python and return the JSON of the last line it prints."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])
