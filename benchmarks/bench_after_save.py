"""Time from ``ctrl+s`` in the wrap-up to the call list showing the saved call's new state.

Run: ``.venv/bin/python benchmarks/bench_after_save.py [--tries N]``.
On a fresh demo database, headless at 120×34: ``--tries`` times, call the highlighted
company, end the call as "ikke interesseret" (``e`` ``5``), post ``ctrl+s`` without a
pause and wait until the list has reloaded (a new generation of rows, the saved call's
state in them) and has been painted. Prints the median and the worst time. Nothing is asserted.
"""

from __future__ import annotations

import time

from bench_wrapup_open import demo_result, painted, print_demo, until
from protocol import Context, Result
from textual import events

from canvass.ui.app import CanvassApp
from canvass.ui.screens.call_list import CallList
from canvass.ui.screens.call_screen import CallScreen
from canvass.ui.screens.wrapup_dialog import WrapUpScreen


async def measure(app: CanvassApp, tries: int) -> list[float]:
    samples: list[float] = []
    async with app.run_test(size=(120, 34)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(tries):
            await pilot.press("enter")  # call the highlighted company
            await until(lambda: isinstance(app.screen, CallScreen) and app.screen.session)
            call = app.screen
            assert isinstance(call, CallScreen)
            await pilot.press("e", "5")
            await until(lambda: isinstance(app.screen, WrapUpScreen))
            generation = app.call_list._generation
            start = time.perf_counter()
            app.post_message(events.Key("ctrl+s", None))

            def shown(generation: int = generation) -> bool:
                """The list reloaded after the save (a new generation) and has its rows."""
                listing = app.call_list
                return (
                    isinstance(app.screen, CallList)
                    and listing._generation > generation
                    and not listing._loading
                )

            await until(shown)
            await painted(app)
            samples.append(time.perf_counter() - start)
            await pilot.pause(0.05)
    return samples


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: ctrl+s → list shows the call (no target of its own)."""
    return demo_result(measure, "ctrl+s → list shows the saved call", 3 if ctx.quick else 10, ctx)


def main() -> None:
    print_demo(measure, "ctrl+s → list shows the saved call", 10)


if __name__ == "__main__":
    main()
