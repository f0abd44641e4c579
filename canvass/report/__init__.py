"""The team lead's debrief (*statusnotat*, issue 12 section 4, module 5 C) as one
self-contained HTML file: inline CSS (A4 print, a page break between sections), charts as
inline SVG (:mod:`canvass.report.svg`), no JavaScript, no network, no external fonts.

:func:`render` takes the figures :class:`canvass.services.stats.StatsService` read (it
reads nothing itself); every text that may come from the database is escaped.
"""

from canvass.report.html import render

__all__ = ["render"]
