"""Word lists for the demo database: Danish names, trades with DB07 codes, places, streets.

All fictional. The region is mostly Trekantområdet (Vejle, Kolding, Fredericia).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trade:
    """A line of business: how companies in it are named and described."""

    segment: str
    industry: str
    code: str  # DB07, written xx.xx.xx
    word: str  # used in names: "Hansens {word} ApS", "Vejle {word} A/S"
    definite: str | None  # "Bageriet", used as "Bageriet Ågade"
    employees: tuple[int, int]
    roles: tuple[str, ...]
    jobs: tuple[str, ...]  # job order titles


TRADES: tuple[Trade, ...] = (
    Trade("byggeri", "Tømrere og bygningssnedkere", "43.32.10", "Tømrer", None, (2, 40),
          ("indehaver", "værkfører", "direktør"), ("Tømrer til renovering", "Tømrerlærling")),
    Trade("byggeri", "Murere", "43.99.90", "Murer", None, (2, 30),
          ("indehaver", "værkfører"), ("Murer", "Murerarbejdsmand")),
    Trade("byggeri", "VVS- og blikkenslagerforretninger", "43.22.00", "VVS", None, (3, 60),
          ("indehaver", "værkfører", "direktør"), ("VVS-montør", "Servicemontør VVS")),
    Trade("byggeri", "Elinstallation", "43.21.00", "El", None, (3, 80),
          ("indehaver", "værkfører", "direktør"), ("Elektriker", "Elektrikerlærling")),
    Trade("byggeri", "Opførelse af bygninger", "41.20.00", "Byg", None, (10, 250),
          ("direktør", "HR-chef", "værkfører"), ("Bygningsarbejder", "Kranfører")),
    Trade("industri", "Bearbejdning af metal", "25.62.00", "Stål", None, (10, 300),
          ("direktør", "HR-chef", "produktionschef"), ("Svejser", "CNC-operatør")),
    Trade("industri", "Fremstilling af maskiner", "28.29.00", "Maskinfabrik", None, (20, 400),
          ("direktør", "HR-chef", "produktionschef"), ("Industritekniker", "Montør")),
    Trade("industri", "Fremstilling af plastprodukter", "22.29.00", "Plast", None, (15, 200),
          ("HR-chef", "produktionschef"), ("Maskinoperatør", "Produktionsmedarbejder")),
    Trade("industri", "Bagerier", "10.71.10", "Bageri", "Bageriet", (3, 35),
          ("indehaver", "bagermester"), ("Bager", "Ekspedient i bageri")),
    Trade("handel", "Handel med biler", "45.11.10", "Auto", None, (4, 60),
          ("indehaver", "salgschef", "værkstedschef"), ("Bilmekaniker", "Klargører")),
    Trade("handel", "Vedligeholdelse og reparation af motorkøretøjer", "45.20.10",
          "Autoværksted", "Autoværkstedet", (2, 20), ("indehaver", "værkstedschef"),
          ("Automekaniker", "Dækmontør")),
    Trade("handel", "Engroshandel", "46.90.00", "Engros", None, (10, 150),
          ("direktør", "lagerchef", "HR-chef"), ("Lagermedarbejder", "Chauffør til levering")),
    Trade("handel", "Detailhandel med byggematerialer", "47.52.00", "Trælast", "Trælasten",
          (8, 70), ("butikschef", "direktør"), ("Butiksassistent", "Lagermedarbejder")),
    Trade("handel", "Blomsterhandel", "47.76.10", "Blomster", "Blomsterbutikken", (1, 8),
          ("indehaver",), ("Florist", "Butiksmedhjælper")),
    Trade("transport og logistik", "Fragtvognmænd", "49.41.00", "Transport", None, (5, 200),
          ("trafikchef", "direktør", "indehaver"), ("Lastbilchauffør", "Disponent")),
    Trade("transport og logistik", "Oplagring", "52.10.00", "Logistik", None, (20, 300),
          ("lagerchef", "HR-chef", "direktør"), ("Truckfører", "Lagermedarbejder")),
    Trade("transport og logistik", "Flytteforretninger", "49.42.00", "Flytteforretning", None,
          (3, 25), ("indehaver", "disponent"), ("Flyttemand", "Chauffør")),
    Trade("sundhed og omsorg", "Tandlæger", "86.23.00", "Tandklinik", "Tandklinikken", (4, 25),
          ("klinikchef", "tandlæge og indehaver"), ("Tandklinikassistent", "Receptionist")),
    Trade("sundhed og omsorg", "Plejehjem", "87.10.00", "Plejecenter", "Plejecentret", (20, 120),
          ("leder", "HR-konsulent"), ("Social- og sundhedshjælper", "Rengøringsassistent")),
    Trade("sundhed og omsorg", "Fysioterapeuter", "86.90.20", "Fysioterapi", "Fysioterapien",
          (3, 20), ("klinikchef", "indehaver"), ("Fysioterapeut", "Receptionist")),
    Trade("hotel og restauration", "Hoteller", "55.10.00", "Hotel", None, (10, 150),
          ("hotelchef", "køkkenchef", "HR-chef"), ("Receptionist", "Stuepige")),
    Trade("hotel og restauration", "Restauranter", "56.10.10", "Restaurant", "Restauranten",
          (4, 40), ("restaurantchef", "køkkenchef", "indehaver"), ("Kok", "Tjener")),
    Trade("hotel og restauration", "Kantiner og catering", "56.29.00", "Catering", "Kantinen",
          (5, 60), ("køkkenchef", "driftsleder"), ("Køkkenmedhjælper", "Kok til kantine")),
)  # fmt: skip

SURNAMES: tuple[str, ...] = (
    "Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Frederiksen", "Lund", "Holm", "Schmidt", "Eriksen", "Kjær", "Bech",
    "Dam", "Vestergaard", "Østergaard", "Bak", "Skov", "Bruun", "Friis", "Iversen",
)  # fmt: skip

FIRST_NAMES: tuple[str, ...] = (
    "Anne", "Mette", "Lone", "Susanne", "Hanne", "Camilla", "Louise", "Maria", "Charlotte",
    "Helle", "Birgitte", "Ida", "Sofie", "Line", "Lars", "Jens", "Peter", "Michael",
    "Henrik", "Søren", "Thomas", "Martin", "Jesper", "Rasmus", "Niels", "Bo", "Kim", "Jan",
    "Karsten", "Emil", "Mads", "Anders", "Ole", "Torben",
)  # fmt: skip

#: (postal code, city, weight): mostly Trekantområdet, a few further away.
PLACES: tuple[tuple[str, str, int], ...] = (
    ("7100", "Vejle", 14), ("6000", "Kolding", 12), ("7000", "Fredericia", 10),
    ("5500", "Middelfart", 4), ("7080", "Børkop", 3), ("7300", "Jelling", 2),
    ("7323", "Give", 2), ("6040", "Egtved", 2), ("6580", "Vamdrup", 2),
    ("6640", "Lunderskov", 1), ("6070", "Christiansfeld", 2), ("7190", "Billund", 3),
    ("7130", "Juelsminde", 1), ("7120", "Vejle Øst", 2), ("6100", "Haderslev", 2),
    ("8700", "Horsens", 3), ("7400", "Herning", 1), ("5000", "Odense C", 1),
)  # fmt: skip

#: Words that make place-style names: "Vejle Stål A/S", "Fjordens Auto I/S".
PLACE_WORDS: tuple[str, ...] = (
    "Vejle", "Kolding", "Fredericia", "Trekantens", "Fjordens", "Lillebælt", "Vejlefjord",
    "Bæltets", "Jelling", "Egtved", "Ådalens", "Skovens",
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "Vestergade", "Østergade", "Nørregade", "Søndergade", "Ågade", "Havnegade",
    "Industrivej", "Fabriksvej", "Håndværkervej", "Erhvervsvej", "Kirkevej", "Skovvej",
    "Strandvejen", "Jernbanegade", "Torvet", "Grønnegade", "Bredgade", "Møllegade",
    "Vejlevej", "Koldingvej", "Fredericiavej", "Teglværksvej", "Smedevej", "Centervej",
)  # fmt: skip

LEGAL_FORMS: tuple[str, ...] = ("ApS", "ApS", "ApS", "A/S", "I/S", "")

#: (objection id, answer id or None) from the objection bank in objections/*.yaml.
OBJECTIONS: tuple[tuple[str, str | None], ...] = (
    ("ikke-behov", "ikke-behov-aaa"),
    ("ikke-behov", "ikke-behov-afklar"),
    ("eget-netvaerk", "eget-netvaerk-afklar"),
    ("for-meget-papirarbejde", "papirarbejde-fakta"),
    ("vikarbureau", None),
)

#: The scripts a demo call is drawn from at random (see demo_scripts for the others).
RANDOM_SCRIPT_IDS: tuple[str, ...] = ("rekruttering-besoeg", "praktik-loentilskud", "fastholdelse")
#: Scripts for particular calls, given out in turn by canvass.store.demo_scripts.
SITUATIONAL_SCRIPT_IDS: tuple[str, ...] = (
    "fleksjob",
    "opfoelgning-besoeg",
    "opfoelgning-materiale",
    "haandholdt-match",
    "voksenlaerling",
)
#: Every script in scripts/*.yaml; the demo uses each of them.
SCRIPT_IDS: tuple[str, ...] = (
    *RANDOM_SCRIPT_IDS,
    *SITUATIONAL_SCRIPT_IDS,
    "den-gode-jobordre",
    "key-account-status",
)

#: Why a consultant called a reklamebeskyttet company anyway (stored in skip_override).
AD_PROTECTED_REASONS: tuple[str, ...] = (
    "Virksomheden bad selv om at blive kontaktet",
    "Opfølgning på en jobordre, virksomheden selv har givet",
    "Fast samarbejdspartner; aftalt at vi ringer",
)

CALL_GOALS: tuple[str, ...] = (
    "Book et besøg",
    "Få navnet på den, der ansætter",
    "Tilladelse til at sende materiale",
)

#: Work-related notes only (GDPR: nothing about anyone's health or private life).
CALL_NOTES: tuple[str, ...] = (
    "Mangler folk til foråret, vil gerne høre mere.",
    "Bruger vikarbureau i dag, men er utilfredse med prisen.",
    "Rekrutterer gennem eget netværk; åben for praktik.",
    "Travlt lige nu — ring efter næste måned.",
    "Interesseret i løntilskud til lageret.",
    "Har haft en god oplevelse med praktik tidligere.",
    "Vil have materiale om fleksjob på mail.",
    "Beslutningen ligger hos direktøren.",
)

CALLBACK_REASONS: tuple[str, ...] = (
    "Aftalt at ringe igen, når budgettet er på plads",
    "Direktøren er tilbage fra ferie",
    "Ring efter ordreafklaring",
    "Følg op på tilsendt materiale",
    "Vil tale med værkføreren først",
)

# -- the team's practice (canvass.store.demo_practice) ---------------------------------

#: The shipped script whose opening has an A/B line: (id, version before, version now).
#: Its current version (with the variants) was published VARIANTS_SINCE_DAYS ago.
VARIANT_SCRIPT: tuple[str, int, int] = ("rekruttering-besoeg", 2, 3)
VARIANTS_SINCE_DAYS = 24
#: The A/B lines of VARIANT_SCRIPT by phase (line id → variant ids) and the objection
#: answers with variants (answer id → variant ids), as in scripts/ and objections/.
LINE_VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {"aabning": {"grund": ("fag", "kandidater")}}
ANSWER_VARIANTS: dict[str, tuple[str, ...]] = {"ikke-behov-afklar": ("stopper", "senest")}

#: The tools a consultant plans to use with a goal (Tool values; see canvass.domain.goal).
GOAL_TOOLS: tuple[tuple[str, ...], ...] = (
    ("opening", "bala"),
    ("analysis", "bala"),
    ("opening", "analysis", "objections"),
    ("bala",),
)

#: (caller, buddy): the buddies review each other's calls; the trainer now and then.
REVIEW_PAIRS: tuple[tuple[str, str], ...] = (("AB", "MK"), ("MK", "AB"))
TRAINER = "SL"
#: The shipped call rubric (rubrics/opkald.yaml): (id, version), its checkpoints.
RUBRIC: tuple[str, int] = ("opkald", 1)
RUBRIC_CHECKPOINTS: tuple[tuple[str, str, str], ...] = (
    ("aabning", "praesentation", "yes_no"),
    ("aabning", "rette-person", "yes_no"),
    ("aabning", "kort-intro", "scale"),
    ("analyse", "aabne-spoergsmaal", "scale"),
    ("analyse", "lytte", "scale"),
    ("analyse", "accept-behov", "yes_no"),
    ("indvendinger", "anerkend", "yes_no"),
    ("indvendinger", "afklar", "scale"),
    ("indvendinger", "tilbage-til-behov", "yes_no"),
    ("loesning", "knyttet-til-behov", "scale"),
    ("loesning", "accept-loesning", "yes_no"),
    ("loesning", "holdbare-loefter", "yes_no"),
    ("afslutning", "to-tider", "yes_no"),
    ("afslutning", "naeste-skridt", "yes_no"),
    ("afslutning", "gentag-aftalen", "scale"),
)
REVIEW_WORKED: tuple[str, ...] = (
    "Rolig og tydelig præsentation – kunden vidste straks, hvem du var.",
    "Gode åbne spørgsmål om, hvordan de finder folk i dag.",
    "Du opsummerede behovet med kundens egne ord.",
    "Du lod kunden tale færdig, også da det blev stille.",
    "Konkret forslag med to tider til besøget.",
)
REVIEW_TRY_NEXT: tuple[str, ...] = (
    "Spørg ind til, hvad der ligger bag indvendingen, før du svarer.",
    "Få et ja til behovet, før du fortæller om løsningen.",
    "Slut af med at gentage aftalen: dag, tid og hvem der kommer.",
    "Hold introduktionen til to sætninger og giv kunden ordet.",
)
REVIEW_COMMITMENTS: tuple[str, ...] = (
    "Jeg stiller mindst to åbne spørgsmål, før jeg nævner vores tilbud.",
    "Jeg opsummerer behovet og venter på et ja, før jeg går videre.",
    "Jeg foreslår altid to konkrete tider, når jeg beder om et møde.",
    "Jeg anerkender indvendingen, før jeg svarer på den.",
)
REVIEW_REPLIES: tuple[str, ...] = (
    "Tak – det prøver jeg på de næste opkald.",
    "God pointe, det havde jeg ikke selv hørt.",
    "Enig. Kan vi tage en snak om åbningen på fredag?",
)
