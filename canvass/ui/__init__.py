"""The Textual user interface. Importing it sets the screens' frame rate
(:mod:`canvass.ui.frame_rate`)."""

from canvass.ui import frame_rate as frame_rate
