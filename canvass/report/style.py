"""The debrief's inline style sheet: system fonts only, A4 print with a page break before
each section after the first, tables and charts kept whole on a page."""

CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a;
  background: #fff; margin: 24px auto; max-width: 900px; padding: 0 16px; line-height: 1.4; }
h1 { font-size: 1.7em; margin: 0 0 4px; }
h2 { font-size: 1.3em; border-bottom: 2px solid #2b5d8a; padding-bottom: 2px; margin-top: 32px; }
h3 { font-size: 1.05em; margin: 18px 0 6px; }
h4 { font-size: 1em; margin: 12px 0 4px; }
.sub { margin: 0; color: #444; }
.note { color: #444; font-size: .95em; }
.keys { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.key { border: 1px solid #c8d3de; border-radius: 4px; padding: 8px 12px; min-width: 150px; }
.key .value { display: block; font-size: 1.2em; font-weight: bold; }
.key .name { display: block; font-size: .85em; color: #444; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: .92em; }
th, td { border: 1px solid #c8d3de; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
td.num { text-align: right; white-space: nowrap; }
table.wide td.num { white-space: normal; }
th, td { hyphens: auto; }
ul.summary li { margin: 3px 0; }
svg.chart { display: block; margin: 6px 0 12px; max-width: 100%; height: auto; }
svg .label, svg .value { font-size: 12px; fill: #1a1a1a; }
svg .track { fill: #eef3f8; }
svg .bar { fill: #2b5d8a; }
table, svg.chart, .block { break-inside: avoid; page-break-inside: avoid; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  section + section { break-before: page; page-break-before: always; }
  h2 { margin-top: 0; }
  svg .bar { fill: #2b5d8a; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""
