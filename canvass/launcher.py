"""The ``canvass`` command's entry point: the cyclic garbage collector waits while the app
starts.

Starting the app imports Textual and the screens and builds the first frame: some 140
collections of the young generations before the first frame (60-110 ms of a 0.4 s start on
this machine), walking objects that live as long as the process anyway. So the collector
is held from the first line (:func:`hold`) and let go (:func:`release`) once the first
frame is painted, with everything made until then moved out of its reach
(:func:`gc.freeze`): the collections after it walk only what the session makes. A
command other than the app lets it go before it starts its work.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """No cyclic collection until :func:`release` (only if the collector was running)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Let the collector go again if :func:`hold` held it; what lives now is frozen."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def main() -> None:
    """Run the command line with the collector held while it starts: the plain start
    (``canvass`` with options only) without click (:mod:`canvass.cli_plain`)."""
    import sys

    hold()
    from canvass.cli_plain import open_app, plain_options

    options = plain_options(sys.argv[1:])
    if options is not None:
        open_app(options)
    from canvass.cli import main as cli_main

    cli_main()
