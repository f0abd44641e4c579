"""Danish starting points for a new script, objection file or rubric (the editor's "Ny").

Each template passes ``canvass check`` as it is (a test proves it), so a trainer starts
from a valid file and changes it; the id is the file name, as the checker demands.
"""

from __future__ import annotations

from canvass.content.validate import Kind

__all__ = ["template"]

_SCRIPT = """\
id: {name}
title: "Nyt manuskript"
version: 1
description: "Skriv kort, hvem opkaldet er til, og hvad du tilbyder."
goal: "Aftal et møde hos {{virksomhed}} med dato og tidspunkt."
phases:
  aabning:
    goal: "Præsentér dig med fulde navn og organisation, og sig kort, hvorfor du ringer."
    lines:
      - say: >-
          Goddag, det er {{konsulent}} fra {{organisation}}. Jeg ringer, fordi vi hjælper
          virksomheder med at finde nye medarbejdere. Har du et par minutter?
        alternatives:
          - >-
            Hej {{kontaktperson_fornavn}}, {{konsulent}} fra {{organisation}}. Passer det med
            en kort snak nu?
    accept_checks:
      - "Er det dig, der står for ansættelser hos {{virksomhed}}?"
    tips:
      - "Sig fulde navn, {{organisation}} og ærindet i de første sætninger."
  analyse:
    goal: "Find virksomhedens behov med åbne spørgsmål, og få det bekræftet."
    lines:
      - "Før jeg siger mere, vil jeg gerne høre lidt om, hvordan det går hos jer."
    questions:
      - "Hvordan ser det ud med at finde de rette medarbejdere?"
      - "Hvilke opgaver bliver skubbet, fordi I mangler folk?"
    accept_checks:
      - "Har jeg forstået det rigtigt, at I mangler folk til de opgaver, du nævnte?"
    bala: [behov, accept_behov]
  indvendinger:
    goal: "Mød bekymringer med forståelse, og afklar, hvad der ligger bag."
    lines:
      - say: "Det forstår jeg godt. Hvad tænker du mest på?"
    tips:
      - "Slå indvendingen op i indvendingsbanken."
  loesning:
    goal: "Foreslå en løsning, der bygger på det behov, kunden selv har nævnt."
    lines:
      - say: >-
          Ud fra det, du fortæller, vil jeg foreslå, at vi finder en kandidat, der passer til
          netop de opgaver.
    accept_checks:
      - "Lyder det som noget, I kan bruge?"
    bala: [loesning, accept_loesning]
  afslutning:
    goal: "Aftal et møde med dato og tid, og gentag aftalen."
    lines:
      - say: "Skal vi sætte et møde i kalenderen? Passer tirsdag kl. 10 eller torsdag kl. 13?"
      - say: >-
          Så gentager jeg lige: Vi ses {{moede_ugedag}} den {{moede_dato}} {{moede_tid}}
          {{moede_sted}}.
      - "Tak for snakken, {{kontaktperson_fornavn}}."
    tips:
      - "Giv to konkrete tidspunkter."
"""

_OBJECTIONS = """\
version: 1
objections:
  - id: {name}-ikke-tid
    says: "Vi har ikke tid lige nu"
    category: "Tid og timing"
    keywords: [travlt, ikke tid, ring senere, dårligt tidspunkt]
    phases: [aabning]
    answers:
      - id: {name}-ikke-tid-anerkend
        technique: anerkend-afklar-argumenter
        text: "Det forstår jeg godt. Hvornår på dagen er det nemmest at fange dig?"
        follow_up: "Passer det bedre i morgen formiddag eller i eftermiddag?"
      - id: {name}-ikke-tid-afklar
        technique: afklar
        text: "Helt i orden. Er det travlhed lige nu, eller er det emnet, der ikke passer?"
"""

_CALL_PHASES = (
    (
        "aabning",
        "Åbning",
        "Præsenterede sig med fulde navn og organisation.",
        "Hvad ville du \
have, at kunden hørte først?",
    ),
    (
        "analyse",
        "Analyse – behovet",
        "Afdækkede behovet med åbne hv-spørgsmål.",
        "Hvad fandt \
du ud af om kundens behov?",
    ),
    (
        "indvendinger",
        "Indvendinger",
        "Anerkendte indvendingen og afklarede, hvad der lå bag.",
        "Hvad tror du, kunden egentlig var bekymret for?",
    ),
    (
        "loesning",
        "Løsning",
        "Foreslog en løsning bygget på kundens eget behov.",
        "Hvordan \
hang dit forslag sammen med det, kunden havde sagt?",
    ),
    (
        "afslutning",
        "Afslutning",
        "Aftalte et konkret næste skridt og gentog aftalen.",
        "Hvad \
blev I enige om – og hvordan ved kunden det?",
    ),
)

_RUBRIC_HEAD = """\
rubric: {name}
version: 1
title: "Nyt sparringsskema"
kind: call
description: >-
  Til makkeren eller træneren, der har lyttet med. Stil spørgsmålet, før du giver råd.
phases:
"""

_RUBRIC_PHASE = """\
  - id: {phase}
    title: "{title}"
    weight: 1
    checkpoints:
      - id: {phase}-gjort
        text: "{text}"
        kind: yes_no
        question: "{question}"
      - id: {phase}-kvalitet
        text: "Hvor godt lykkedes det?"
        kind: scale
        levels:
          - "Ikke forsøgt."
          - "Forsøgt, men uklart."
          - "Gjort, men kunden kom ikke helt med."
          - "Gjort klart, og kunden tog det til sig."
        question: "Hvad ville du gøre anderledes næste gang?"
"""


def template(kind: Kind, name: str) -> str:
    """A valid new file of ``kind`` whose id is ``name`` (the file's stem)."""
    if kind is Kind.SCRIPT:
        return _SCRIPT.format(name=name)
    if kind is Kind.OBJECTIONS:
        return _OBJECTIONS.format(name=name)
    if kind is Kind.RUBRIC:
        phases = "".join(
            _RUBRIC_PHASE.format(phase=phase, title=title, text=text, question=question)
            for phase, title, text, question in _CALL_PHASES
        )
        return _RUBRIC_HEAD.format(name=name) + phases
    raise ValueError(kind)
