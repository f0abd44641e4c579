"""Shared test data for the content checker: small valid files and a position helper."""

from __future__ import annotations

from pathlib import Path

from canvass.content.problems import Problem

#: A small valid script; tests change a line or two of it.
SCRIPT = """\
id: demo
title: Demo
version: 1
phases:
  aabning:
    lines:
      - Goddag, det er {konsulent} fra {organisation}.
  analyse:
    bala: [behov, accept_behov]
  indvendinger: {}
  loesning:
    bala: [loesning, accept_loesning]
  afslutning: {}
"""

#: A small valid objection file.
OBJECTIONS = """\
objections:
  - id: ingen-tid
    says: Vi har ikke tid.
    category: tid
    answers:
      - id: ingen-tid-kort
        technique: afklar
        text: Hvornår passer det bedre, {kontaktperson_fornavn}?
"""


def where(problems: list[Problem]) -> list[tuple[str, int, int]]:
    """``(code, line, column)`` of each problem, the part tests compare exactly."""
    return [(p.code, p.line, p.column) for p in problems]


def team_args(folder: Path, role: str = "trainer") -> list[str]:
    """``--db`` and ``--user`` of a database under ``folder`` holding one person of
    ``role`` (initials TR): ``canvass publish`` publishes only for a trainer."""
    from canvass.store import Store
    from canvass.store.models import Consultant

    path = folder / f"team-{role}.db"
    if path.exists():
        return ["--db", str(path), "--user", "TR"]
    store = Store.open(path)
    with store.session(write=True) as session:
        session.add(Consultant(initials="TR", name="Tove Rasmussen", role=role))
    store.close()
    return ["--db", str(path), "--user", "TR"]
