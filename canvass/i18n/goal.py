"""Catalogue strings for the goal before a call or a visit, its tools, the offers' names
and the caller's focus from the last review."""

STRINGS: dict[str, dict[str, str]] = {
    # The tools (canvass.domain.sparring.Tool), as every screen names them.
    "goal.tool.opening": {"da": "åbning", "en": "opening"},
    "goal.tool.analysis": {"da": "analysespørgsmål", "en": "analysis questions"},
    "goal.tool.bala": {"da": "BALA", "en": "BALA"},
    "goal.tool.objections": {"da": "indvendingsbanken", "en": "objection bank"},
    "goal.tool.two_times": {"da": "afslutning med to tider", "en": "closing with two times"},
    "goal.tool.offer": {"da": "tilbud: {offer}", "en": "offer: {offer}"},
    # The offers (canvass.domain.offers.Offer).
    "offer.rekruttering": {"da": "Rekruttering", "en": "Recruitment"},
    "offer.virksomhedspraktik": {"da": "Virksomhedspraktik", "en": "Work placement"},
    "offer.loentilskud": {"da": "Løntilskud", "en": "Wage subsidy"},
    "offer.fleksjob": {"da": "Fleksjob", "en": "Flexjob"},
    "offer.voksenlaerling": {"da": "Voksenlærling", "en": "Adult apprentice"},
    "offer.fastholdelse": {"da": "Fastholdelse", "en": "Job retention"},
    # The goal on one line (call screen, observer, review).
    "goal.line.goal": {"da": "Mål: {goal}", "en": "Goal: {goal}"},
    "goal.line.tools": {"da": "Redskaber: {tools}", "en": "Tools: {tools}"},
    "goal.line.effect": {"da": "Effekt: {effect}", "en": "Effect: {effect}"},
    "goal.line.none": {"da": "Mål: ikke sat", "en": "Goal: not set"},
    "goal.line.prompt": {"da": "  (g: sæt mål)", "en": "  (g: set the goal)"},
    "goal.focus": {"da": "Dit fokus: {text}", "en": "Your focus: {text}"},
    # Checking a goal.
    "goal.too_long": {
        "da": "Målet er på {count} tegn; højst {limit} tegn.",
        "en": "The goal is {count} characters long; at most {limit}.",
    },
    "goal.effect_too_long": {
        "da": "Effekten er på {count} tegn; højst {limit} tegn.",
        "en": "The effect is {count} characters long; at most {limit}.",
    },
    "goal.bad_tools": {
        "da": "Redskaberne skal være en liste.",
        "en": "The tools must be a list.",
    },
    "goal.unknown_tool": {
        "da": "Ukendt redskab: {key}",
        "en": "Unknown tool: {key}",
    },
    "goal.no_call": {"da": "Opkaldet {id} findes ikke.", "en": "Call {id} does not exist."},
    "goal.no_meeting": {"da": "Mødet {id} findes ikke.", "en": "Meeting {id} does not exist."},
    # The goal dialog.
    "goal.title.call": {"da": "Mål for samtalen · {company}", "en": "Goal of the call · {company}"},
    "goal.title.visit": {
        "da": "Mål for besøget · {company}",
        "en": "Goal of the visit · {company}",
    },
    "goal.label.goal": {
        "da": "Målet med kontakten (én linje, højst 200 tegn)",
        "en": "The goal of the contact (one line, at most 200 characters)",
    },
    "goal.label.tools": {
        "da": "Redskaber du vil bruge (mellemrum vælger)",
        "en": "Tools you will use (space picks)",
    },
    "goal.label.effect": {
        "da": "Hvad skal redskaberne opnå?",
        "en": "What should the tools achieve?",
    },
    "goal.key.save": {"da": "gem", "en": "save"},
    "goal.key.save.tip": {"da": "Gem målet", "en": "Save the goal"},
    "goal.key.cancel": {"da": "luk", "en": "close"},
    "goal.key.cancel.tip": {
        "da": "Luk uden at gemme; det skrevne står her næste gang",
        "en": "Close without saving; what you typed is here next time",
    },
    "goal.key.next": {"da": "næste felt", "en": "next field"},
    "goal.key.next.tip": {"da": "Gå til næste felt", "en": "Go to the next field"},
    # The call screen and the meetings screen.
    "call.key.goal": {"da": "mål", "en": "goal"},
    "call.key.goal.tip": {
        "da": "Sæt målet for samtalen, redskaberne og hvad de skal opnå",
        "en": "Set the goal of the call, the tools and what they should achieve",
    },
    "followup.meetings.key.goal": {"da": "mål", "en": "goal"},
    "followup.meetings.key.goal.tip": {
        "da": "Sæt målet for besøget, redskaberne og hvad de skal opnå",
        "en": "Set the goal of the visit, the tools and what they should achieve",
    },
    "goal.only_booked": {
        "da": "Kun et booket møde kan få et mål.",
        "en": "Only a booked meeting can have a goal.",
    },
    "goal.saved_meeting": {
        "da": "Målet for besøget hos {company} er gemt.",
        "en": "The goal of the visit to {company} is saved.",
    },
    "goal.detail": {"da": "\n{line}", "en": "\n{line}"},
}
