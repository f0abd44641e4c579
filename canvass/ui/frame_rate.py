"""How often a screen may paint: up to 120 frames a second instead of Textual's 60.

Textual paints a screen on a timer that ticks on a fixed grid of ``1 / TEXTUAL_FPS``
seconds: whatever a key changed waits for the next tick, 0-16.7 ms at 60 frames a second
(8 ms on average), on top of the key's own work. With a keystroke's work at 5-20 ms, that
wait was often most of what a consultant waits for: the bank's keystroke → painted had a
median of 16.5 ms and a worst of 40-54 ms at 60 frames a second, 9.1 and 26-30 ms at 120.
A screen that changes nothing does not paint at all, so an idle app costs no more.

Set ``TEXTUAL_FPS`` to choose another rate (Textual reads it); this applies only when it
is not set.
"""

from __future__ import annotations

import os

from textual import screen

#: Frames a second a screen may paint (unless ``TEXTUAL_FPS`` says otherwise).
FRAMES_PER_SECOND = 120


def use_frame_rate() -> None:
    """Let screens made from now on paint up to :data:`FRAMES_PER_SECOND` times a second
    (Textual's screens read ``UPDATE_PERIOD`` when they first refresh)."""
    if "TEXTUAL_FPS" not in os.environ:
        screen.UPDATE_PERIOD = 1 / FRAMES_PER_SECOND  # type: ignore[misc]


use_frame_rate()
