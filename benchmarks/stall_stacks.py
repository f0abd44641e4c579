"""What the event loop was doing when it stalled: a sampler for ``bench_heartbeat --stacks``.

A thread looks at the main thread every 2 ms; while the heartbeat has not beaten for longer
than ``threshold`` it records the main thread's stack (the frames of canvass, Textual, Rich
and SQLAlchemy, innermost last). Afterwards ``report`` prints, per stall, its length, the key
sent before it and the stack seen most often during it — where a slow key spends its time.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

INTERESTING = ("canvass", "textual", "rich", "sqlalchemy", "gc_pause", "asyncio")


@dataclass
class Stall:
    key: str
    started: float
    samples: Counter[tuple[str, ...]] = field(default_factory=Counter)
    length: float = 0.0


class StallSampler(threading.Thread):
    """Samples the main thread while ``heart`` (its ``last`` beat) is overdue."""

    def __init__(self, heart: Any, threshold: float = 0.03, depth: int = 14) -> None:
        super().__init__(daemon=True, name="stall-sampler")
        self.heart, self.threshold, self.depth = heart, threshold, depth
        self.main = threading.main_thread().ident
        self.stalls: list[Stall] = []
        self.stopped = False

    def run(self) -> None:
        current: Stall | None = None
        while not self.stopped:
            time.sleep(0.002)
            overdue = time.perf_counter() - self.heart.last
            if overdue < self.threshold:
                if current is not None:
                    current.length = current.length or overdue
                    current = None
                continue
            if current is None or current.started != self.heart.last:
                current = Stall(self.heart.key, self.heart.last)
                self.stalls.append(current)
            current.length = overdue
            frame = sys._current_frames().get(self.main)  # type: ignore[arg-type]
            if frame is not None:
                current.samples[self._stack(frame)] += 1

    def _stack(self, frame: Any) -> tuple[str, ...]:
        lines = []
        for summary in traceback.extract_stack(frame):
            if any(part in summary.filename for part in INTERESTING):
                short = summary.filename.split("site-packages/")[-1].split("/main/")[-1]
                lines.append(f"{short}:{summary.lineno} {summary.name}")
        return tuple(lines[-self.depth :])

    def report(self, top: int = 8) -> str:
        out = []
        for stall in sorted(self.stalls, key=lambda s: -s.length)[:top]:
            out.append(f"--- stall {stall.length * 1000:.0f} ms after {stall.key!r}")
            for stack, count in stall.samples.most_common(2):
                out.append(f"  [{count} samples]")
                out.extend(f"    {line}" for line in stack)
        return "\n".join(out)
