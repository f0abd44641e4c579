"""canvass — a keyboard-first terminal app for business consultants who phone companies."""

__version__ = "0.1.0"
