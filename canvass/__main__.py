"""Allow ``python -m canvass``."""

from canvass.launcher import main

main()
