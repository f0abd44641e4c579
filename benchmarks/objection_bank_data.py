"""Write a large, realistic objection bank (Danish, the shipped format) for the benchmarks.

Run: ``.venv/bin/python benchmarks/objection_bank_data.py OUT_DIR [--objections 5000]``,
or call :func:`write_bank`. The bank varies the shipped one (``objections/*.yaml``): each
objection is a shipped one reworded the way consultants write them down ("Altså, vi har
ikke tid lige nu i sommerperioden"), filed under one of 25 categories, with two more
keywords and, per answer, one more sentence from a pool, so the vocabulary grows the way
a department's bank would. Every objection keeps the shipped phases, techniques, merge
fields and ``source:`` lines. The files are written as a trainer writes them (double
quoted text, keywords and phases as flow lists), about 450 objections per file, so each
stays below the loader's 1 MB limit. The result passes ``canvass check`` (warnings for
unsourced rules aside, as in the shipped bank). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]

#: The bank's categories: the shipped nine and those a department adds over time.
CATEGORIES = (
    "Administration", "Afvisning", "Behov", "Fastholdelse", "Kandidater", "Receptionen",
    "Tid og timing", "Tillid", "Økonomi", "Fleksjob", "Sprog og kultur", "Sæson",
    "Transport", "Arbejdsmiljø", "Jura og regler", "Samarbejde", "Uddannelse",
    "Digitalisering", "Konkurrenter", "Ledelse", "Sundhed", "Praktik", "Løntilskud",
    "Mentor", "Opfølgning",
)  # fmt: skip

OPENINGS = (
    "", "", "", "Altså, ", "Ærligt talt, ", "Nej, ", "Jamen, ", "Hør her, ", "Tja, ",
    "Som jeg sagde til din kollega: ", "Helt ærligt, ", "Det er sådan, at ",
)  # fmt: skip
ENDINGS = (
    "", "", "", " lige nu", " i år", " for tiden", " desværre", " hos os", " i øjeblikket",
    " i sommerperioden", " før jul", " efter nytår", " med den økonomi", " på lageret",
    " i butikken", " ude på værkstedet", " i vores afdeling", " her i Vejle",
)  # fmt: skip
EXTRA_KEYWORDS = (
    "sommerferie", "juletravlhed", "budget", "sparerunde", "omstrukturering", "fyringer",
    "ny direktør", "nyt system", "hjemmearbejde", "deltid", "fuldtid", "weekendvagt",
    "nattevagt", "kørekort", "truckcertifikat", "hygiejnebevis", "sikkerhedskursus",
    "arbejdstilladelse", "dansktest", "sprogskole", "jobrotation", "voksenlærling",
    "lærling", "elev", "studiejob", "seniorjob", "skånejob", "revalidering", "mentorstøtte",
    "virksomhedskonsulent", "jobcenter", "a-kasse", "fagforening", "overenskomst",
    "tillidsrepræsentant", "arbejdsmiljø", "sygefravær", "personaleomsætning",
    "rekruttering", "jobopslag", "ansøgere", "samtaler", "prøvetid", "introduktion",
    "oplæring", "sidemandsoplæring", "produktion", "lager", "kundeservice", "rengøring",
)  # fmt: skip
SENTENCES = (
    "Mange af vores virksomheder i området har haft gode erfaringer med det.",
    "Jeg kan sende dig et par eksempler fra andre i jeres branche.",
    "Det tager typisk kun ti minutter at aftale de første detaljer.",
    "Vi kan starte i det små og se, om det passer til jeres hverdag.",
    "Du bestemmer selv tempoet, og I kan altid sige stop.",
    "Vi har en fast kontaktperson, som kender jeres virksomhed.",
    "Kandidaterne er screenet, før de bliver præsenteret for jer.",
    "Jeg kan ringe igen, når det passer bedre hos jer.",
    "Det er helt uforpligtende at høre mere om mulighederne.",
    "Vi sørger for papirarbejdet, så det ikke lander på dit bord.",
    "Flere af jeres naboer i erhvervsområdet bruger allerede ordningen.",
    "Vi kan tage et kort møde ude hos jer, når det passer ind i vagtplanen.",
    "Hvis det ikke fungerer efter de første uger, finder vi en anden løsning sammen.",
    "Jeg har en kandidat i tankerne, som har erfaring fra lager og produktion.",
    "Vi kan også hjælpe med sidemandsoplæringen de første dage.",
    "Det er min erfaring, at en god introduktion gør hele forskellen.",
)  # fmt: skip

_PLAIN = re.compile(r"^[A-Za-zÆØÅæøåÉé0-9][A-Za-zÆØÅæøåÉé0-9 .'/-]*$")
PER_FILE = 450
_LOWER_AFTER_OPENING = frozenset(
    {
        "Vi",
        "Det",
        "Jeg",
        "De",
        "Der",
        "Hvad",
        "Hvorfor",
        "Hvem",
        "Send",
        "Ring",
        "Han",
        "Hun",
        "Vores",
        "Man",
        "Kan",
        "Er",
        "Har",
        "Nej,",
        "Ja,",
    }
)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _flow_item(text: str) -> str:
    return text if _PLAIN.match(text) and not text.endswith(".") else _quoted(text)


def _shipped() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted((REPO / "objections").glob("*.yaml")):
        found += yaml.safe_load(path.read_text(encoding="utf-8"))["objections"]
    return found


def _varied(base: dict[str, Any], number: int, rng: random.Random) -> dict[str, Any]:
    opening, says = rng.choice(OPENINGS), base["says"]
    first, _, rest = says.partition(" ")
    if opening and first in _LOWER_AFTER_OPENING:  # "Altså, vi har ..."; never "I" or a name
        says = f"{first.lower()} {rest}"
    says = opening + says + rng.choice(ENDINGS)
    category = base["category"] if rng.random() < 0.4 else rng.choice(CATEGORIES)
    keywords = list(dict.fromkeys([*base.get("keywords", ()), *rng.sample(EXTRA_KEYWORDS, 2)]))
    answers = []
    for answer in base["answers"]:
        varied = dict(answer)
        varied["id"] = f"{answer['id']}-{number}"[:80]
        if "variants" in answer:  # an A/B answer: each variant's text is varied alike
            ending = rng.choice(SENTENCES)
            varied["variants"] = {
                name: f"{text} {ending}" for name, text in answer["variants"].items()
            }
        else:
            varied["text"] = f"{answer['text']} {rng.choice(SENTENCES)}"
        answers.append(varied)
    return {
        "id": f"{base['id']}-{number}"[:80],
        "says": says,
        "category": category,
        "keywords": keywords,
        "phases": base.get("phases", ["indvendinger"]),
        "answers": answers,
    }


def _render(objection: dict[str, Any]) -> list[str]:
    lines = [
        f"  - id: {objection['id']}",
        f"    says: {_quoted(objection['says'])}",
        f"    category: {_quoted(objection['category'])}",
        f"    keywords: [{', '.join(_flow_item(k) for k in objection['keywords'])}]",
        f"    phases: [{', '.join(objection['phases'])}]",
        "    answers:",
    ]
    for answer in objection["answers"]:
        lines += [f"      - id: {answer['id']}", f"        technique: {answer['technique']}"]
        if answer.get("text"):
            lines.append(f"        text: {_quoted(answer['text'])}")
        if answer.get("variants"):
            lines.append("        variants:")
            lines += [
                f"          {name}: {_quoted(text)}" for name, text in answer["variants"].items()
            ]
        for key in ("follow_up", "source"):
            if answer.get(key):
                lines.append(f"        {key}: {_quoted(answer[key])}")
    return [*lines, ""]


def write_bank(folder: Path, size: int = 5_000, seed: int = 1) -> list[Path]:
    """Write ``size`` objections into ``folder`` (created) as ``bank-NN.yaml``; the paths."""
    rng = random.Random(seed)
    shipped = _shipped()
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for start in range(0, size, PER_FILE):
        lines = ["# Indvendinger fra afdelingens fælles bank (genereret til målinger)", ""]
        lines.append("objections:")
        for number in range(start, min(size, start + PER_FILE)):
            lines += _render(_varied(shipped[number % len(shipped)], number, rng))
        path = folder / f"bank-{len(paths) + 1:02d}.yaml"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--objections", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    paths = write_bank(arguments.folder, arguments.objections, arguments.seed)
    total = sum(path.stat().st_size for path in paths)
    print(f"wrote {arguments.objections:,} objections in {len(paths)} files ({total:,} bytes)")


if __name__ == "__main__":
    main()
