"""Allow ``python -m canvass``."""

from canvass.cli import main

main()
